"use client";

import { useState } from "react";
import { FileInput } from "@/components/files/file-input";
import { Field } from "@/components/ui/field";
import { FILE_KINDS, formatBytes, uploadHint } from "@/lib/files/kinds";

/** What one request may carry (the server-action body limit is 32 MB, with room for the form). */
export const EVIDENCE_TOTAL_BYTES = 30 * 1024 * 1024;

/**
 * Files for a rectification step. The server checks each file's type by content and size; here the
 * browser only warns early about what would be refused anyway, and about a sum the request
 * cannot carry. `onProblem` lets the form hold back the submission while there is one.
 */
export function EvidenceInput({
  id,
  required,
  serverError,
  onProblem,
}: {
  id: string;
  required: boolean;
  serverError?: readonly string[];
  onProblem: (problem: string | null) => void;
}) {
  const [problem, setProblem] = useState<string | null>(null);
  const rules = FILE_KINDS.problemEvidence;
  function check(files: FileList | null) {
    const list = [...(files ?? [])];
    const total = list.reduce((sum, file) => sum + file.size, 0);
    const tooBig = list.find((file) => file.size > rules.maxBytes);
    const next =
      list.length > rules.maxPerUpload
        ? `一次最多上传 ${rules.maxPerUpload} 个文件`
        : tooBig
          ? `「${tooBig.name}」超过 ${formatBytes(rules.maxBytes)} 的上限`
          : total > EVIDENCE_TOTAL_BYTES
            ? `所选文件合计 ${formatBytes(total)}，一次最多 ${formatBytes(EVIDENCE_TOTAL_BYTES)}`
            : null;
    setProblem(next);
    onProblem(next);
  }
  return (
    <Field
      id={id}
      label="整改佐证"
      required={required}
      hint={`${uploadHint("problemEvidence")}，合计不超过 ${formatBytes(EVIDENCE_TOTAL_BYTES)}`}
      error={problem ?? serverError}
    >
      {(control) => (
        <FileInput
          {...control}
          name="evidence"
          multiple
          accept=".jpg,.jpeg,.png,.pdf,.docx,.xlsx,image/jpeg,image/png,application/pdf"
          onChange={(event) => check(event.currentTarget.files)}
        />
      )}
    </Field>
  );
}

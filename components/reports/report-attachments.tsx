"use client";

import { useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { FILE_KINDS, formatBytes } from "@/lib/files/kinds";
import { addReportAttachmentsAction, deleteReportAttachmentAction } from "@/lib/reports/actions";
import { AttachmentList, type Attachment } from "@/components/reports/attachment-list";
import { FileInput } from "@/components/files/file-input";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";

const MAX_FILES = 20;
const ACCEPT = "image/jpeg,image/png,application/pdf,.docx,.xlsx";

/**
 * Attachments of the secretary's report. Each chosen file goes up in its own request, so one
 * refused file (wrong type, too big) leaves the others and the report untouched, and each
 * request stays under the server's body limit.
 */
export function ReportAttachments({ phaseId, files, ready }: { phaseId: number; files: Attachment[]; ready: boolean }) {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [messages, setMessages] = useState<{ ok: boolean; text: string }[]>([]);
  const [deleting, setDeleting] = useState<Attachment | null>(null);
  const rules = FILE_KINDS.reportAttachment;

  async function upload() {
    const chosen = [...(input.current?.files ?? [])];
    if (chosen.length === 0) return setMessages([{ ok: false, text: "请选择要上传的文件" }]);
    setBusy(true);
    const results: { ok: boolean; text: string }[] = [];
    for (const file of chosen) {
      const data = new FormData();
      data.set("phaseId", String(phaseId));
      data.set("files", file);
      try {
        const result = await addReportAttachmentsAction(null, data);
        results.push(
          result.ok
            ? { ok: true, text: `「${file.name.split(/[\\/]/).at(-1)}」已上传` }
            : { ok: false, text: result.fieldErrors?.files?.join("；") ?? result.error },
        );
      } catch {
        results.push({ ok: false, text: `「${file.name}」未能上传（文件可能过大或网络中断）` });
      }
    }
    setMessages(results);
    setBusy(false);
    if (input.current) input.current.value = "";
    router.refresh();
  }

  async function remove(file: Attachment) {
    setDeleting(null);
    setBusy(true);
    const data = new FormData();
    data.set("fileId", String(file.id));
    const result = await deleteReportAttachmentAction(null, data);
    setMessages([result.ok ? { ok: true, text: `「${file.originalName}」已删除` } : { ok: false, text: result.error }]);
    setBusy(false);
    router.refresh();
  }

  return (
    <Card
      title="附件"
      description={`${rules.typeNames}；每个不超过 ${formatBytes(rules.maxBytes)}，每份报告最多 ${MAX_FILES} 个（已有 ${files.length} 个）。`}
    >
      <div className="grid gap-4">
        <AttachmentList
          files={files}
          action={(file) => (
            <Button
              variant="ghost"
              size="sm"
              className="text-accent-700"
              disabled={busy}
              onClick={() => setDeleting(file)}
            >
              删除
            </Button>
          )}
        />
        {ready ? (
          <div className="grid gap-2 border-t border-line pt-4">
            <label htmlFor="report-files" className="text-sm font-medium text-ink">
              上传附件
            </label>
            <FileInput
              ref={input}
              id="report-files"
              accept={ACCEPT}
              multiple
              disabled={busy || files.length >= MAX_FILES}
            />
            <div>
              <Button variant="secondary" onClick={() => void upload()} disabled={busy || files.length >= MAX_FILES}>
                {busy ? "正在处理…" : "上传"}
              </Button>
            </div>
          </div>
        ) : (
          <p className="text-sm text-muted">先填写任一内容，草稿保存后即可上传附件。</p>
        )}
        {messages.length > 0 && (
          <ul role="status" aria-live="polite" className="grid gap-1 text-sm">
            {messages.map((message, index) => (
              <li key={index} className={message.ok ? "text-emerald-800" : "text-accent-700"}>
                {message.text}
              </li>
            ))}
          </ul>
        )}
      </div>
      <ConfirmDialog
        open={deleting !== null}
        title="删除这个附件？"
        confirmLabel="删除"
        danger
        onCancel={() => setDeleting(null)}
        onConfirm={() => deleting && void remove(deleting)}
      >
        <p>「{deleting?.originalName}」将从报告和服务器上删除，不能恢复。</p>
      </ConfirmDialog>
    </Card>
  );
}

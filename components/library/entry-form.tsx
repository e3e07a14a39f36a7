"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";
import { FileInput } from "@/components/files/file-input";
import { HostSelect } from "@/components/sites/host-select";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Textarea } from "@/components/ui/textarea";
import { useKeptForm } from "@/components/ui/use-kept-form";
import { uploadHint } from "@/lib/files/kinds";
import { EXPERIENCE_KIND_LABELS } from "@/lib/labels";
import { createExperienceEntryAction, updateExperienceEntryAction } from "@/lib/library/actions";
import { EXPERIENCE_KINDS } from "@/lib/library/search";
import type { HostOptions } from "@/lib/sites/queries";
import type { ExperienceKind } from "@/lib/generated/prisma/enums";

type Existing = {
  id: number;
  kind: ExperienceKind;
  title: string;
  summary: string;
  partyOrganizationId: number;
  phaseId: number;
  tags: string[];
};

/** Creates an entry (with photos) or edits one's text; an existing entry's photos are managed beside it. */
export function EntryForm({
  hosts,
  phases,
  existing,
}: {
  hosts: HostOptions;
  phases: { id: number; label: string }[];
  existing?: Existing;
}) {
  const router = useRouter();
  const { state, onSubmit, pending } = useKeptForm(
    existing ? updateExperienceEntryAction : createExperienceEntryAction,
  );
  const errors = state && !state.ok ? state.fieldErrors : undefined;

  useEffect(() => {
    if (state?.ok && !existing) router.push(`/library/${state.data.id}`);
  }, [state, existing, router]);

  return (
    <form onSubmit={onSubmit} method="post" encType="multipart/form-data" className="grid max-w-3xl gap-4" noValidate>
      {existing && <input type="hidden" name="entryId" value={existing.id} />}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="entry-kind" label="类别" required error={errors?.kind}>
          {(control) => (
            <Select {...control} name="kind" defaultValue={existing?.kind ?? ""}>
              <option value="">请选择类别</option>
              {EXPERIENCE_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {EXPERIENCE_KIND_LABELS[kind]}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id="entry-phase" label="形成阶段" required error={errors?.phaseId}>
          {(control) => (
            <Select {...control} name="phaseId" defaultValue={existing?.phaseId ?? ""}>
              <option value="">请选择阶段</option>
              {phases.map((phase) => (
                <option key={phase.id} value={phase.id}>
                  {phase.label}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>
      <HostSelect
        options={hosts}
        defaultOrgId={existing?.partyOrganizationId ?? null}
        error={errors?.partyOrganizationId}
      />
      <Field id="entry-title" label="标题" required error={errors?.title}>
        {(control) => <Input {...control} name="title" defaultValue={existing?.title} required />}
      </Field>
      <Field id="entry-summary" label="简介" required hint="做法、成效和可推广之处" error={errors?.summary}>
        {(control) => <Textarea {...control} name="summary" rows={6} defaultValue={existing?.summary} required />}
      </Field>
      <Field
        id="entry-tags"
        label="标签"
        hint="用逗号、顿号或空格分隔，最多 10 个，如：学习角，阵地建设"
        error={errors?.tags}
      >
        {(control) => <Input {...control} name="tags" defaultValue={existing?.tags.join("，")} />}
      </Field>
      {!existing && (
        <Field id="entry-photos" label="照片" hint={uploadHint("libraryPhoto")} error={errors?.photos}>
          {(control) => <FileInput {...control} name="photos" accept="image/jpeg,image/png" multiple />}
        </Field>
      )}
      <FormMessage state={state} success={existing ? "已保存" : "已创建"} />
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? "正在保存…" : existing ? "保存修改" : "创建条目"}
        </Button>
      </div>
    </form>
  );
}

"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";
import { FileInput } from "@/components/files/file-input";
import { HostSelect } from "@/components/sites/host-select";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Textarea } from "@/components/ui/textarea";
import { useKeptForm } from "@/components/ui/use-kept-form";
import { uploadHint } from "@/lib/files/kinds";
import { createSiteAction, updateSiteAction } from "@/lib/sites/actions";
import type { HostOptions } from "@/lib/sites/queries";

type Existing = {
  id: number;
  partyOrganizationId: number;
  name: string;
  theme: string;
  highlights: string;
  address: string;
  capacity: number;
};

/** Creates a site (with photos) or edits one's details; photos of an existing site are managed beside it. */
export function SiteForm({ hosts, existing }: { hosts: HostOptions; existing?: Existing }) {
  const router = useRouter();
  const { state, onSubmit, pending } = useKeptForm(existing ? updateSiteAction : createSiteAction);
  const errors = state && !state.ok ? state.fieldErrors : undefined;

  useEffect(() => {
    if (state?.ok && !existing) router.push(`/admin/sites/${state.data.id}`);
  }, [state, existing, router]);

  return (
    <form onSubmit={onSubmit} method="post" encType="multipart/form-data" className="grid max-w-3xl gap-4" noValidate>
      {existing && <input type="hidden" name="siteId" value={existing.id} />}
      <HostSelect
        options={hosts}
        defaultOrgId={existing?.partyOrganizationId ?? null}
        error={errors?.partyOrganizationId}
      />
      <Field id="site-name" label="观摩点名称" required error={errors?.name}>
        {(control) => <Input {...control} name="name" defaultValue={existing?.name} required />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-[minmax(0,1fr)_10rem]">
        <Field id="site-theme" label="观摩主题" required hint="如：党建进车间" error={errors?.theme}>
          {(control) => <Input {...control} name="theme" defaultValue={existing?.theme} required />}
        </Field>
        <Field id="site-capacity" label="可容纳人数" required hint="观摩团人数上限" error={errors?.capacity}>
          {(control) => (
            <Input
              {...control}
              name="capacity"
              type="number"
              inputMode="numeric"
              min={1}
              defaultValue={existing?.capacity}
              required
            />
          )}
        </Field>
      </div>
      <Field id="site-address" label="地址" required error={errors?.address}>
        {(control) => <Input {...control} name="address" defaultValue={existing?.address} required />}
      </Field>
      <Field id="site-highlights" label="亮点做法" hint="观摩时介绍的特色做法和成效" error={errors?.highlights}>
        {(control) => <Textarea {...control} name="highlights" rows={5} defaultValue={existing?.highlights} />}
      </Field>
      {!existing && (
        <Field id="site-photos" label="照片" hint={uploadHint("sitePhoto")} error={errors?.photos}>
          {(control) => <FileInput {...control} name="photos" accept="image/jpeg,image/png" multiple />}
        </Field>
      )}
      <FormMessage state={state} success={existing ? "已保存" : "已创建"} />
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? "正在保存…" : existing ? "保存修改" : "创建观摩点"}
        </Button>
      </div>
    </form>
  );
}

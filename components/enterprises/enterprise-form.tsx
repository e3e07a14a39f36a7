"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Field, Input, Select } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useKeptForm } from "@/components/ui/use-kept-form";
import { createEnterpriseAction, updateEnterpriseAction } from "@/lib/enterprises/actions";
import type { EnterpriseCategory } from "@/lib/generated/prisma/enums";
import { ENTERPRISE_CATEGORY_LABELS } from "@/lib/labels";

type Existing = {
  id: number;
  name: string;
  shortName: string;
  category: EnterpriseCategory;
  countsTowardAssetTarget: boolean;
  sortOrder: number;
};

/** Creates an enterprise or edits one. */
export function EnterpriseForm({ existing }: { existing?: Existing }) {
  const router = useRouter();
  const { state, onSubmit, pending } = useKeptForm(existing ? updateEnterpriseAction : createEnterpriseAction);
  const errors = state && !state.ok ? state.fieldErrors : undefined;

  useEffect(() => {
    if (state?.ok && !existing) router.push(`/admin/enterprises/${state.data.id}`);
  }, [state, existing, router]);

  return (
    <form onSubmit={onSubmit} method="post" className="grid max-w-2xl gap-4" noValidate>
      {existing && <input type="hidden" name="enterpriseId" value={existing.id} />}
      <Field id="enterprise-name" label="企业全称" required error={errors?.name}>
        {(control) => <Input {...control} name="name" defaultValue={existing?.name} required />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="enterprise-shortName" label="企业简称" required hint="如：市水务集团" error={errors?.shortName}>
          {(control) => <Input {...control} name="shortName" defaultValue={existing?.shortName} required />}
        </Field>
        <Field id="enterprise-category" label="类别" required error={errors?.category}>
          {(control) => (
            <Select {...control} name="category" defaultValue={existing?.category ?? "MUNICIPAL"}>
              {Object.entries(ENTERPRISE_CATEGORY_LABELS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id="enterprise-sortOrder" label="排序" hint="数字小的排在前面" error={errors?.sortOrder}>
          {(control) => (
            <Input
              {...control}
              name="sortOrder"
              type="number"
              inputMode="numeric"
              min={0}
              defaultValue={existing?.sortOrder ?? 0}
            />
          )}
        </Field>
      </div>
      <Checkbox
        name="countsTowardAssetTarget"
        label="计入全系统资产总额目标"
        hint="市属企业计入；驻惠央企不计入"
        defaultChecked={existing?.countsTowardAssetTarget ?? true}
      />
      <FormMessage state={state} success={existing ? "已保存" : "已创建"} />
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? "正在保存…" : existing ? "保存修改" : "创建企业"}
        </Button>
      </div>
    </form>
  );
}

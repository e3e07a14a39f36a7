"use client";

import { useEffect, useState } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useKeptForm } from "@/components/ui/use-kept-form";
import { createOrgAction, updateOrgAction } from "@/lib/enterprises/org-actions";
import type { OrgLevel } from "@/lib/generated/prisma/enums";
import { ORG_LEVEL_LABELS } from "@/lib/labels";

export type ParentOption = { id: number; label: string };

type Props =
  | {
      mode: "create";
      enterpriseId: number;
      parents: ParentOption[];
      defaultParentId: number | null;
    }
  | {
      mode: "edit";
      org: { id: number; name: string; level: OrgLevel; memberCount: number; sortOrder: number };
    };

/** Adds an organisation to the tree (with its parent) or edits one's name, level and members. */
export function OrgForm(props: Props) {
  const router = useRouter();
  const editing = props.mode === "edit" ? props.org : null;
  const { state, onSubmit, pending } = useKeptForm(editing ? updateOrgAction : createOrgAction);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const [level, setLevel] = useState<OrgLevel>(editing?.level ?? "BRANCH");
  const prefix = editing ? `org-${editing.id}` : "new-org";

  useEffect(() => {
    if (state?.ok && props.mode === "create") {
      router.push(`/admin/enterprises/${state.data.enterpriseId}?org=${state.data.id}#org-editor`);
    }
  }, [state, props.mode, router]);

  return (
    <form onSubmit={onSubmit} method="post" className="grid gap-4" noValidate>
      {editing ? (
        <input type="hidden" name="orgId" value={editing.id} />
      ) : (
        props.mode === "create" && <input type="hidden" name="enterpriseId" value={props.enterpriseId} />
      )}
      <Field id={`${prefix}-name`} label="党组织名称" required error={errors?.name}>
        {(control) => <Input {...control} name="name" defaultValue={editing?.name} required />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id={`${prefix}-level`} label="层级" required error={errors?.level}>
          {(control) => (
            <Select
              {...control}
              name="level"
              value={level}
              onChange={(event) => setLevel(event.target.value as OrgLevel)}
            >
              {Object.entries(ORG_LEVEL_LABELS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field
          id={`${prefix}-memberCount`}
          label="党员人数"
          hint={level === "BRANCH" ? undefined : "党员编入党支部；上级组织可填合计"}
          error={errors?.memberCount}
        >
          {(control) => (
            <Input
              {...control}
              name="memberCount"
              type="number"
              inputMode="numeric"
              min={0}
              defaultValue={editing?.memberCount ?? 0}
            />
          )}
        </Field>
      </div>
      {props.mode === "create" && (
        <Field id={`${prefix}-parentId`} label="上级党组织" hint="下级的层级须低于上级" error={errors?.parentId}>
          {(control) => (
            <Select {...control} name="parentId" defaultValue={props.defaultParentId ?? ""}>
              <option value="">（无上级，作为顶层党组织）</option>
              {props.parents.map((parent) => (
                <option key={parent.id} value={parent.id}>
                  {parent.label}
                </option>
              ))}
            </Select>
          )}
        </Field>
      )}
      <Field id={`${prefix}-sortOrder`} label="排序" hint="同级中数字小的排在前面" error={errors?.sortOrder}>
        {(control) => (
          <Input
            {...control}
            name="sortOrder"
            type="number"
            inputMode="numeric"
            min={0}
            defaultValue={editing?.sortOrder ?? 0}
            className="max-w-32"
          />
        )}
      </Field>
      <FormMessage state={state} success={editing ? "已保存" : "已添加"} />
      <div>
        <Button type="submit" variant={editing ? "secondary" : "primary"} disabled={pending}>
          {pending ? "正在保存…" : editing ? "保存修改" : "添加党组织"}
        </Button>
      </div>
    </form>
  );
}

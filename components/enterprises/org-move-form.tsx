"use client";

import { Button } from "@/components/ui/button";
import { Field, Select } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useKeptForm } from "@/components/ui/use-kept-form";
import type { ParentOption } from "@/components/enterprises/org-form";
import { moveOrgAction } from "@/lib/enterprises/org-actions";

/**
 * Moves an organisation, with everything under it, under another parent of the same enterprise.
 * The list offers only parents that fit (not the branch itself, higher level, active); the
 * server checks again.
 */
export function OrgMoveForm({
  orgId,
  currentParentId,
  parents,
}: {
  orgId: number;
  currentParentId: number | null;
  parents: ParentOption[];
}) {
  const { state, onSubmit, pending } = useKeptForm(moveOrgAction);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form onSubmit={onSubmit} method="post" className="grid gap-3" noValidate>
      <input type="hidden" name="orgId" value={orgId} />
      <Field
        id={`move-${orgId}-parentId`}
        label="新的上级党组织"
        hint="下级党组织随之一起移动"
        error={errors?.parentId}
      >
        {(control) => (
          <Select {...control} name="parentId" defaultValue={currentParentId ?? ""}>
            <option value="">（无上级，作为顶层党组织）</option>
            {parents.map((parent) => (
              <option key={parent.id} value={parent.id}>
                {parent.label}
              </option>
            ))}
          </Select>
        )}
      </Field>
      {state && !(state.ok === false && errors?.parentId) && <FormMessage state={state} success="已移动" />}
      <div>
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? "正在移动…" : "移动"}
        </Button>
      </div>
    </form>
  );
}

"use client";

import { useActionState, useEffect, useRef } from "react";
import { addItemAction, updateItemAction } from "@/lib/rubrics/content-actions";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";

type Props = {
  /** The category a new item goes into, or the item's own. */
  categoryId: number;
  categories: { id: number; name: string }[];
  /** Editing an item; without it the form adds one. */
  existing?: { id: number; title: string; guidance: string; max: string };
  /** Points and category may change (a draft rubric); otherwise only title and guidance. */
  structural: boolean;
};

/** Adds an item to a category, or edits one: title, guidance (评分要点), max points, category. */
export function ItemForm({ categoryId, categories, existing, structural }: Props) {
  const [state, submit, pending] = useActionState(existing ? updateItemAction : addItemAction, null);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state?.ok && !existing) form.current?.reset();
  }, [state, existing]);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const prefix = existing ? `item-${existing.id}` : `new-item-${categoryId}`;
  return (
    <form ref={form} action={submit} className="grid gap-3" noValidate>
      {existing && <input type="hidden" name="itemId" value={existing.id} />}
      {!structural && <input type="hidden" name="categoryId" value={categoryId} />}
      {!structural && existing && <input type="hidden" name="maxPoints" value={existing.max} />}
      <Field id={`${prefix}-title`} label="条目" required error={errors?.title}>
        {(control) => <Input {...control} name="title" defaultValue={existing?.title} required />}
      </Field>
      <Field id={`${prefix}-guidance`} label="评分要点" hint="评分人在手机上看到的说明" error={errors?.guidance}>
        {(control) => (
          <textarea
            {...control}
            name="guidance"
            rows={2}
            defaultValue={existing?.guidance}
            className="block w-full rounded-md border border-line-strong bg-surface px-3 py-2 text-base text-ink sm:text-sm focus:border-accent-700 focus:ring-2 focus:ring-accent-700/20 focus:outline-none"
          />
        )}
      </Field>
      {structural && (
        <div className="grid gap-3 sm:grid-cols-2">
          <Field id={`${prefix}-max`} label="满分" required hint="大于 0，0.5 的倍数" error={errors?.maxPoints}>
            {(control) => (
              <Input {...control} name="maxPoints" inputMode="decimal" defaultValue={existing?.max} required />
            )}
          </Field>
          {existing ? (
            <Field id={`${prefix}-category`} label="类别" error={errors?.categoryId}>
              {(control) => (
                <Select {...control} name="categoryId" defaultValue={categoryId}>
                  {categories.map((category) => (
                    <option key={category.id} value={category.id}>
                      {category.name}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
          ) : (
            <input type="hidden" name="categoryId" value={categoryId} />
          )}
        </div>
      )}
      <FormMessage state={state} success={existing ? "已保存" : "已添加"} />
      <div>
        <Button type="submit" variant={existing ? "primary" : "secondary"} disabled={pending}>
          {pending ? "正在保存…" : existing ? "保存条目" : "添加条目"}
        </Button>
      </div>
    </form>
  );
}

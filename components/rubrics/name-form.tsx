"use client";

import { useActionState, useEffect, useRef } from "react";
import type { ActionResult } from "@/lib/actions/define-action";
import { Button } from "@/components/ui/button";
import { FieldError, Input } from "@/components/ui/field";

type Props<T> = {
  action: (previous: ActionResult<T> | null, payload: FormData) => Promise<ActionResult<T>>;
  fields: Record<string, string | number>;
  /** The text field's name in the action's schema ("title", "name"). */
  name: string;
  label: string;
  defaultValue?: string;
  placeholder?: string;
  submitLabel: string;
  /** Empty the field after a success (adding), or keep it (renaming). */
  resetOnSuccess?: boolean;
};

/** A single text field with its button: add a category, rename one, retitle a rubric. */
export function NameForm<T>({
  action,
  fields,
  name,
  label,
  defaultValue,
  placeholder,
  submitLabel,
  resetOnSuccess,
}: Props<T>) {
  const [state, submit, pending] = useActionState(action, null);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state?.ok && resetOnSuccess) form.current?.reset();
  }, [state, resetOnSuccess]);
  const id = `${name}-${Object.values(fields).join("-")}`;
  const error = state && !state.ok ? (state.fieldErrors?.[name] ?? [state.error]) : null;
  return (
    <form ref={form} action={submit} className="grid gap-1" noValidate>
      {Object.entries(fields).map(([field, value]) => (
        <input key={field} type="hidden" name={field} value={value} />
      ))}
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <div className="flex gap-2">
        <Input
          id={id}
          name={name}
          defaultValue={defaultValue}
          placeholder={placeholder ?? label}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          className="min-w-0 flex-1"
        />
        <Button type="submit" variant="secondary" disabled={pending}>
          {submitLabel}
        </Button>
      </div>
      <FieldError id={`${id}-error`} messages={error} />
    </form>
  );
}

"use client";

import { useActionState, useEffect } from "react";
import { useRouter } from "next/navigation";
import type { ActionResult } from "@/lib/actions/define-action";
import { Button, type ButtonSize, type ButtonVariant } from "@/components/ui/button";

type Props<T> = {
  action: (previous: ActionResult<T> | null, payload: FormData) => Promise<ActionResult<T>>;
  /** Hidden fields sent with the button (ids, a direction). */
  fields: Record<string, string | number>;
  label: string;
  pendingLabel?: string;
  /** Accessible name when the label alone is ambiguous (e.g. "↑" on a row). */
  ariaLabel?: string;
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** Asked with window.confirm before the action runs. */
  confirm?: string;
  /** After success, open the rubric the action answered with (a copy, a new draft). */
  openResult?: boolean;
  /** After success, go here (the list, after deleting the rubric on screen). */
  goTo?: string;
};

/** One button that runs one server action, with its refusal shown right beside it. */
export function ActionButton<T>({
  action,
  fields,
  label,
  pendingLabel,
  ariaLabel,
  variant = "secondary",
  size = "sm",
  confirm,
  openResult,
  goTo,
}: Props<T>) {
  const router = useRouter();
  const [state, submit, pending] = useActionState(action, null);
  useEffect(() => {
    const created = state?.ok ? (state.data as { id?: unknown }).id : undefined;
    if (openResult && typeof created === "number") router.push(`/admin/rubrics/${created}`);
    else if (state?.ok && goTo) router.push(goTo);
  }, [state, openResult, goTo, router]);
  return (
    <form
      action={submit}
      onSubmit={(event) => {
        if (confirm && !window.confirm(confirm)) event.preventDefault();
      }}
      className="inline-flex flex-col items-start gap-1"
    >
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button type="submit" variant={variant} size={size} disabled={pending} aria-label={ariaLabel}>
        {pending && pendingLabel ? pendingLabel : label}
      </Button>
      {state && !state.ok && (
        <span role="alert" className="max-w-xs text-xs text-accent-700">
          {state.error}
        </span>
      )}
    </form>
  );
}

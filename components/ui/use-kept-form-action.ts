"use client";

import type { ActionResult } from "@/lib/actions/define-action";
import { useKeptForm } from "@/components/ui/use-kept-form";

// Declared as a method so that an action returning more than T (e.g. { id, promoted } for { id })
// still fits: method parameters are compared bivariantly.
type FormAction<T> = {
  call(previous: ActionResult<T> | null, payload: FormData): Promise<ActionResult<T>>;
}["call"];

/** `useKeptForm` for a `defineAction` action, as a tuple like `useActionState`'s. */
export function useKeptFormAction<T>(action: FormAction<T>) {
  const { state, onSubmit, pending } = useKeptForm<ActionResult<T>>(action);
  return [state, onSubmit, pending] as const;
}

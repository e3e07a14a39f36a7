"use client";

import { startTransition, useActionState, type FormEvent } from "react";
import type { ActionResult } from "@/lib/actions/define-action";

// Declared as a method so that an action returning more than T (e.g. { id, promoted } for { id })
// still fits: method parameters are compared bivariantly.
type FormAction<T> = {
  call(previous: ActionResult<T> | null, payload: FormData): Promise<ActionResult<T>>;
}["call"];

/**
 * Like `useActionState`, but submitted through onSubmit rather than the form's `action` prop:
 * React resets a form after an action submitted through `action`, which would wipe what staff
 * typed when the server answers with a field error. Here the fields keep their values.
 */
export function useKeptFormAction<T>(action: FormAction<T>) {
  const [state, dispatch, pending] = useActionState(action, null);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => dispatch(data));
  }
  return [state, onSubmit, pending] as const;
}

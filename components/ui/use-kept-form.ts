"use client";

import { startTransition, useActionState, type FormEvent } from "react";

/**
 * `useActionState` for forms that must keep what was typed (and chosen files) when the server
 * refuses it: React resets every uncontrolled field of a form whose `action` is a function once
 * the action returns, errors included, so these forms submit from `onSubmit` instead.
 * Pass `before` to ask for something (a confirmation) first; returning false cancels.
 */
export function useKeptForm<State>(
  action: (previous: State | null, payload: FormData) => Promise<State>,
  before?: (form: HTMLFormElement) => boolean,
) {
  const [state, dispatch, pending] = useActionState(action, null);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (before && !before(event.currentTarget)) return;
    const formData = new FormData(event.currentTarget);
    startTransition(() => dispatch(formData));
  }
  /** Submits a FormData built elsewhere (a confirmation dialog, a button outside the form). */
  function submit(formData: FormData) {
    startTransition(() => dispatch(formData));
  }
  return { state, onSubmit, submit, pending };
}

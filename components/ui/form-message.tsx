type ActionState = { ok: true } | { ok: false; error: string } | null;

/** The outcome of a form's last submission, announced to screen readers. */
export function FormMessage({ state, success }: { state: ActionState; success: string }) {
  if (!state) return <p role="status" className="sr-only" />;
  return state.ok ? (
    <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
      {success}
    </p>
  ) : (
    <p role="alert" className="rounded-md bg-accent-50 px-3 py-2 text-sm text-accent-800">
      {state.error}
    </p>
  );
}

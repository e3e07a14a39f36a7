import type { ComponentProps, ReactNode } from "react";
import { cx } from "@/components/ui/cx";

/** The message under a field; `id` is what the control's aria-describedby points at. */
export function FieldError({ id, messages }: { id: string; messages?: string | readonly string[] | null }) {
  const list = typeof messages === "string" ? [messages] : (messages ?? []);
  if (list.length === 0) return null;
  return (
    <p id={id} className="mt-1 text-sm text-accent-700">
      {list.join("；")}
    </p>
  );
}

/** Attributes a control inside a Field must carry so its label, hint and error are announced. */
export type FieldControlProps = {
  id: string;
  "aria-describedby"?: string;
  "aria-invalid"?: true;
};

type FieldProps = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | readonly string[] | null;
  required?: boolean;
  className?: string;
  /** Render the control with the ids wired up: `{(control) => <Input {...control} name="x" />}`. */
  children: (control: FieldControlProps) => ReactNode;
};

/** Label + control + hint + error, wired together with aria-describedby and aria-invalid. */
export function Field({ id, label, hint, error, required, className, children }: FieldProps) {
  const hasError = typeof error === "string" ? error.length > 0 : (error?.length ?? 0) > 0;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, hasError ? errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium text-ink">
        {label}
        {required && (
          <span className="ml-0.5 text-accent-700" aria-hidden="true">
            *
          </span>
        )}
      </label>
      {hint && (
        <p id={hintId} className="mt-0.5 text-xs text-muted">
          {hint}
        </p>
      )}
      <div className="mt-1.5">
        {children({ id, "aria-describedby": describedBy, "aria-invalid": hasError ? true : undefined })}
      </div>
      <FieldError id={errorId} messages={error} />
    </div>
  );
}

const controlClasses =
  "block w-full rounded-md border border-line-strong bg-surface px-3 text-base text-ink shadow-xs sm:text-sm " +
  "placeholder:text-muted/70 focus:border-accent-700 focus:outline-none focus:ring-2 focus:ring-accent-700/20 " +
  "disabled:cursor-not-allowed disabled:bg-canvas disabled:text-muted aria-invalid:border-accent-700";

/** A text input; 16px text on phones so iOS does not zoom in on focus. */
export function Input({ className, ...props }: ComponentProps<"input">) {
  return <input className={cx(controlClasses, "h-10", className)} {...props} />;
}

export function Select({ className, ...props }: ComponentProps<"select">) {
  return <select className={cx(controlClasses, "h-10 pr-8", className)} {...props} />;
}

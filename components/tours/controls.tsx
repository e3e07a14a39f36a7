import type { ComponentProps } from "react";
import { cx } from "@/components/ui/cx";

// The UI kit has inputs and selects; the editor also needs a text area and check boxes in the same look.

export function TextArea({ className, ...props }: ComponentProps<"textarea">) {
  return (
    <textarea
      className={cx(
        "block min-h-20 w-full rounded-md border border-line-strong bg-surface px-3 py-2 text-base text-ink shadow-xs sm:text-sm",
        "placeholder:text-muted/70 focus:border-accent-700 focus:ring-2 focus:ring-accent-700/20 focus:outline-none",
        "disabled:cursor-not-allowed disabled:bg-canvas disabled:text-muted aria-invalid:border-accent-700",
        className,
      )}
      {...props}
    />
  );
}

/** A check box with its label; the whole row is the click target (comfortable on a phone). */
export function CheckBox({ label, className, ...props }: ComponentProps<"input"> & { label: string }) {
  return (
    <label
      className={cx(
        "inline-flex min-h-9 shrink-0 cursor-pointer items-center gap-2 rounded-md border border-line px-2.5 text-sm whitespace-nowrap text-ink",
        "has-checked:border-accent-700/50 has-checked:bg-accent-50 has-disabled:cursor-not-allowed has-disabled:opacity-60",
        className,
      )}
    >
      <input type="checkbox" className="size-4 accent-accent-700" {...props} />
      {label}
    </label>
  );
}

import type { ComponentProps } from "react";
import { cx } from "@/components/ui/cx";

/** A multi-line text field styled like Input (16px text on phones so iOS does not zoom). */
export function Textarea({ className, ...props }: ComponentProps<"textarea">) {
  return (
    <textarea
      className={cx(
        "block w-full rounded-md border border-line-strong bg-surface px-3 py-2 text-base text-ink shadow-xs sm:text-sm",
        "placeholder:text-muted/70 focus:border-accent-700 focus:ring-2 focus:ring-accent-700/20 focus:outline-none",
        "aria-invalid:border-accent-700",
        className,
      )}
      {...props}
    />
  );
}

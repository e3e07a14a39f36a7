import type { ComponentProps } from "react";
import { cx } from "@/components/ui/cx";

/** A multi-line text control in the kit's look (16px on phones so iOS does not zoom on focus). */
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

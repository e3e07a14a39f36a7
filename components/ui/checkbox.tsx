import type { ComponentProps } from "react";
import { cx } from "@/components/ui/cx";

/** A checkbox with its label beside it (the label is the click target too). */
export function Checkbox({
  label,
  hint,
  className,
  ...props
}: ComponentProps<"input"> & { label: string; hint?: string }) {
  return (
    <label className={cx("flex items-start gap-2 text-sm text-ink", className)}>
      <input type="checkbox" className="mt-1 size-4 shrink-0 accent-accent-700" {...props} />
      <span>
        {label}
        {hint && <span className="block text-xs text-muted">{hint}</span>}
      </span>
    </label>
  );
}

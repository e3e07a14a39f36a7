import type { ComponentProps } from "react";
import { cx } from "@/components/ui/cx";

/** A file picker styled like the other fields; the browser's own button stays (it is familiar). */
export function FileInput({ className, ...props }: Omit<ComponentProps<"input">, "type">) {
  return (
    <input
      type="file"
      className={cx(
        "block w-full text-sm text-ink-soft file:mr-3 file:h-10 file:rounded-md file:border file:border-line-strong",
        "file:bg-surface file:px-4 file:text-sm file:font-medium file:text-ink hover:file:bg-canvas",
        className,
      )}
      {...props}
    />
  );
}

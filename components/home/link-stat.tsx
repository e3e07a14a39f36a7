import Link from "next/link";
import type { ReactNode } from "react";
import { cx } from "@/components/ui/cx";

/**
 * A key figure that leads to its detail page: label, a large number, a line of context. The whole
 * tile is the link, so it is an easy target on a phone.
 */
export function LinkStat({
  href,
  label,
  value,
  unit,
  hint,
  tone = "ink",
  "data-testid": testId,
}: {
  href: string;
  label: ReactNode;
  value: ReactNode;
  unit?: ReactNode;
  hint?: ReactNode;
  /** "alert" for figures that ask for action (overdue problems). */
  tone?: "ink" | "accent" | "alert";
  "data-testid"?: string;
}) {
  return (
    <Link
      href={href}
      data-testid={testId}
      className="group block min-w-0 rounded-md border border-line bg-surface px-4 py-3 transition-colors hover:border-accent-700/50 hover:bg-accent-50/30"
    >
      <span className="block text-sm text-muted group-hover:text-ink-soft">{label}</span>
      <span className="mt-1 block">
        <span
          data-role="value"
          className={cx(
            "tabular text-3xl font-semibold tracking-tight",
            tone === "ink" ? "text-ink" : tone === "accent" ? "text-accent-700" : "text-accent-800",
          )}
        >
          {value}
        </span>
        {unit && <span className="ml-1 text-sm text-muted">{unit}</span>}
      </span>
      {hint && <span className="mt-0.5 block text-xs text-muted">{hint}</span>}
    </Link>
  );
}

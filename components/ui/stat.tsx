import type { ReactNode } from "react";
import { cx } from "@/components/ui/cx";

type StatProps = {
  label: ReactNode;
  value: ReactNode;
  /** Unit written small after the number (个, 份, 亿元). */
  unit?: ReactNode;
  /** A line under the number: a comparison, a date, a warning. */
  hint?: ReactNode;
  /** Key figures are written in the accent red; the rest stay ink. */
  emphasis?: boolean;
  className?: string;
  "data-testid"?: string;
};

/** A big number with its label, read label-first by screen readers. */
export function Stat({ label, value, unit, hint, emphasis = false, className, ...props }: StatProps) {
  return (
    <div className={cx("min-w-0", className)} data-testid={props["data-testid"]}>
      <dt className="text-sm text-muted">{label}</dt>
      <dd className="mt-1">
        <span
          className={cx("tabular text-2xl font-semibold tracking-tight", emphasis ? "text-accent-700" : "text-ink")}
        >
          {value}
        </span>
        {unit && <span className="ml-1 text-sm text-muted">{unit}</span>}
        {hint && <span className="mt-0.5 block text-xs text-muted">{hint}</span>}
      </dd>
    </div>
  );
}

/** A row of stats: a definition list, so each number stays paired with its label. */
export function StatGrid({ children, className }: { children: ReactNode; className?: string }) {
  return <dl className={cx("grid grid-cols-2 gap-x-4 gap-y-5 sm:grid-cols-4", className)}>{children}</dl>;
}

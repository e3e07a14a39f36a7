import type { ReactNode } from "react";

/** A dark panel of the wall display with a title; sizes are in em so the whole screen scales. */
export function ScreenPanel({
  title,
  aside,
  children,
  className = "",
  "data-testid": testId,
}: {
  title: string;
  aside?: ReactNode;
  children: ReactNode;
  className?: string;
  "data-testid"?: string;
}) {
  return (
    <section
      data-testid={testId}
      className={`flex min-h-0 flex-col rounded-[0.6em] border border-white/10 bg-white/[0.04] px-[1.1em] py-[0.9em] ${className}`}
    >
      <header className="flex items-baseline justify-between gap-[1em] border-b border-white/10 pb-[0.5em]">
        <h2 className="text-[1.25em] font-semibold tracking-wide text-white">{title}</h2>
        {aside && <div className="text-[0.9em] text-slate-400">{aside}</div>}
      </header>
      <div className="min-h-0 flex-1 pt-[0.8em]">{children}</div>
    </section>
  );
}

/** A large figure with its label for the wall display. */
export function ScreenFigure({
  label,
  value,
  unit,
  tone = "white",
  "data-testid": testId,
}: {
  label: string;
  value: ReactNode;
  unit?: string;
  tone?: "white" | "red" | "amber" | "green";
  "data-testid"?: string;
}) {
  const colour = { white: "text-white", red: "text-red-400", amber: "text-amber-300", green: "text-emerald-300" }[tone];
  return (
    <div className="min-w-0" data-testid={testId}>
      <p className="text-[0.95em] text-slate-400">{label}</p>
      <p className="leading-tight">
        <span className={`tabular text-[2.6em] font-semibold ${colour}`}>{value}</span>
        {unit && <span className="ml-[0.3em] text-[1em] text-slate-400">{unit}</span>}
      </p>
    </div>
  );
}

/** A thin bar on the dark background; decoration beside figures that are written out. */
export function ScreenBar({ percent, tone = "red" }: { percent: number; tone?: "red" | "amber" }) {
  return (
    <span className="block h-[0.45em] overflow-hidden rounded-full bg-white/10" aria-hidden="true">
      <span
        className={`block h-full rounded-full ${tone === "red" ? "bg-red-500" : "bg-amber-400"}`}
        style={{ width: `${Math.max(0, Math.min(100, percent))}%` }}
      />
    </span>
  );
}

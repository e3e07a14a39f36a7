import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";

type ViewLink = { label: string; href: string; current: boolean };

/** The period shown, previous / 今天 / next, and (optionally) the month–week switch; all links. */
export function CalendarToolbar({
  title,
  previous,
  next,
  today,
  views,
}: {
  title: string;
  previous: { label: string; href: string };
  next: { label: string; href: string };
  today: { label: string; href: string };
  views?: readonly ViewLink[];
}) {
  return (
    <div className="flex flex-wrap items-center justify-between gap-3">
      <h2 className="tabular text-lg font-semibold text-ink" aria-live="polite">
        {title}
      </h2>
      <div className="flex flex-wrap items-center gap-2">
        {views && (
          <nav aria-label="视图" className="inline-flex rounded-md border border-line-strong p-0.5">
            {views.map((view) => (
              <Link
                key={view.label}
                href={view.href}
                aria-current={view.current ? "page" : undefined}
                className={cx(
                  "rounded px-3 py-1 text-sm",
                  view.current ? "bg-accent-700 font-medium text-white" : "text-ink-soft hover:bg-canvas",
                )}
              >
                {view.label}
              </Link>
            ))}
          </nav>
        )}
        <nav aria-label="翻页" className="flex gap-1.5">
          <Link href={previous.href} className={buttonClasses({ variant: "secondary", size: "sm" })}>
            ‹ {previous.label}
          </Link>
          <Link href={today.href} className={buttonClasses({ variant: "secondary", size: "sm" })}>
            {today.label}
          </Link>
          <Link href={next.href} className={buttonClasses({ variant: "secondary", size: "sm" })}>
            {next.label} ›
          </Link>
        </nav>
      </div>
    </div>
  );
}

import Link from "next/link";
import { cx } from "@/components/ui/cx";
import { TOUR_STATUS_LABELS } from "@/lib/labels";
import { formatTimeRange } from "@/lib/tours/views/format";
import type { CalendarEntry } from "@/components/calendar/types";

const STATUS_CLASSES: Record<CalendarEntry["status"], string> = {
  DRAFT: "border-dashed border-amber-300 bg-amber-50",
  PUBLISHED: "border-sky-200 bg-sky-50",
  COMPLETED: "border-line-strong bg-canvas",
  CANCELLED: "border-line bg-surface text-muted line-through",
};

/** An entry on a day: its hours and title (and meta when `detailed`), a link when it may be opened. */
export function EntryChip({ entry, detailed = false }: { entry: CalendarEntry; detailed?: boolean }) {
  const statusNote =
    entry.status === "PUBLISHED" || entry.status === "COMPLETED" ? null : TOUR_STATUS_LABELS[entry.status];
  const body = (
    <>
      <span className="tabular block text-[0.7rem] leading-4 text-ink-soft">
        {formatTimeRange(entry.start, entry.end)}
        {statusNote && <span className="ml-1 no-underline">· {statusNote}</span>}
      </span>
      <span className={cx("block font-medium text-ink", detailed ? "text-sm" : "line-clamp-2 text-xs")}>
        {entry.title}
      </span>
      {detailed && entry.meta && <span className="mt-0.5 block text-xs text-muted">{entry.meta}</span>}
    </>
  );
  const classes = cx("block rounded border px-1.5 py-1", STATUS_CLASSES[entry.status]);
  return entry.href ? (
    <Link href={entry.href} className={cx(classes, "hover:border-accent-700 focus-visible:border-accent-700")}>
      {body}
    </Link>
  ) : (
    <div className={classes}>{body}</div>
  );
}

import type { ReportStatusRow } from "@/lib/home/leader-queries";

/** Enterprises listed by name on the home; the tiles above the list count every one. */
export const REPORT_ROWS_SHOWN = 40;

// Who needs a look first: not started, being written, returned for changes, waiting for review;
// accepted reports need nothing. Within a status, late ones first, then the enterprises' order.
const ATTENTION: Record<string, number> = { NONE: 0, DRAFT: 1, RETURNED: 2, SUBMITTED: 3, ACCEPTED: 4 };

/**
 * The rows the home lists: every enterprise while a city's few dozen fit, the ones needing
 * attention first once there are more (a province's hundreds would make the page heavy and the
 * list unreadable); `hidden` is how many were left out.
 */
export function reportRowsToShow(rows: ReportStatusRow[], shown = REPORT_ROWS_SHOWN) {
  if (rows.length <= shown) return { rows, hidden: 0 };
  const ordered = rows
    .map((row, position) => ({ row, position }))
    .sort(
      (a, b) =>
        ATTENTION[a.row.status ?? "NONE"]! - ATTENTION[b.row.status ?? "NONE"]! ||
        Number(b.row.late) - Number(a.row.late) ||
        a.position - b.position,
    )
    .map(({ row }) => row);
  return { rows: ordered.slice(0, shown), hidden: rows.length - shown };
}

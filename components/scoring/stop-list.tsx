import Link from "next/link";
import { formatDateTimeRange } from "@/lib/format";
import type { StopToScore } from "@/lib/scoring/queries";
import { SheetStatusBadge } from "@/components/scoring/sheet-status-badge";

/** Stops to score as large tappable rows: where, whose, which tour and when, and the sheet's state. */
export function StopList({ stops, label }: { stops: StopToScore[]; label: string }) {
  return (
    <ul aria-label={label} className="-mx-5 divide-y divide-line">
      {stops.map((stop) => (
        <li key={stop.stopId}>
          <Link
            href={`/scoring/${stop.stopId}`}
            className="flex items-center gap-3 px-5 py-3.5 hover:bg-canvas focus-visible:bg-canvas active:bg-line"
            data-testid="stop-to-score"
          >
            <div className="min-w-0 flex-1">
              <p className="font-medium text-ink">{stop.siteName}</p>
              <p className="mt-0.5 text-sm text-ink-soft">
                {stop.organizationName} · {stop.enterpriseName}
              </p>
              <p className="mt-0.5 text-xs text-muted">
                {stop.tourTitle} · <span className="tabular">{formatDateTimeRange(stop.arriveAt, stop.departAt)}</span>
              </p>
            </div>
            <div className="flex shrink-0 flex-col items-end gap-1">
              <SheetStatusBadge status={stop.sheetStatus} />
              {stop.sheetTotal !== null && <span className="tabular text-sm text-ink-soft">{stop.sheetTotal} 分</span>}
            </div>
            <span aria-hidden="true" className="text-muted">
              ›
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

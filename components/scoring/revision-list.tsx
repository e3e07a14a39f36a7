import { formatDateTime } from "@/lib/format";
import type { SheetDetail } from "@/lib/scoring/admin-queries";
import { SheetStatusBadge } from "@/components/scoring/sheet-status-badge";

/** Every saved state of a sheet, newest first, with who saved it and why an unlock was made. */
export function RevisionList({ revisions }: { revisions: SheetDetail["revisions"] }) {
  if (revisions.length === 0) return <p className="text-sm text-muted">没有修改记录。</p>;
  return (
    <ol className="-mx-5 divide-y divide-line" data-testid="revisions">
      {revisions.map((revision) => (
        <li key={revision.id} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 px-5 py-2.5 text-sm">
          <span className="tabular w-14 shrink-0 text-muted">第 {revision.version} 版</span>
          <SheetStatusBadge status={revision.status} />
          <span className="tabular font-medium text-ink">{revision.total} 分</span>
          <span className="text-muted">
            {revision.changedBy.displayName} · <span className="tabular">{formatDateTime(revision.createdAt)}</span>
          </span>
          {revision.reason && (
            <span className="basis-full text-amber-900">
              <span className="font-medium">解锁原因：</span>
              {revision.reason}
            </span>
          )}
        </li>
      ))}
    </ol>
  );
}

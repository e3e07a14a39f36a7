import { EmptyState } from "@/components/ui/empty-state";
import { formatDateTime, formatMonth, formatYi } from "@/lib/format";
import type { recentRevisions } from "@/lib/assets/filing-queries";

type Revision = Awaited<ReturnType<typeof recentRevisions>>[number];

/** The latest corrections across enterprises: who changed which month from what to what. */
export function RecentRevisions({ revisions }: { revisions: readonly Revision[] }) {
  if (revisions.length === 0) return <EmptyState title="还没有更正记录" />;
  return (
    <ul className="divide-y divide-line text-sm" data-testid="asset-recent-revisions">
      {revisions.map((revision) => (
        <li key={revision.id} className="py-2">
          <p className="text-ink">
            {revision.figure.enterprise.name} · {formatMonth(revision.figure.month)}
          </p>
          <p className="tabular text-ink-soft">
            {formatYi(revision.previousValue)} → {formatYi(revision.newValue)}
          </p>
          <p className="text-xs text-muted">
            {revision.changedBy.displayName} · {formatDateTime(revision.createdAt)}
          </p>
        </li>
      ))}
    </ul>
  );
}

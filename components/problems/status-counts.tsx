import Link from "next/link";
import { cx } from "@/components/ui/cx";
import { formatNumber } from "@/lib/format";
import { PROBLEM_STATUSES, problemsHref, type ProblemFilter } from "@/lib/problems/filters";
import type { LedgerCounts } from "@/lib/problems/queries";
import { PROBLEM_STATUS_LABELS } from "@/lib/labels";

/**
 * Counts per status under the other filters, each a link that adds the status filter; 全部 and
 * 已逾期 beside them. The current choice is marked with aria-current.
 */
export function StatusCounts({ counts, filter }: { counts: LedgerCounts; filter: ProblemFilter }) {
  const all = PROBLEM_STATUSES.reduce((sum, status) => sum + counts.byStatus[status], 0);
  const tabs = [
    {
      key: "all",
      label: "全部",
      value: all,
      href: problemsHref({ ...filter, status: undefined }),
      current: !filter.status,
    },
    ...PROBLEM_STATUSES.map((status) => ({
      key: status,
      label: PROBLEM_STATUS_LABELS[status],
      value: counts.byStatus[status],
      href: problemsHref({ ...filter, status }),
      current: filter.status === status,
    })),
  ];
  return (
    <nav
      aria-label="按状态查看"
      className="mb-5 grid grid-cols-3 gap-2 sm:grid-cols-3 lg:grid-cols-6"
      data-testid="status-counts"
    >
      {tabs.map((tab) => (
        <Link
          key={tab.key}
          href={tab.href}
          aria-current={tab.current ? "page" : undefined}
          data-testid={`count-${tab.key}`}
          className={cx(
            "rounded-md border px-3 py-2 transition-colors",
            tab.current
              ? "border-accent-700 bg-accent-50 text-accent-800"
              : "border-line-strong bg-surface text-ink-soft hover:bg-canvas",
          )}
        >
          <span className="block text-xs">{tab.label}</span>
          <span className="tabular block text-lg font-semibold text-ink">{formatNumber(tab.value)}</span>
        </Link>
      ))}
      <Link
        href={problemsHref({ ...filter, overdue: true })}
        aria-current={filter.overdue === true ? "page" : undefined}
        data-testid="count-overdue"
        className={cx(
          "rounded-md border px-3 py-2 transition-colors",
          filter.overdue === true
            ? "border-accent-700 bg-accent-700 text-white"
            : "border-accent-200 bg-surface text-accent-800 hover:bg-accent-50",
        )}
      >
        <span className="block text-xs">其中已逾期</span>
        <span className="tabular block text-lg font-semibold">{formatNumber(counts.overdue)}</span>
      </Link>
    </nav>
  );
}

import { DemoBadge } from "@/components/home/demo-badge";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDateTime, formatMonth, formatYi } from "@/lib/format";
import type { EnterpriseFigure } from "@/lib/assets/filing-queries";

/** An enterprise's filed figures, newest first, each with the values it had before corrections. */
export function FigureHistory({ figures }: { figures: readonly EnterpriseFigure[] }) {
  if (figures.length === 0) return <EmptyState title="尚未填报任何月份" />;
  const hasDemo = figures.some((figure) => figure.isDemo);
  return (
    <div className="max-h-[32rem] overflow-auto print:max-h-none">
      {hasDemo && (
        <p className="mb-2 text-xs text-muted">
          <DemoBadge /> 标“演示”的月份来自演示数据，更正后即为实际填报
        </p>
      )}
      <table className="w-full text-left text-sm" data-testid="asset-figure-history">
        <caption className="sr-only">已填报的月末资产总额及更正记录</caption>
        <thead className="sticky top-0 border-b border-line bg-surface text-xs text-muted">
          <tr>
            <th scope="col" className="py-1.5 pr-3 font-medium">
              月份
            </th>
            <th scope="col" className="py-1.5 pr-3 text-right font-medium">
              资产总额
            </th>
            <th scope="col" className="py-1.5 font-medium">
              更正记录
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {figures.map((figure) => (
            <tr key={figure.id} className="align-top">
              <th scope="row" className="py-1.5 pr-3 font-normal whitespace-nowrap text-ink">
                {formatMonth(figure.month)}
              </th>
              <td className="tabular py-1.5 pr-3 text-right whitespace-nowrap text-ink">
                {formatYi(figure.totalAssets)}
                {figure.isDemo && <span className="ml-1 text-xs text-muted">演示</span>}
              </td>
              <td className="py-1.5 text-xs text-muted">
                {figure.revisions.length === 0 ? (
                  "—"
                ) : (
                  <ul className="space-y-0.5">
                    {figure.revisions.map((revision) => (
                      <li key={revision.id}>
                        {formatDateTime(revision.createdAt)} {revision.changedBy.displayName}：
                        <span className="tabular">
                          {formatYi(revision.previousValue)} → {formatYi(revision.newValue)}
                        </span>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

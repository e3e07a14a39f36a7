import { TierChart } from "@/components/rankings/tier-chart";
import { formatNumber, formatPercent } from "@/lib/format";

/** How many ranked organisations each tier holds: a small bar chart and the same numbers as a table. */
export function TierDistribution({
  distribution,
}: {
  distribution: readonly { tier: string | null; count: number }[];
}) {
  const total = distribution.reduce((sum, entry) => sum + entry.count, 0);
  const data = distribution.map((entry) => ({ label: entry.tier ?? "未分类", count: entry.count }));
  return (
    <div className="grid gap-4 sm:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] sm:items-center">
      <TierChart data={data} />
      <table className="w-full text-left text-sm" data-testid="tier-distribution">
        <caption className="sr-only">各档次党组织数量</caption>
        <thead className="border-b border-line text-xs text-muted">
          <tr>
            <th scope="col" className="py-1.5 pr-3 font-medium">
              档次
            </th>
            <th scope="col" className="py-1.5 pr-3 text-right font-medium">
              党组织数
            </th>
            <th scope="col" className="py-1.5 text-right font-medium">
              占比
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {data.map((entry) => (
            <tr key={entry.label}>
              <th scope="row" className="py-1.5 pr-3 font-normal text-ink">
                {entry.label}
              </th>
              <td className="tabular py-1.5 pr-3 text-right text-ink">{formatNumber(entry.count)}</td>
              <td className="tabular py-1.5 text-right text-muted">
                {formatPercent(String(entry.count), String(total))}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot className="border-t border-line-strong">
          <tr>
            <th scope="row" className="py-1.5 pr-3 font-medium text-ink">
              合计
            </th>
            <td className="tabular py-1.5 pr-3 text-right font-medium text-ink">{formatNumber(total)}</td>
            <td />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

import { ContributionChart, type ContributionPoint } from "@/components/assets/contribution-chart";
import { formatMonth, formatYi } from "@/lib/format";
import { monthIndex, monthKey } from "@/lib/assets/months";
import type { MonthTotal } from "@/lib/assets/progress";
import type { FigureMatrix } from "@/lib/assets/queries";

/**
 * Each enterprise's figure per month, stacked, and the same figures as a table (months down,
 * enterprises across, the SQL total at the end: blank where a month is not complete).
 */
export function ContributionSection({
  matrix,
  months,
  counting,
}: {
  matrix: FigureMatrix;
  months: readonly MonthTotal[];
  counting: number;
}) {
  const totals = new Map(months.map((month) => [monthIndex(month.month), month]));
  const series = matrix.enterprises.map((enterprise) => ({ key: `e${enterprise.id}`, name: enterprise.shortName }));
  const points: ContributionPoint[] = matrix.months.map((month, column) => {
    const point: ContributionPoint = { label: formatMonth(month) };
    for (const enterprise of matrix.enterprises) {
      const value = enterprise.values[column];
      point[`e${enterprise.id}`] = value ? Number(value.toFixed(2)) : null;
    }
    return point;
  });

  return (
    <div className="space-y-4">
      <ContributionChart series={series} points={points} />
      <div className="max-h-96 overflow-auto rounded-md border border-line print:max-h-none print:overflow-visible">
        <table className="w-full text-left text-xs" data-testid="asset-contribution-table">
          <caption className="sr-only">各企业各月资产总额（亿元）</caption>
          <thead className="sticky top-0 border-b border-line bg-surface text-muted">
            <tr>
              <th scope="col" className="py-1.5 pr-2 pl-3 font-medium whitespace-nowrap">
                月份
              </th>
              {matrix.enterprises.map((enterprise) => (
                <th key={enterprise.id} scope="col" className="py-1.5 pr-2 text-right font-medium whitespace-nowrap">
                  <abbr title={enterprise.name} className="no-underline">
                    {enterprise.shortName}
                  </abbr>
                </th>
              ))}
              <th scope="col" className="py-1.5 pr-3 text-right font-medium">
                合计
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-line">
            {[...matrix.months.keys()].reverse().map((column) => {
              const month = matrix.months[column]!;
              const total = totals.get(monthIndex(month));
              return (
                <tr key={monthKey(month)}>
                  <th scope="row" className="py-1.5 pr-2 pl-3 font-normal whitespace-nowrap text-ink">
                    {formatMonth(month)}
                  </th>
                  {matrix.enterprises.map((enterprise) => {
                    const value = enterprise.values[column];
                    return (
                      <td key={enterprise.id} className="tabular py-1.5 pr-2 text-right whitespace-nowrap text-ink">
                        {value ? formatYi(value, { unit: false }) : <span className="text-muted">未填报</span>}
                      </td>
                    );
                  })}
                  <td className="tabular py-1.5 pr-3 text-right font-medium whitespace-nowrap text-ink">
                    {total && total.filed >= counting ? formatYi(total.total, { unit: false }) : "—"}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}

import { TrendChart, type TrendPoint } from "@/components/assets/trend-chart";
import { formatMonth, formatNumber, formatYi } from "@/lib/format";
import { monthKey } from "@/lib/assets/months";
import type { MonthTotal, ProgressFigures } from "@/lib/assets/progress";

const TH = "py-1.5 pr-3 font-medium";

/** The trend chart (complete months, then the projection) with the same figures as a table. */
export function TrendSection({ figures, months }: { figures: ProgressFigures; months: readonly MonthTotal[] }) {
  const counting = figures.countingEnterprises;
  const asOf = figures.asOf;
  const labels = new Map<string, TrendPoint>();
  for (const month of months) {
    const complete = month.filed >= counting;
    labels.set(monthKey(month.month), {
      label: formatMonth(month.month),
      actual: complete ? Number(month.total.toFixed(2)) : null,
      projected: null,
    });
  }
  for (const point of figures.projection) {
    const key = monthKey(point.month);
    const existing = labels.get(key);
    const projected = Number(point.total.toFixed(2));
    labels.set(
      key,
      existing ? { ...existing, projected } : { label: formatMonth(point.month), actual: null, projected },
    );
  }
  const points = [...labels.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, point]) => point);
  const targets = figures.targets.map((target) => ({
    label: `${target.year}年目标 ${formatYi(target.amount)}`,
    amount: Number(target.amount.toFixed(2)),
    dateLabel: `${target.year}年12月`,
  }));

  return (
    <div className="space-y-4">
      <TrendChart points={points} targets={targets} />
      <div className="max-h-96 overflow-auto rounded-md border border-line print:max-h-none print:overflow-visible">
        <table className="w-full text-left text-sm" data-testid="asset-trend-table">
          <caption className="sr-only">各月资产总额与预测</caption>
          <thead className="sticky top-0 border-b border-line bg-surface text-xs text-muted">
            <tr>
              <th scope="col" className={`${TH} pl-3`}>
                月份
              </th>
              <th scope="col" className={`${TH} text-right`}>
                资产总额
              </th>
              <th scope="col" className={`${TH} text-right`}>
                已填报
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-line">
            {[...months].reverse().map((month) => {
              const complete = month.filed >= counting;
              return (
                <tr key={monthKey(month.month)} data-month={monthKey(month.month)}>
                  <th scope="row" className="py-1.5 pr-3 pl-3 font-normal text-ink">
                    {formatMonth(month.month)}
                  </th>
                  <td className="tabular py-1.5 pr-3 text-right text-ink">
                    {complete ? formatYi(month.total) : <span className="text-muted">未报齐，不合计</span>}
                  </td>
                  <td className="tabular py-1.5 pr-3 text-right text-muted">
                    {formatNumber(month.filed)}/{formatNumber(counting)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {asOf && figures.targets.some((target) => target.projected) && (
        <table className="w-full text-left text-sm" data-testid="asset-projection-table">
          <caption className="mb-1 text-left text-xs text-muted">
            预测：自{formatMonth(asOf.month)}末起按近12个月年化增速复利增长
          </caption>
          <tbody className="divide-y divide-line">
            {figures.targets
              .filter((target) => target.projected)
              .map((target) => (
                <tr key={target.year}>
                  <th scope="row" className="py-1.5 pr-3 font-normal text-ink">
                    {target.year}年12月末（预测）
                  </th>
                  <td className="tabular py-1.5 pr-3 text-right text-ink">{formatYi(target.projected!)}</td>
                  <td className="py-1.5 text-right text-muted">
                    目标 {formatYi(target.amount)}，{target.projected!.gte(target.amount) ? "可达成" : "不足"}
                  </td>
                </tr>
              ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

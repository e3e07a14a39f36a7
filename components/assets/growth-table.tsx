import { formatMonth, formatYi } from "@/lib/format";
import type { EnterpriseGrowthRow } from "@/lib/assets/queries";

const CELL = "tabular py-1.5 pr-3 text-right whitespace-nowrap";

/** Each counting enterprise at the as-of month against twelve months before (SQL numeric). */
export function GrowthTable({ rows, asOf }: { rows: readonly EnterpriseGrowthRow[]; asOf: Date }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm" data-testid="asset-growth-table">
        <caption className="sr-only">各企业资产增长</caption>
        <thead className="border-b border-line text-xs text-muted">
          <tr>
            <th scope="col" className="py-1.5 pr-3 font-medium">
              企业
            </th>
            <th scope="col" className="py-1.5 pr-3 text-right font-medium">
              {formatMonth(asOf)}末
            </th>
            <th scope="col" className="py-1.5 pr-3 text-right font-medium">
              一年前
            </th>
            <th scope="col" className="py-1.5 pr-3 text-right font-medium">
              增加
            </th>
            <th scope="col" className="py-1.5 pr-3 text-right font-medium">
              增长率
            </th>
            <th scope="col" className="py-1.5 pr-3 text-right font-medium">
              占合计
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row" className="py-1.5 pr-3 font-normal text-ink">
                {row.name}
                {row.latestMonth && row.latestMonth > asOf && (
                  <span className="block text-xs text-muted">已报至{formatMonth(row.latestMonth)}</span>
                )}
              </th>
              <td className={CELL}>{row.current ? formatYi(row.current, { unit: false }) : "未填报"}</td>
              <td className={`${CELL} text-muted`}>{row.previous ? formatYi(row.previous, { unit: false }) : "—"}</td>
              <td className={CELL}>{row.change ? formatYi(row.change, { unit: false }) : "—"}</td>
              <td className={CELL}>{row.growthPercent === null ? "—" : `${row.growthPercent}%`}</td>
              <td className={`${CELL} text-muted`}>{row.sharePercent === null ? "—" : `${row.sharePercent}%`}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-2 text-xs text-muted">
        金额单位：亿元。一年前为{formatMonth(new Date(Date.UTC(asOf.getUTCFullYear() - 1, asOf.getUTCMonth(), 1)))}
        末；缺少任一月份的企业不计算增长率。
      </p>
    </div>
  );
}

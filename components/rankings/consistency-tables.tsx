import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { formatDecimal } from "@/lib/format";
import type { LeniencyRow, MutualPairRow } from "@/lib/rankings/consistency";
import type { RankingRow } from "@/lib/rankings/queries";

const th = "py-2 pr-3 font-medium";
const num = "tabular py-2 pr-3 text-right";

/** A signed number: +1.50 / −2.00, so leniency reads as above or below the others. */
function signed(value: { toString(): string }, digits = 2): string {
  const text = formatDecimal(value, digits);
  if (text.startsWith("-")) return `−${text.slice(1)}`;
  return /[1-9]/.test(text) ? `+${text}` : text;
}

export function DisagreementTable({ rows, phaseId }: { rows: readonly RankingRow[]; phaseId: number }) {
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">评分分歧较大的党组织</caption>
      <thead className="border-b border-line text-xs text-muted">
        <tr>
          <th scope="col" className={th}>
            党组织
          </th>
          <th scope="col" className={`${th} text-right`}>
            标准差
          </th>
          <th scope="col" className={`${th} hidden text-right sm:table-cell`}>
            评分表
          </th>
          <th scope="col" className={`${th} text-right`}>
            最低–最高
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-line">
        {rows.map((row) => (
          <tr key={row.organizationId}>
            <td className="py-2 pr-3">
              <Link
                href={`/rankings/${phaseId}/organizations/${row.organizationId}`}
                className="font-medium text-ink underline-offset-2 hover:underline"
              >
                {row.organizationName}
              </Link>
              <span className="block text-xs text-muted">
                第 {row.rank} 名 · 得分 {formatDecimal(row.score)}
              </span>
            </td>
            <td className={`${num} font-medium text-amber-900`}>
              {row.standardDeviation ? formatDecimal(row.standardDeviation) : "—"}
            </td>
            <td className={`${num} hidden sm:table-cell`}>{row.scorerCount}</td>
            <td className={`${num} whitespace-nowrap`}>
              {formatDecimal(row.min, 1)}–{formatDecimal(row.max, 1)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function LeniencyTable({ rows, flagZ }: { rows: readonly LeniencyRow[]; flagZ: number }) {
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">评分人宽严度</caption>
      <thead className="border-b border-line text-xs text-muted">
        <tr>
          <th scope="col" className={th}>
            评分人
          </th>
          <th scope="col" className={`${th} hidden text-right sm:table-cell`}>
            可比观摩点
          </th>
          <th scope="col" className={`${th} text-right`}>
            平均偏差
          </th>
          <th scope="col" className={`${th} text-right`}>
            z 值
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-line">
        {rows.map((row) => {
          const z = row.z === null ? null : Number(row.z.toFixed(4));
          const flag = z === null ? null : z >= flagZ ? "偏宽" : z <= -flagZ ? "偏严" : null;
          return (
            <tr key={row.scorerId} data-testid="leniency-row">
              <td className="py-2 pr-3">
                <span className="font-medium text-ink">{row.scorerName}</span>
                {flag && (
                  <Badge tone="warning" className="ml-2">
                    {flag}
                  </Badge>
                )}
                <span className="block text-xs text-muted">
                  {[row.enterpriseShortName, row.scorerTitle].filter(Boolean).join(" · ")}
                  <span className="sm:hidden"> · {row.stops} 个观摩点</span>
                </span>
              </td>
              <td className={`${num} hidden sm:table-cell`}>{row.stops}</td>
              <td className={num}>{signed(row.meanDeviation)}</td>
              <td className={`${num} font-medium`}>{row.z === null ? "—" : signed(row.z)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export function MutualPairTable({ rows }: { rows: readonly MutualPairRow[] }) {
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">互相评分的企业</caption>
      <thead className="border-b border-line text-xs text-muted">
        <tr>
          <th scope="col" className={th}>
            企业
          </th>
          <th scope="col" className={`${th} text-right`}>
            甲给乙高出
          </th>
          <th scope="col" className={`${th} text-right`}>
            乙给甲高出
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-line">
        {rows.map((row) => (
          <tr key={`${row.firstEnterpriseId}-${row.secondEnterpriseId}`} data-testid="mutual-pair">
            <td className="py-2 pr-3">
              <span className="font-medium text-ink">
                甲 {row.firstEnterpriseName} · 乙 {row.secondEnterpriseName}
              </span>
              {row.flagged && (
                <Badge tone="warning" className="ml-2">
                  疑似互评互抬
                </Badge>
              )}
            </td>
            <td className={num}>
              {signed(row.forwardUplift)}
              <span className="block text-xs text-muted">{row.forwardSheets} 份</span>
            </td>
            <td className={num}>
              {signed(row.backwardUplift)}
              <span className="block text-xs text-muted">{row.backwardSheets} 份</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

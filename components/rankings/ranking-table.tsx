import Link from "next/link";
import { TierBadge } from "@/components/rankings/tier-badge";
import { formatDecimal } from "@/lib/format";
import type { RankingRow } from "@/lib/rankings/queries";

/**
 * The ranking of a phase. On a phone the enterprise, the two means and the sheet count fold
 * under the organisation's name, so the table never scrolls sideways.
 */
export function RankingTable({
  rows,
  phaseId,
  tierCount,
}: {
  rows: readonly RankingRow[];
  phaseId: number;
  tierCount: number;
}) {
  return (
    <table className="w-full text-left text-sm" data-testid="ranking-table">
      <caption className="sr-only">党组织排名</caption>
      <thead className="border-b border-line text-xs text-muted">
        <tr>
          <th scope="col" className="w-12 py-2 pr-3 font-medium">
            排名
          </th>
          <th scope="col" className="py-2 pr-3 font-medium">
            党组织
          </th>
          <th scope="col" className="hidden py-2 pr-3 font-medium lg:table-cell">
            所属企业
          </th>
          <th scope="col" className="py-2 pr-3 text-right font-medium">
            得分
          </th>
          <th scope="col" className="hidden py-2 pr-3 text-right font-medium md:table-cell">
            平均分
          </th>
          <th scope="col" className="hidden py-2 pr-3 text-right font-medium md:table-cell">
            去最高最低分平均
          </th>
          <th scope="col" className="hidden py-2 pr-3 text-right font-medium sm:table-cell">
            评分表
          </th>
          <th scope="col" className="py-2 font-medium">
            档次
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-line">
        {rows.map((row) => (
          <tr key={row.organizationId} data-testid="ranking-row">
            <td className="tabular py-2.5 pr-3 font-semibold text-ink" data-testid="ranking-rank">
              {row.rank}
            </td>
            <td className="py-2.5 pr-3">
              <Link
                href={`/rankings/${phaseId}/organizations/${row.organizationId}`}
                className="font-medium text-ink underline-offset-2 hover:underline"
                data-testid="ranking-organization"
              >
                {row.organizationName}
              </Link>
              <span className="block text-xs text-muted lg:hidden">
                {row.enterpriseShortName}
                <span className="sm:hidden"> · {row.scorerCount} 份评分表</span>
              </span>
            </td>
            <td className="hidden py-2.5 pr-3 text-ink-soft lg:table-cell">{row.enterpriseShortName}</td>
            <td className="tabular py-2.5 pr-3 text-right font-semibold text-ink" data-testid="ranking-score">
              {formatDecimal(row.score)}
            </td>
            <td className="tabular hidden py-2.5 pr-3 text-right text-ink-soft md:table-cell">
              {formatDecimal(row.mean)}
            </td>
            <td className="tabular hidden py-2.5 pr-3 text-right text-ink-soft md:table-cell">
              {formatDecimal(row.trimmedMean)}
            </td>
            <td className="tabular hidden py-2.5 pr-3 text-right text-ink-soft sm:table-cell">{row.scorerCount}</td>
            <td className="py-2.5" data-testid="ranking-tier">
              <TierBadge name={row.tier} rank={row.tierRank} count={tierCount} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

import Link from "next/link";
import { TierBadge } from "@/components/rankings/tier-badge";
import { formatDecimal, formatNumber } from "@/lib/format";
import type { PhaseRankingGlance } from "@/lib/home/leader-dashboard";
import { homeLinks } from "@/lib/home/links";
import type { RankingRow } from "@/lib/rankings/queries";

/** A phase's ranking at a glance: the tier counts, then the top ten and the bottom ten. */
export function RankingGlance({ glance }: { glance: PhaseRankingGlance }) {
  const tierCount = glance.tiers.filter((tier) => tier.tier !== null).length;
  return (
    <div className="space-y-5">
      <ul aria-label="各档次党组织数量" className="flex flex-wrap gap-2" data-testid="tier-counts">
        {glance.tiers.map((tier, index) => (
          <li key={tier.tier ?? "none"}>
            <Link
              href={homeLinks.rankings(glance.phaseId, tier.tier ?? undefined)}
              className="inline-flex items-center gap-2 rounded-md border border-line px-3 py-1.5 text-sm hover:border-accent-700/50"
            >
              <TierBadge name={tier.tier} rank={tier.tier === null ? null : index + 1} count={tierCount} />
              <span className="tabular text-lg font-semibold text-ink">{formatNumber(tier.count)}</span>
              <span className="text-xs text-muted">个</span>
            </Link>
          </li>
        ))}
        <li className="self-center text-sm text-muted">共 {formatNumber(glance.rankedCount)} 个党组织参加排名</li>
      </ul>

      <div className={glance.bottom.length > 0 ? "grid gap-5 lg:grid-cols-2" : undefined}>
        <RankingList
          title="前十名"
          rows={glance.top}
          phaseId={glance.phaseId}
          tierCount={tierCount}
          testId="ranking-top"
        />
        {glance.bottom.length > 0 && (
          <RankingList
            title="后十名"
            rows={glance.bottom}
            phaseId={glance.phaseId}
            tierCount={tierCount}
            testId="ranking-bottom"
          />
        )}
      </div>
    </div>
  );
}

function RankingList({
  title,
  rows,
  phaseId,
  tierCount,
  testId,
}: {
  title: string;
  rows: RankingRow[];
  phaseId: number;
  tierCount: number;
  testId: string;
}) {
  return (
    <div>
      <h3 className="text-sm font-medium text-ink-soft">{title}</h3>
      <table className="mt-1 w-full text-left text-sm" data-testid={testId}>
        <caption className="sr-only">{title}</caption>
        <thead className="sr-only">
          <tr>
            <th scope="col">名次</th>
            <th scope="col">党组织</th>
            <th scope="col">得分</th>
            <th scope="col">档次</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {rows.map((row) => (
            <tr key={row.organizationId} data-testid="glance-row">
              <td className="tabular w-8 py-1.5 pr-2 text-right text-muted">{row.rank}</td>
              <td className="min-w-0 py-1.5 pr-2">
                <Link
                  href={homeLinks.organization(phaseId, row.organizationId)}
                  className="line-clamp-1 text-ink hover:text-accent-700 hover:underline"
                >
                  {row.organizationName}
                </Link>
                <span className="block text-xs text-muted">{row.enterpriseShortName}</span>
              </td>
              <td className="tabular py-1.5 pr-2 text-right font-medium text-ink">{formatDecimal(row.score)}</td>
              <td className="py-1.5 text-right">
                <TierBadge name={row.tier} rank={row.tierRank} count={tierCount} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

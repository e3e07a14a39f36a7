import type { Metadata } from "next";
import Link from "next/link";
import { TierBadge } from "@/components/rankings/tier-badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { formatDate, formatDecimal } from "@/lib/format";
import { ownPublishedResults } from "@/lib/rankings/detail";

export const metadata: Metadata = { title: "本企业结果" };

/** A secretary's own enterprise's organisations in each phase whose results are published. */
export default async function OwnResultsPage() {
  const user = await requirePermission("ranking.readOwn");
  const results = user.enterpriseId === null ? [] : await ownPublishedResults(user.enterpriseId);

  return (
    <>
      <PageHeader
        title="本企业结果"
        description={`${user.enterpriseName ?? "未绑定企业"} · 仅显示市国资委已公布结果的阶段`}
      />
      {results.length === 0 ? (
        <EmptyState
          title="暂无已公布的结果"
          description="市国资委公布阶段结果后，本企业党组织的得分和排名会显示在这里。"
        />
      ) : (
        <div className="grid gap-6">
          {results.map(({ phase, rows }) => (
            <Card
              key={phase.id}
              title={`${phase.campaign.year}年${phase.name}`}
              description={phase.resultsPublishedAt ? `${formatDate(phase.resultsPublishedAt)}公布` : undefined}
            >
              {rows.length === 0 ? (
                <EmptyState title="本阶段本企业没有参与排名的党组织" />
              ) : (
                <table className="w-full text-left text-sm" data-testid="own-results">
                  <caption className="sr-only">本企业党组织得分</caption>
                  <thead className="border-b border-line text-xs text-muted">
                    <tr>
                      <th scope="col" className="py-2 pr-3 font-medium">
                        党组织
                      </th>
                      <th scope="col" className="py-2 pr-3 text-right font-medium">
                        排名
                      </th>
                      <th scope="col" className="py-2 pr-3 text-right font-medium">
                        得分
                      </th>
                      <th scope="col" className="py-2 font-medium">
                        档次
                      </th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-line">
                    {rows.map((row) => (
                      <tr key={row.organizationId}>
                        <td className="py-2.5 pr-3">
                          <Link
                            href={`/rankings/${phase.id}/organizations/${row.organizationId}`}
                            className="font-medium text-ink underline-offset-2 hover:underline"
                          >
                            {row.organizationName}
                          </Link>
                        </td>
                        <td className="tabular py-2.5 pr-3 text-right whitespace-nowrap text-ink">
                          {row.rank} <span className="text-xs text-muted">/ {row.rankedCount}</span>
                        </td>
                        <td className="tabular py-2.5 pr-3 text-right font-semibold text-ink">
                          {formatDecimal(row.score)}
                        </td>
                        <td className="py-2.5">
                          <TierBadge name={row.tier} rank={row.tierRank} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </Card>
          ))}
        </div>
      )}
    </>
  );
}

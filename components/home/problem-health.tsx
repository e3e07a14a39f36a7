import Link from "next/link";
import { LinkStat } from "@/components/home/link-stat";
import { EmptyState } from "@/components/ui/empty-state";
import { formatNumber } from "@/lib/format";
import type { ProblemHealthRow } from "@/lib/home/leader-queries";
import { homeLinks } from "@/lib/home/links";

/** Enterprises shown on the home; the ledger lists the rest. */
const SHOWN = 8;

/** The ledger's health: the campaign's totals, then the enterprises with the most overdue first. */
export function ProblemHealth({
  total,
  byEnterprise,
}: {
  total: ProblemHealthRow | null;
  byEnterprise: ProblemHealthRow[];
}) {
  if (!total || total.total === 0) return <EmptyState title="本年度尚未登记问题" />;
  return (
    <div className="space-y-4">
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        <LinkStat href={homeLinks.problems()} label="问题总数" value={formatNumber(total.total)} unit="个" />
        <LinkStat
          href={homeLinks.problems({ status: "CLOSED" })}
          label="已销号"
          value={formatNumber(total.closed)}
          unit="个"
          data-testid="problems-closed"
        />
        <LinkStat
          href={homeLinks.problems({ overdue: true })}
          label="逾期"
          value={formatNumber(total.overdue)}
          unit="个"
          tone={total.overdue > 0 ? "alert" : "ink"}
          data-testid="problems-overdue"
        />
        <LinkStat
          href={homeLinks.problems()}
          label="整改销号率"
          value={total.rectificationRate ?? "—"}
          unit="%"
          tone="accent"
          data-testid="problems-rate"
        />
      </div>
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm" data-testid="problems-by-enterprise">
          <caption className="sr-only">各企业问题整改情况</caption>
          <thead className="border-b border-line text-xs text-muted">
            <tr>
              <th scope="col" className="py-2 pr-3 font-medium">
                企业
              </th>
              <th scope="col" className="py-2 pr-3 text-right font-medium">
                未销号
              </th>
              <th scope="col" className="py-2 pr-3 text-right font-medium">
                逾期
              </th>
              <th scope="col" className="py-2 text-right font-medium">
                销号率
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-line">
            {byEnterprise.slice(0, SHOWN).map((row) => (
              <tr key={row.enterpriseId} data-testid="problems-row">
                <th scope="row" className="py-2 pr-3 font-normal">
                  <Link
                    href={homeLinks.problems({ enterpriseId: row.enterpriseId! })}
                    className="text-ink hover:text-accent-700 hover:underline"
                  >
                    {row.enterpriseName}
                  </Link>
                </th>
                <td className="tabular py-2 pr-3 text-right text-ink">{formatNumber(row.unclosed)}</td>
                <td
                  className={`tabular py-2 pr-3 text-right ${row.overdue > 0 ? "font-semibold text-accent-700" : "text-muted"}`}
                >
                  {formatNumber(row.overdue)}
                </td>
                <td className="tabular py-2 text-right text-ink-soft">{row.rectificationRate}%</td>
              </tr>
            ))}
          </tbody>
        </table>
        {byEnterprise.length > SHOWN && (
          <p className="mt-2 text-xs text-muted">
            另有 {formatNumber(byEnterprise.length - SHOWN)} 家企业，
            <Link href={homeLinks.problems()} className="text-accent-700 hover:underline">
              在问题清单中查看
            </Link>
          </p>
        )}
      </div>
    </div>
  );
}

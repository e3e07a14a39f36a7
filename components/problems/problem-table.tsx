import Link from "next/link";
import { ProblemStatusBadge, SeverityBadge } from "@/components/problems/problem-status";
import { formatDate } from "@/lib/format";
import type { ProblemRow } from "@/lib/problems/queries";

/**
 * The ledger. On a phone the enterprise, phase and deadline fold under the description, so the
 * table never scrolls sideways.
 */
export function ProblemTable({ rows, showEnterprise }: { rows: readonly ProblemRow[]; showEnterprise: boolean }) {
  return (
    <table className="w-full text-left text-sm" data-testid="problem-table">
      <caption className="sr-only">问题清单</caption>
      <thead className="border-b border-line text-xs text-muted">
        <tr>
          <th scope="col" className="py-2 pr-3 font-medium">
            问题
          </th>
          {showEnterprise && (
            <th scope="col" className="hidden py-2 pr-3 font-medium lg:table-cell">
              企业
            </th>
          )}
          <th scope="col" className="hidden py-2 pr-3 font-medium md:table-cell">
            阶段
          </th>
          <th scope="col" className="hidden py-2 pr-3 font-medium sm:table-cell">
            严重程度
          </th>
          <th scope="col" className="hidden py-2 pr-3 font-medium sm:table-cell">
            整改期限
          </th>
          <th scope="col" className="py-2 font-medium">
            状态
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-line">
        {rows.map((row) => (
          <tr key={row.id} data-testid="problem-row" className="align-top">
            <td className="py-2.5 pr-3">
              <Link
                href={`/problems/${row.id}`}
                className="font-medium text-ink underline-offset-2 hover:underline"
                data-testid="problem-link"
              >
                {row.description}
              </Link>
              <span className="mt-0.5 block text-xs text-muted">
                {row.partyOrganization.name}
                {row.rubricItem ? ` · ${row.rubricItem.title}` : ""}
                {row.recurrenceOfId ? " · 反复出现" : ""}
              </span>
              <span className="mt-0.5 block text-xs text-muted sm:hidden">
                {showEnterprise ? `${row.enterprise.shortName} · ` : ""}
                {row.phase.name} · 期限 {formatDate(row.deadline)}
              </span>
            </td>
            {showEnterprise && (
              <td className="hidden py-2.5 pr-3 text-ink-soft lg:table-cell">{row.enterprise.shortName}</td>
            )}
            <td className="hidden py-2.5 pr-3 whitespace-nowrap text-ink-soft md:table-cell">{row.phase.name}</td>
            <td className="hidden py-2.5 pr-3 sm:table-cell">
              <SeverityBadge severity={row.severity} />
            </td>
            <td className="tabular hidden py-2.5 pr-3 whitespace-nowrap text-ink-soft sm:table-cell">
              {formatDate(row.deadline)}
            </td>
            <td className="py-2.5" data-testid="problem-status">
              <ProblemStatusBadge status={row.status} overdue={row.overdue} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

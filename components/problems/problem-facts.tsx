import Link from "next/link";
import { ProblemStatusBadge, SeverityBadge } from "@/components/problems/problem-status";
import { formatDate, formatDateTime } from "@/lib/format";
import { PROBLEM_SOURCE_LABELS } from "@/lib/labels";
import type { ProblemDetail } from "@/lib/problems/queries";

function Fact({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs text-muted">{term}</dt>
      <dd className="mt-0.5 text-sm text-ink">{children}</dd>
    </div>
  );
}

/** The ledger entry's fields: where it was found, who owns it, by when. */
export function ProblemFacts({ problem, linkTours }: { problem: ProblemDetail; linkTours: boolean }) {
  const stop = problem.stop;
  return (
    <dl className="grid gap-x-6 gap-y-4 sm:grid-cols-2 lg:grid-cols-3" data-testid="problem-facts">
      <Fact term="状态">
        <ProblemStatusBadge status={problem.status} overdue={problem.overdue} />
      </Fact>
      <Fact term="严重程度">
        <SeverityBadge severity={problem.severity} />
      </Fact>
      <Fact term="整改期限">
        <span className={problem.overdue ? "font-medium text-accent-700" : undefined}>
          {formatDate(problem.deadline)}
        </span>
      </Fact>
      <Fact term="企业">{problem.enterprise.name}</Fact>
      <Fact term="党组织">{problem.partyOrganization.name}</Fact>
      <Fact term="责任人">{problem.owner}</Fact>
      <Fact term="阶段">{problem.phase.name}</Fact>
      <Fact term="评分条目">
        {problem.rubricItem ? `${problem.rubricItem.category.name} · ${problem.rubricItem.title}` : "未关联"}
      </Fact>
      <Fact term="来源">
        {PROBLEM_SOURCE_LABELS[problem.source]}
        {stop && (
          <span className="block text-xs text-muted">
            {linkTours ? (
              <Link href={`/tours/${stop.tour.id}`} className="underline-offset-2 hover:underline">
                {stop.tour.title}
              </Link>
            ) : (
              stop.tour.title
            )}
            {` · 第 ${stop.sequence} 站 ${stop.site.name} · ${formatDate(stop.arriveAt)}`}
          </span>
        )}
      </Fact>
      <Fact term="登记">
        {problem.createdBy.displayName} · {formatDateTime(problem.createdAt)}
      </Fact>
      {problem.closedAt && <Fact term="销号时间">{formatDateTime(problem.closedAt)}</Fact>}
    </dl>
  );
}

import Link from "next/link";
import { ProblemStatusBadge, SeverityBadge } from "@/components/problems/problem-status";
import { formatDate } from "@/lib/format";
import type { ProblemSeverity, ProblemStatus } from "@/lib/generated/prisma/enums";
import { isOverdue } from "@/lib/problems/overdue";

export type ReportProblem = {
  id: number;
  description: string;
  status: ProblemStatus;
  severity: ProblemSeverity;
  deadline: Date;
  owner: string;
  partyOrganization: { name: string };
  rubricItem: { title: string } | null;
};

/**
 * The ledger entries made from an accepted report's declared problems, each linking to its page
 * in the problem ledger, with where its rectification stands now.
 */
export function ReportProblems({ problems, now = new Date() }: { problems: readonly ReportProblem[]; now?: Date }) {
  if (problems.length === 0) {
    return <p className="text-sm text-muted">审核通过时未从本报告列入问题。</p>;
  }
  return (
    <ul className="grid gap-3" aria-label="列入问题清单的问题" data-testid="report-problems">
      {problems.map((problem) => (
        <li key={problem.id} className="grid gap-1 border-b border-line pb-3 last:border-b-0 last:pb-0">
          <Link
            href={`/problems/${problem.id}`}
            className="text-sm font-medium text-ink underline-offset-2 hover:underline"
            data-testid="report-problem-link"
          >
            {problem.description}
          </Link>
          <span className="text-xs text-muted">
            {problem.partyOrganization.name}
            {problem.rubricItem ? ` · ${problem.rubricItem.title}` : ""} · 责任人 {problem.owner} · 期限{" "}
            {formatDate(problem.deadline)}
          </span>
          <span className="flex flex-wrap gap-1">
            <SeverityBadge severity={problem.severity} />
            <ProblemStatusBadge status={problem.status} overdue={isOverdue(problem, now)} />
          </span>
        </li>
      ))}
    </ul>
  );
}

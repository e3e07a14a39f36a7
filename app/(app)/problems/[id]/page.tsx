import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { ProblemActions } from "@/components/problems/problem-actions";
import { ProblemFacts } from "@/components/problems/problem-facts";
import { ProblemTimeline } from "@/components/problems/problem-timeline";
import { RecurrenceChain } from "@/components/problems/recurrence-chain";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { parseIdSegment } from "@/lib/api/query";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { problemDetail, recurrenceChain } from "@/lib/problems/queries";
import { actorOf, problemScope } from "@/lib/problems/scope";
import { availableMoves } from "@/lib/problems/state";

export const metadata: Metadata = { title: "问题详情" };

export default async function ProblemPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const scope = problemScope(user);
  if (!scope) forbidden();
  const id = parseIdSegment((await params).id);
  // Outside the caller's scope the problem does not exist, as a missing one does.
  const problem = id === null ? null : await problemDetail(scope, id);
  if (!problem) notFound();

  const chain = await recurrenceChain(problem.id);
  const actor = actorOf(user, problem.enterpriseId);
  const moves = availableMoves(problem.status, actor);

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/problems" className="text-muted underline-offset-2 hover:text-ink hover:underline">
          ← 问题清单
        </Link>
      </p>
      <PageHeader title={`问题 #${problem.id}`} description={problem.description} />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="grid min-w-0 content-start gap-6">
          <Card title="问题信息">
            <ProblemFacts problem={problem} linkTours={can(user.role, "tour.readAll")} />
          </Card>
          {actor && moves.length > 0 && (
            <Card
              title={actor === "staff" ? "核验" : "整改"}
              description={actor === "staff" ? "企业已提交整改佐证，请核验" : undefined}
            >
              <ProblemActions problemId={problem.id} actor={actor} moves={moves} />
            </Card>
          )}
          <Card title="整改过程">
            <ProblemTimeline events={problem.events} />
          </Card>
        </div>
        <div className="grid min-w-0 content-start gap-6">
          <Card
            title="反复出现"
            description={chain.length > 1 ? "同一党组织在不同阶段发现的同类问题" : "此前阶段未发现同类问题"}
          >
            {chain.length > 1 && <RecurrenceChain links={chain} currentId={problem.id} />}
          </Card>
        </div>
      </div>
    </>
  );
}

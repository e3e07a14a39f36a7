import type { Metadata } from "next";
import Link from "next/link";
import { NewProblemForm } from "@/components/problems/new-problem-form";
import { StopPicker } from "@/components/problems/stop-picker";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { parseIdSegment } from "@/lib/api/query";
import { requirePermission } from "@/lib/auth/current-user";
import { chinaDateKey, formatDateTime } from "@/lib/format";
import { recentStops, stopForNewProblem } from "@/lib/problems/queries";

export const metadata: Metadata = { title: "登记问题" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function NewProblemPage({ searchParams }: { searchParams: SearchParams }) {
  await requirePermission("problem.manage");
  const raw = (await searchParams).stopId;
  const stopId = parseIdSegment(Array.isArray(raw) ? raw[0] : raw);
  const found = stopId === null ? null : await stopForNewProblem(stopId);
  const usable = found && (found.stop.tour.status === "PUBLISHED" || found.stop.tour.status === "COMPLETED");

  if (!found || !usable) {
    const stops = await recentStops();
    return (
      <>
        <PageHeader title="登记问题" description="先选择发现问题的观摩站点：问题将归入该站点的党组织和阶段。" />
        {raw !== undefined && (
          <p role="status" className="mb-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
            {found ? "该观摩活动尚未发布或已取消，不能登记问题；请另选站点。" : "所选观摩站点不存在，请重新选择。"}
          </p>
        )}
        <Card title="选择观摩站点">
          {stops.length === 0 ? <EmptyState title="还没有已发布或已完成的观摩活动" /> : <StopPicker stops={stops} />}
        </Card>
      </>
    );
  }

  const { stop } = found;
  const org = stop.site.partyOrganization;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/problems" className="text-muted underline-offset-2 hover:text-ink hover:underline">
          ← 问题清单
        </Link>
      </p>
      <PageHeader
        title="登记问题"
        description={`${org.enterprise.shortName} · ${org.name}`}
        actions={
          <Link href="/admin/problems/new" className="text-sm text-muted underline-offset-2 hover:underline">
            更换站点
          </Link>
        }
      />
      <Card
        title="发现问题的站点"
        description={`${stop.tour.phase.name} · ${stop.tour.title} · 第 ${stop.sequence} 站 ${stop.site.name} · ${formatDateTime(stop.arriveAt)}`}
      >
        <NewProblemForm
          stopId={stop.id}
          today={chinaDateKey(new Date())}
          rubricItems={found.rubricItems}
          earlierProblems={found.earlierProblems}
        />
      </Card>
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PhaseSettingsForm } from "@/components/rankings/phase-settings-form";
import { PublicationControls } from "@/components/rankings/publish-controls";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { formatDateTime } from "@/lib/format";
import { PHASE_STATUS_LABELS } from "@/lib/labels";
import { rankingPhase, tierCounts } from "@/lib/rankings/queries";

export const metadata: Metadata = { title: "评分设置" };

export default async function PhaseSettingsPage({ params }: { params: Promise<{ phaseId: string }> }) {
  await requirePermission("campaign.manage");
  const raw = (await params).phaseId;
  const phaseId = /^\d{1,9}$/.test(raw) ? Number(raw) : 0;
  const phase = phaseId > 0 ? await rankingPhase(phaseId) : null;
  if (!phase) notFound();
  const counts = await tierCounts(phase.id);
  const rankedCount = counts.reduce((sum, entry) => sum + entry.count, 0);
  const published = phase.resultsPublishedAt !== null;

  return (
    <>
      <PageHeader
        title={`${phase.name}评分设置`}
        description={
          <>
            {phase.campaign.name} · <Badge>{PHASE_STATUS_LABELS[phase.status]}</Badge>
          </>
        }
        actions={
          <Link
            href={`/rankings?phase=${phase.id}`}
            className="text-sm text-ink-soft underline-offset-2 hover:underline"
          >
            查看排名
          </Link>
        }
      />
      <div className="grid gap-6">
        <Card
          title="计分与分类"
          description={
            published
              ? "本阶段结果已公布，设置已锁定；如需修改，请先在下方撤回公布。"
              : "保存后排名立即按新设置计算；每次修改都记入操作日志。"
          }
        >
          <PhaseSettingsForm
            locked={published}
            initial={{
              phaseId: phase.id,
              updatedAt: phase.updatedAt.toISOString(),
              scoreMethod: phase.scoreMethod,
              trimMinScorers: phase.trimMinScorers,
              tierMode: phase.tierMode,
              disagreementThreshold: phase.disagreementThreshold.toString(),
              excludeOwnEnterprise: phase.excludeOwnEnterprise,
              tiers: phase.tiers.map((tier) => ({
                name: tier.name,
                minScore: tier.minScore?.toString() ?? null,
                quotaPercent: tier.quotaPercent?.toString() ?? null,
              })),
            }}
          />
        </Card>
        <Card
          title="公布结果"
          actions={
            published ? (
              <Badge tone="success">已于 {formatDateTime(phase.resultsPublishedAt!)} 公布</Badge>
            ) : (
              <Badge>未公布</Badge>
            )
          }
        >
          <PublicationControls
            phaseId={phase.id}
            phaseName={phase.name}
            closed={phase.status === "CLOSED"}
            published={published}
            rankedCount={rankedCount}
          />
        </Card>
      </div>
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { PHASE_STATUS_LABELS, SCORE_METHOD_LABELS, TIER_MODE_LABELS } from "@/lib/labels";
import { rankingPhases } from "@/lib/rankings/queries";
import { tierRuleText } from "@/lib/rankings/tier-text";

export const metadata: Metadata = { title: "评分设置" };

export default async function PhaseSettingsIndexPage() {
  await requirePermission("campaign.manage");
  const phases = await rankingPhases();
  return (
    <>
      <PageHeader title="评分设置" description="各阶段的计分方法、分类档次、分歧阈值、本企业回避和结果公布。" />
      {phases.length === 0 ? (
        <EmptyState title="尚未设置观摩阶段" />
      ) : (
        <Card>
          <ul className="divide-y divide-line">
            {phases.map((phase) => (
              <li key={phase.id} className="py-3">
                <Link
                  href={`/admin/phase-settings/${phase.id}`}
                  className="font-medium text-ink underline-offset-2 hover:underline"
                >
                  {phase.campaign.year}年{phase.name}
                </Link>{" "}
                <Badge>{PHASE_STATUS_LABELS[phase.status]}</Badge>{" "}
                {phase.resultsPublishedAt && <Badge tone="success">结果已公布</Badge>}
                <p className="mt-1 text-sm text-muted">
                  {SCORE_METHOD_LABELS[phase.scoreMethod]} · {TIER_MODE_LABELS[phase.tierMode]}：{tierRuleText(phase)}
                </p>
              </li>
            ))}
          </ul>
        </Card>
      )}
    </>
  );
}

import type { Metadata } from "next";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { StopList } from "@/components/scoring/stop-list";
import { requirePermission } from "@/lib/auth/current-user";
import { formatNumber } from "@/lib/format";
import { listStopsToScore } from "@/lib/scoring/queries";

export const metadata: Metadata = { title: "我的评分" };

export default async function ScoringPage() {
  const user = await requirePermission("score.write");
  const { stops, excluded } = await listStopsToScore(user);
  const open = stops.filter((stop) => stop.sheetStatus !== "SUBMITTED");
  const submitted = stops.filter((stop) => stop.sheetStatus === "SUBMITTED");
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader
        title="我的评分"
        description="您作为观摩团评分成员、需要评分的观摩点。评分随填随存，全部条目评分后提交。"
      />
      <div className="grid gap-6">
        <Card
          title="待评分"
          actions={<Badge tone={open.length > 0 ? "accent" : "neutral"}>{formatNumber(open.length)} 个</Badge>}
        >
          {open.length === 0 ? (
            <EmptyState title="没有待评分的观摩点" description="观摩活动发布后，您作为评分成员的观摩点会出现在这里。" />
          ) : (
            <StopList stops={open} label="待评分的观摩点" />
          )}
        </Card>
        {submitted.length > 0 && (
          <Card title="已提交" actions={<Badge>{formatNumber(submitted.length)} 个</Badge>}>
            <StopList stops={submitted} label="已提交评分的观摩点" />
          </Card>
        )}
        {excluded > 0 && (
          <p className="text-sm text-muted" data-testid="excluded-note">
            按本阶段的回避规则，另有 {formatNumber(excluded)} 个本企业党组织的观摩点不由您评分。
          </p>
        )}
      </div>
    </div>
  );
}

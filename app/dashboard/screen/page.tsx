import type { Metadata } from "next";
import Link from "next/link";
import { AutoRefresh } from "@/components/dashboard/auto-refresh";
import { ScreenAssets, ScreenProblems, ScreenProgress, ScreenRanking } from "@/components/dashboard/screen-sections";
import { requirePermission } from "@/lib/auth/current-user";
import { formatDate } from "@/lib/format";
import { loadLeaderDashboard } from "@/lib/home/leader-dashboard";
import { assetSnapshot, assetTargets, currentCampaign } from "@/lib/home/queries";

export const metadata: Metadata = { title: "数据大屏" };

/**
 * 大屏: the leader's key figures for a wall display at 1920×1080, outside the app's frame (no
 * navigation) but behind the same session and permission check. Every size is in em of the
 * root element below, which follows the viewport, so the layout fills any 16:9 screen without
 * scrolling. The asset figures come from lib/home's month sum (switch to lib/assets once merged).
 */
export default async function BigScreenPage() {
  await requirePermission("dashboard.read");
  const now = new Date();
  const campaign = await currentCampaign();
  const [dashboard, snapshot, targets] = await Promise.all([
    campaign ? loadLeaderDashboard(campaign, now, { phaseId: null }) : null,
    assetSnapshot(),
    assetTargets(),
  ]);

  return (
    <div
      className="flex h-dvh flex-col overflow-hidden bg-[#0b1220] px-[1.4em] py-[1em] text-slate-200"
      // 1920×1080 → 20px; smaller screens shrink in step with whichever side runs out first.
      style={{ fontSize: "min(1.05vw, 1.87vh)" }}
      data-testid="big-screen"
    >
      <header className="flex items-end justify-between gap-[1em] border-b-2 border-red-700 pb-[0.6em]">
        <div className="min-w-0">
          <h1 className="truncate text-[2em] font-bold tracking-wide text-white">
            {campaign?.name ?? "党建“大观摩”活动"} · 数据大屏
          </h1>
          <p className="text-[1em] text-slate-400">
            {formatDate(now)}
            {campaign?.activePhase ? ` · 当前阶段：${campaign.activePhase.name}` : ""}
          </p>
        </div>
        <div className="shrink-0 text-right text-[0.95em] text-slate-400">
          <AutoRefresh renderedAt={now.toISOString()} />
          <Link href="/" className="text-slate-400 underline-offset-2 hover:text-white hover:underline">
            返回首页
          </Link>
        </div>
      </header>

      {dashboard ? (
        <main className="grid min-h-0 flex-1 grid-cols-3 gap-[1em] pt-[1em]">
          <ScreenProgress dashboard={dashboard} />
          <ScreenRanking dashboard={dashboard} />
          <div className="grid min-h-0 grid-rows-[auto_1fr] gap-[1em]">
            <ScreenProblems dashboard={dashboard} />
            <ScreenAssets snapshot={snapshot} targets={targets} />
          </div>
        </main>
      ) : (
        <main className="flex flex-1 items-center justify-center text-[1.5em] text-slate-400">
          尚未设置年度观摩活动
        </main>
      )}
    </div>
  );
}

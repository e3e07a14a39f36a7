import type { Prisma } from "@/lib/generated/prisma/client";
import { ScreenBar, ScreenFigure, ScreenPanel } from "@/components/dashboard/screen-panel";
import { formatDecimal, formatMonth, formatNumber, formatPercent, formatYi } from "@/lib/format";
import type { LeaderDashboard } from "@/lib/home/leader-dashboard";
import type { AssetSnapshot } from "@/lib/home/queries";
import { PHASE_STATUS_LABELS } from "@/lib/labels";

/** Phase by phase: tours done and planned, score sheets against those expected. */
export function ScreenProgress({ dashboard }: { dashboard: LeaderDashboard }) {
  const { totals } = dashboard;
  return (
    <ScreenPanel title="活动进度" data-testid="screen-progress">
      <div className="grid grid-cols-2 gap-[1em]">
        <ScreenFigure label="已完成观摩活动" value={formatNumber(totals.toursCompleted)} unit="场" />
        <ScreenFigure
          label="评分表提交率"
          value={totals.sheetsPercent ?? "—"}
          unit={totals.sheetsPercent ? "%" : undefined}
          tone="red"
          data-testid="screen-sheets"
        />
      </div>
      <ol className="mt-[1em] space-y-[0.9em]">
        {dashboard.progress.map((row) => {
          const phase = dashboard.campaign.phases.find((candidate) => candidate.id === row.phaseId);
          return (
            <li key={row.phaseId} className="space-y-[0.3em]">
              <p className="flex items-baseline justify-between gap-[0.6em]">
                <span className="text-[1.15em] font-medium text-white">
                  {phase?.name}
                  <span className="ml-[0.5em] text-[0.8em] text-slate-400">
                    {phase ? PHASE_STATUS_LABELS[phase.status] : ""}
                  </span>
                </span>
                <span className="tabular text-slate-300">
                  观摩 {formatNumber(row.toursCompleted)} 场完成 · {formatNumber(row.toursPlanned)} 场待开展
                </span>
              </p>
              <ScreenBar percent={Number(row.sheetsPercent ?? 0)} />
              <p className="tabular text-[0.9em] text-slate-400">
                评分表 {formatNumber(row.sheetsSubmitted)}/{formatNumber(row.sheetsExpected)}
                {row.sheetsPercent !== null && ` · ${row.sheetsPercent}%`}
              </p>
            </li>
          );
        })}
      </ol>
      {dashboard.reports.phase && <ScreenReports dashboard={dashboard} />}
    </ScreenPanel>
  );
}

const REPORT_STATES = [
  ["ACCEPTED", "已通过"],
  ["SUBMITTED", "待审核"],
  ["RETURNED", "已退回"],
  ["DRAFT", "草稿"],
  [null, "未填写"],
] as const;

/** The phase's self-reports per state, counted in SQL (a window count on each row). */
function ScreenReports({ dashboard }: { dashboard: LeaderDashboard }) {
  const rows = dashboard.reports.byEnterprise;
  return (
    <div className="mt-[1.2em] border-t border-white/10 pt-[0.8em]" data-testid="screen-reports">
      <p className="text-[1.05em] font-medium text-white">{dashboard.reports.phase?.name} · 自查报告</p>
      <dl className="mt-[0.5em] grid grid-cols-5 gap-[0.5em] text-center">
        {REPORT_STATES.map(([status, label]) => (
          <div key={label} className="rounded-[0.4em] bg-white/5 py-[0.4em]">
            <dt className="text-[0.85em] text-slate-400">{label}</dt>
            <dd className="tabular text-[1.6em] font-semibold text-white">
              {rows.find((row) => row.status === status)?.statusCount ?? 0}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

/** The top ten of the latest ranked phase, with its tier counts. */
export function ScreenRanking({ dashboard }: { dashboard: LeaderDashboard }) {
  const glance = dashboard.rankings[0];
  const phase = glance ? dashboard.campaign.phases.find((candidate) => candidate.id === glance.phaseId) : null;
  return (
    <ScreenPanel
      title={phase ? `${phase.name} · 前十名` : "排名"}
      aside={glance ? `共 ${formatNumber(glance.rankedCount)} 个党组织` : undefined}
      data-testid="screen-ranking"
    >
      {!glance ? (
        <p className="text-slate-400">还没有已提交的评分表</p>
      ) : (
        <>
          <p className="mb-[0.6em] flex flex-wrap gap-x-[1.2em] text-slate-300">
            {glance.tiers.map((tier) => (
              <span key={tier.tier ?? "none"}>
                {tier.tier ?? "未分类"} <span className="tabular font-semibold text-white">{tier.count}</span>
              </span>
            ))}
          </p>
          <ol aria-label="前十名">
            {glance.top.map((row) => (
              <li
                key={row.organizationId}
                className="grid grid-cols-[2.2em_minmax(0,1fr)_auto_3.5em] items-center gap-x-[0.6em] border-t border-white/5 py-[0.3em]"
                data-testid="screen-ranking-row"
              >
                <span className="tabular text-[1.1em] font-semibold text-red-400">{row.rank}</span>
                <span className="min-w-0">
                  <span className="block truncate text-[1.05em] text-white">{row.organizationName}</span>
                  <span className="block truncate text-[0.8em] text-slate-400">{row.enterpriseShortName}</span>
                </span>
                <span className="tabular text-right text-[1.15em] font-semibold text-white">
                  {formatDecimal(row.score)}
                </span>
                <span className="text-right text-slate-300">{row.tier ?? "—"}</span>
              </li>
            ))}
          </ol>
        </>
      )}
    </ScreenPanel>
  );
}

/** The ledger's totals and the enterprises with the most overdue problems. */
export function ScreenProblems({ dashboard }: { dashboard: LeaderDashboard }) {
  const total = dashboard.problems.total;
  return (
    <ScreenPanel title="问题整改" data-testid="screen-problems">
      <div className="grid grid-cols-3 gap-[0.8em]">
        <ScreenFigure label="未销号" value={formatNumber(total?.unclosed ?? 0)} unit="个" />
        <ScreenFigure
          label="逾期"
          value={formatNumber(total?.overdue ?? 0)}
          unit="个"
          tone={(total?.overdue ?? 0) > 0 ? "amber" : "white"}
        />
        <ScreenFigure label="销号率" value={total?.rectificationRate ?? "—"} unit="%" tone="green" />
      </div>
      <ul className="mt-[0.8em] space-y-[0.25em] text-[0.95em]">
        {dashboard.problems.byEnterprise.slice(0, 6).map((row) => (
          <li key={row.enterpriseId} className="flex justify-between gap-[0.6em] text-slate-300">
            <span className="truncate">{row.enterpriseName}</span>
            <span className="tabular shrink-0">
              未销号 {row.unclosed} ·{" "}
              <span className={row.overdue > 0 ? "text-amber-300" : ""}>逾期 {row.overdue}</span>
            </span>
          </li>
        ))}
      </ul>
    </ScreenPanel>
  );
}

type Target = { year: number; amount: Prisma.Decimal; label: string };

/** The system's total assets against each target. */
export function ScreenAssets({ snapshot, targets }: { snapshot: AssetSnapshot; targets: Target[] }) {
  const complete = snapshot.complete;
  return (
    <ScreenPanel
      title="资产总额目标进度"
      aside={complete ? `截至${formatMonth(complete.month)}末` : undefined}
      data-testid="screen-assets"
    >
      {!complete ? (
        <p className="text-slate-400">还没有完整月份的资产数据</p>
      ) : (
        <>
          <ScreenFigure label="资产总额" value={formatYi(complete.total, { unit: false })} unit="亿元" tone="red" />
          <ul className="mt-[0.6em] space-y-[0.6em]">
            {targets.map((target) => {
              const gap = target.amount.minus(complete.total);
              return (
                <li key={target.year} className="space-y-[0.25em]">
                  <p className="flex justify-between gap-[0.6em] text-slate-300">
                    <span>
                      {target.label || `${target.year}年底目标`} {formatYi(target.amount)}
                    </span>
                    <span className="tabular text-white">{formatPercent(complete.total, target.amount, 2)}</span>
                  </p>
                  <ScreenBar
                    percent={target.amount.isZero() ? 0 : complete.total.dividedBy(target.amount).times(100).toNumber()}
                    tone="amber"
                  />
                  <p className="tabular text-[0.85em] text-slate-400">
                    {gap.isPositive() && !gap.isZero() ? `尚差 ${formatYi(gap)}` : `已超出 ${formatYi(gap.negated())}`}
                  </p>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </ScreenPanel>
  );
}

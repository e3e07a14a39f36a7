import Link from "next/link";
import { LinkStat } from "@/components/home/link-stat";
import { PhaseTimeline } from "@/components/home/phase-timeline";
import { formatNumber } from "@/lib/format";
import type { PhaseProgress } from "@/lib/home/leader-queries";
import type { PhaseSummary } from "@/lib/home/queries";
import { homeLinks } from "@/lib/home/links";

type Totals = PhaseProgress;
type ProblemTotals = { unclosed: number; closed: number; overdue: number } | null;

/** The four numbers a leader asks first, then each phase's tours and score sheets. */
export function CampaignProgress({
  phases,
  progress,
  totals,
  problems,
}: {
  phases: PhaseSummary[];
  progress: PhaseProgress[];
  totals: Totals;
  problems: ProblemTotals;
}) {
  return (
    <div className="space-y-5">
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        <LinkStat
          href={homeLinks.tours(undefined, "COMPLETED")}
          label="已完成观摩活动"
          value={formatNumber(totals.toursCompleted)}
          unit="场"
          hint={`已发布待开展 ${formatNumber(totals.toursPlanned)} 场`}
          data-testid="stat-tours-completed"
        />
        <LinkStat
          href={homeLinks.rankings()}
          label="评分表提交率"
          value={totals.sheetsPercent === null ? "—" : totals.sheetsPercent}
          unit={totals.sheetsPercent === null ? undefined : "%"}
          hint={`已提交 ${formatNumber(totals.sheetsSubmitted)} / 应提交 ${formatNumber(totals.sheetsExpected)} 份`}
          tone="accent"
          data-testid="stat-sheets"
        />
        <LinkStat
          href={homeLinks.problems()}
          label="未销号问题"
          value={formatNumber(problems?.unclosed ?? 0)}
          unit="个"
          hint={`已销号 ${formatNumber(problems?.closed ?? 0)} 个`}
          data-testid="stat-problems-unclosed"
        />
        <LinkStat
          href={homeLinks.problems({ overdue: true })}
          label="逾期未整改"
          value={formatNumber(problems?.overdue ?? 0)}
          unit="个"
          hint="已过整改期限仍未销号"
          tone={(problems?.overdue ?? 0) > 0 ? "alert" : "ink"}
          data-testid="stat-problems-overdue"
        />
      </div>

      <PhaseTimeline phases={phases} />

      <div className="overflow-x-auto">
        <table className="w-full min-w-[20rem] text-left text-sm" data-testid="phase-progress">
          <caption className="sr-only">各阶段观摩活动与评分表进度</caption>
          <thead className="border-b border-line text-xs text-muted">
            <tr>
              <th scope="col" className="py-2 pr-3 font-medium">
                阶段
              </th>
              <th scope="col" className="py-2 pr-3 text-right font-medium">
                观摩（已完成/待开展）
              </th>
              <th scope="col" className="py-2 font-medium">
                评分表（已提交/应提交）
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-line">
            {progress.map((row) => {
              const phase = phases.find((candidate) => candidate.id === row.phaseId);
              return (
                <tr key={row.phaseId} data-testid="phase-progress-row">
                  <th scope="row" className="py-2 pr-3 font-medium whitespace-nowrap text-ink">
                    {phase?.name}
                  </th>
                  <td className="tabular py-2 pr-3 text-right">
                    <Link
                      href={homeLinks.tours(row.phaseId!)}
                      className="text-ink hover:text-accent-700 hover:underline"
                    >
                      {formatNumber(row.toursCompleted)} / {formatNumber(row.toursPlanned)}
                    </Link>
                  </td>
                  <td className="py-2">
                    <SheetBar row={row} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function SheetBar({ row }: { row: PhaseProgress }) {
  if (row.sheetsExpected === 0) return <span className="text-xs text-muted">尚无应提交的评分表</span>;
  // The bar is decoration; the numbers beside it carry the figures.
  const width = Math.min(100, Number(row.sheetsPercent ?? 0));
  return (
    <Link href={homeLinks.rankings(row.phaseId!)} className="group flex items-center gap-3">
      <span
        className="h-2 min-w-16 flex-1 overflow-hidden rounded-full bg-canvas ring-1 ring-line ring-inset"
        aria-hidden="true"
      >
        <span className="block h-full rounded-full bg-accent-700" style={{ width: `${width}%` }} />
      </span>
      <span className="tabular text-ink group-hover:text-accent-700 group-hover:underline">
        {formatNumber(row.sheetsSubmitted)}/{formatNumber(row.sheetsExpected)}
        <span className="ml-1 text-muted">{row.sheetsPercent}%</span>
      </span>
    </Link>
  );
}

import { Badge } from "@/components/ui/badge";
import { formatMonth, formatNumber, formatYi } from "@/lib/format";
import { ratePercent, type ProgressFigures, type TargetProgress } from "@/lib/assets/progress";

/** One block per target: percent, gap, months left, the rate it needs beside the rate achieved. */
export function TargetList({ figures }: { figures: ProgressFigures }) {
  if (!figures.asOf || figures.targets.length === 0) {
    return <p className="text-sm text-muted">尚未设置资产目标。</p>;
  }
  const achieved = ratePercent(figures.achieved?.rate ?? null);
  return (
    <ul className="divide-y divide-line" data-testid="asset-targets">
      {figures.targets.map((target) => (
        <li key={target.year} className="py-4 first:pt-0 last:pb-0" data-testid={`asset-target-${target.year}`}>
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h3 className="font-medium text-ink">
              {target.label || `${target.year}年底目标`}
              <span className="tabular ml-2 text-sm font-normal text-muted">{formatYi(target.amount)}</span>
            </h3>
            <TrackBadge target={target} />
          </div>
          <div
            className="mt-2 h-2 overflow-hidden rounded-full bg-canvas ring-1 ring-line ring-inset"
            aria-hidden="true"
          >
            <div
              className="h-full rounded-full bg-accent-700"
              style={{ width: `${Math.min(100, Number(target.percent))}%` }}
            />
          </div>
          <dl className="mt-3 grid grid-cols-2 gap-x-4 gap-y-2 text-sm sm:grid-cols-3">
            <Item label="完成比例" value={`${target.percent}%`} testId="percent" />
            <Item label="差距" value={formatYi(target.gap)} testId="gap" />
            <Item
              label="剩余月数"
              value={target.monthsLeft > 0 ? `${formatNumber(target.monthsLeft)} 个月` : "已到期"}
              hint={`至${target.year}年12月末`}
              testId="months-left"
            />
            <Item
              label="所需年均增速"
              value={target.required === null ? "已无法按期达成" : `${ratePercent(target.required)}%`}
              testId="required"
            />
            <Item label="近12个月年化增速" value={achieved === null ? "—" : `${achieved}%`} testId="achieved" />
            <Item
              label="按现增速到期预计"
              value={target.projected ? formatYi(target.projected) : "—"}
              hint={target.projected ? `${formatMonth(new Date(Date.UTC(target.year, 11, 1)))}末` : undefined}
              testId="projected"
            />
          </dl>
        </li>
      ))}
    </ul>
  );
}

function Item({ label, value, hint, testId }: { label: string; value: string; hint?: string; testId: string }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs text-muted">{label}</dt>
      <dd className="tabular font-medium text-ink" data-testid={testId}>
        {value}
        {hint && <span className="block text-xs font-normal text-muted">{hint}</span>}
      </dd>
    </div>
  );
}

function TrackBadge({ target }: { target: TargetProgress }) {
  if (target.reached) return <Badge tone="success">已达成</Badge>;
  if (target.onTrack === null) return <Badge tone="neutral">无法判断</Badge>;
  return target.onTrack ? <Badge tone="success">按期可达</Badge> : <Badge tone="accent">落后于所需进度</Badge>;
}

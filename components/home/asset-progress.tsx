import type { Prisma } from "@/lib/generated/prisma/client";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { DemoBadge } from "@/components/home/demo-badge";
import { formatMonth, formatNumber, formatPercent, formatYi } from "@/lib/format";
import type { AssetSnapshot } from "@/lib/home/queries";

type Target = { year: number; amount: Prisma.Decimal; label: string };

/** The system total against each target: percent reached and the gap, all in exact decimals. */
export function AssetProgress({ snapshot, targets }: { snapshot: AssetSnapshot; targets: Target[] }) {
  const { complete, latest } = snapshot;
  if (!complete) {
    return (
      <EmptyState
        title="还没有完整月份的资产数据"
        description={`需 ${formatNumber(snapshot.enterpriseCount)} 家计入目标的企业全部填报同一月份后才汇总`}
      />
    );
  }
  const pending = latest && latest.month > complete.month ? latest : null;

  return (
    <div>
      <div className="flex flex-wrap items-end gap-x-3 gap-y-1">
        <p className="tabular text-3xl font-semibold tracking-tight text-accent-700" data-testid="asset-total">
          {formatYi(complete.total, { unit: false })}
          <span className="ml-1 text-base font-medium">亿元</span>
        </p>
        {complete.hasDemo && <DemoBadge />}
      </div>
      <p className="mt-1 text-sm text-muted">
        截至{formatMonth(complete.month)}末，{formatNumber(snapshot.enterpriseCount)} 家计入目标企业资产总额合计
      </p>
      {pending && (
        <p className="mt-1 text-xs text-muted">
          {formatMonth(pending.month)}已有 {formatNumber(pending.filed)}/{formatNumber(snapshot.enterpriseCount)}{" "}
          家填报，全部报齐后更新
        </p>
      )}

      {targets.length > 0 && (
        <ul className="mt-5 space-y-4" aria-label="资产目标进度">
          {targets.map((target) => (
            <TargetRow key={target.year} total={complete.total} target={target} />
          ))}
        </ul>
      )}
    </div>
  );
}

function TargetRow({ total, target }: { total: Prisma.Decimal; target: Target }) {
  const reached = total.greaterThanOrEqualTo(target.amount);
  const gap = target.amount.minus(total);
  // The bar is decoration (its width may be a float); the words beside it carry the figures.
  const width = target.amount.isZero() ? 0 : Math.min(100, total.dividedBy(target.amount).times(100).toNumber());
  return (
    <li>
      <div className="flex flex-wrap items-baseline justify-between gap-x-3 text-sm">
        <p className="text-ink">
          {target.label || `${target.year}年底目标`}
          <span className="tabular ml-2 text-muted">{formatYi(target.amount)}</span>
        </p>
        <p className="tabular text-ink-soft">
          已完成 <span className="font-semibold text-ink">{formatPercent(total, target.amount, 2)}</span>
          {reached ? (
            <Badge tone="success" className="ml-2">
              已超出 {formatYi(gap.negated())}
            </Badge>
          ) : (
            <span className="ml-2">尚差 {formatYi(gap)}</span>
          )}
        </p>
      </div>
      <div className="mt-1.5 h-2 overflow-hidden rounded-full bg-canvas ring-1 ring-line ring-inset" aria-hidden="true">
        <div className="h-full rounded-full bg-accent-700" style={{ width: `${width}%` }} />
      </div>
    </li>
  );
}

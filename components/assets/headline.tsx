import { DemoBadge } from "@/components/home/demo-badge";
import { formatMonth, formatNumber, formatYi } from "@/lib/format";
import { ratePercent, type ProgressFigures } from "@/lib/assets/progress";

/** The current total, the month it stands for, the later months still being filed, the achieved rate. */
export function AssetHeadline({ figures }: { figures: ProgressFigures }) {
  const { asOf, achieved, countingEnterprises } = figures;
  if (!asOf) return null;
  return (
    <div>
      <div className="flex flex-wrap items-end gap-x-3 gap-y-1">
        <p className="tabular text-4xl font-semibold tracking-tight text-accent-700" data-testid="asset-page-total">
          {formatYi(asOf.total, { unit: false })}
          <span className="ml-1 text-lg font-medium">亿元</span>
        </p>
        {asOf.hasDemo && <DemoBadge />}
      </div>
      <p className="mt-1 text-sm text-ink-soft">
        截至<span data-testid="asset-as-of">{formatMonth(asOf.month)}</span>末，
        {formatNumber(countingEnterprises)} 家计入目标企业全部报齐的最近月份
      </p>
      {figures.pending.length > 0 && (
        <ul className="mt-2 space-y-0.5 text-sm text-muted" data-testid="asset-pending">
          {figures.pending.map((month) => (
            <li key={month.month.toISOString()}>
              {formatMonth(month.month)}：已有 {formatNumber(month.filed)}/{formatNumber(countingEnterprises)}{" "}
              家填报，报齐后计入
            </li>
          ))}
        </ul>
      )}
      <p className="mt-3 text-sm text-ink">
        近12个月年化增速：
        {achieved ? (
          <>
            <span className="tabular font-semibold" data-testid="asset-achieved">
              {ratePercent(achieved.rate)}%
            </span>
            <span className="text-muted">
              （{formatMonth(achieved.baseMonth)}末 {formatYi(achieved.baseTotal)} → {formatMonth(asOf.month)}末，
              {achieved.months === 12 ? "12 个月" : `${achieved.months} 个月，已折算为年率`}）
            </span>
          </>
        ) : (
          <span className="text-muted">无法计算（一年前没有报齐的月份）</span>
        )}
      </p>
    </div>
  );
}

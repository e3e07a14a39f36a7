import { TrendChart } from "@/components/assets/trend-chart";
import { formatMonth } from "@/lib/format";
import type { EnterpriseFigure } from "@/lib/assets/filing-queries";

/** An enterprise's own figures as a line (the history table beside it carries the exact values). */
export function OwnTrend({ figures }: { figures: readonly EnterpriseFigure[] }) {
  const points = [...figures].reverse().map((figure) => ({
    label: formatMonth(figure.month),
    actual: Number(figure.totalAssets.toFixed(2)),
    projected: null,
  }));
  if (points.length === 0) return null;
  return <TrendChart points={points} targets={[]} actualName="本企业月末资产总额" dots />;
}

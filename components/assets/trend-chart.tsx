"use client";

import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { GRID, MONTH_AXIS, tooltipValue, YI_AXIS } from "@/components/assets/chart-style";

export type TrendPoint = { label: string; actual: number | null; projected: number | null };
export type TrendTarget = { label: string; amount: number; dateLabel: string };

/**
 * The system total per complete month and its projection at the achieved rate to each target
 * date. Drawn from numbers (display only); the table under it carries the exact decimals.
 */
export function TrendChart({
  points,
  targets,
  actualName = "资产总额（已报齐月份）",
  dots = false,
}: {
  points: TrendPoint[];
  targets: TrendTarget[];
  actualName?: string;
  /** A dot per month, for short series (one enterprise's own figures). */
  dots?: boolean;
}) {
  const top = Math.max(
    1,
    ...targets.map((target) => target.amount),
    ...points.map((p) => p.projected ?? p.actual ?? 0),
  );
  // A round step for the axis's top: 500 for thousands of 亿, 50 for hundreds.
  const step = 10 ** Math.floor(Math.log10(top)) / 2;
  const hasProjection = points.some((point) => point.projected !== null);
  return (
    <div aria-hidden="true" className="h-72 w-full sm:h-80" data-testid="asset-trend-chart">
      <LineChart
        responsive
        data={points}
        margin={{ top: 16, right: 16, bottom: 0, left: 8 }}
        style={{ width: "100%", height: "100%" }}
      >
        <CartesianGrid {...GRID} />
        <XAxis {...MONTH_AXIS} />
        <YAxis domain={[0, Math.ceil((top * 1.08) / step) * step]} {...YI_AXIS} />
        <Tooltip formatter={tooltipValue} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        {targets.map((target) => (
          <ReferenceLine
            key={target.label}
            y={target.amount}
            stroke="#b45309"
            strokeDasharray="2 3"
            label={{ value: target.label, position: "insideTopLeft", fill: "#92400e", fontSize: 11 }}
          />
        ))}
        {targets.map((target) => (
          <ReferenceLine key={`${target.label}-date`} x={target.dateLabel} stroke="#d6a56b" strokeDasharray="2 3" />
        ))}
        <Line
          name={actualName}
          dataKey="actual"
          stroke="#b91c1c"
          strokeWidth={2}
          dot={dots ? { r: 2.5, fill: "#b91c1c" } : false}
          connectNulls={false}
          isAnimationActive={false}
        />
        {hasProjection && (
          <Line
            name="按近12个月增速预测"
            dataKey="projected"
            stroke="#5d6776"
            strokeWidth={2}
            strokeDasharray="6 4"
            dot={false}
            isAnimationActive={false}
          />
        )}
      </LineChart>
    </div>
  );
}

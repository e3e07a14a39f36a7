"use client";

import { Area, AreaChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import { GRID, MONTH_AXIS, tooltipValue, YI_AXIS } from "@/components/assets/chart-style";

export type ContributionSeries = { key: string; name: string };
export type ContributionPoint = { label: string } & Record<string, number | string | null>;

// Calm, distinguishable fills; the table under the chart carries the figures.
const PALETTE = [
  "#b91c1c",
  "#1d4ed8",
  "#047857",
  "#b45309",
  "#6d28d9",
  "#0f766e",
  "#be185d",
  "#4d7c0f",
  "#475569",
  "#a16207",
  "#0369a1",
  "#9f1239",
];

/** Each counting enterprise's figure stacked per month, so the stack's height is the total. */
export function ContributionChart({ series, points }: { series: ContributionSeries[]; points: ContributionPoint[] }) {
  return (
    <div aria-hidden="true" className="h-80 w-full" data-testid="asset-contribution-chart">
      <AreaChart
        responsive
        data={points}
        margin={{ top: 8, right: 16, bottom: 0, left: 8 }}
        style={{ width: "100%", height: "100%" }}
      >
        <CartesianGrid {...GRID} />
        <XAxis {...MONTH_AXIS} />
        <YAxis {...YI_AXIS} />
        <Tooltip formatter={tooltipValue} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        {series.map((entry, index) => (
          <Area
            key={entry.key}
            type="monotone"
            dataKey={entry.key}
            name={entry.name}
            stackId="total"
            stroke={PALETTE[index % PALETTE.length]}
            fill={PALETTE[index % PALETTE.length]}
            fillOpacity={0.55}
            isAnimationActive={false}
          />
        ))}
      </AreaChart>
    </div>
  );
}

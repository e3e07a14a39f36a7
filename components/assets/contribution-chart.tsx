"use client";

import { Area, AreaChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";

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

const yi = (value: number) => `${value.toLocaleString("zh-CN", { maximumFractionDigits: 0 })}亿`;
const yiExact = (value: number) =>
  `${value.toLocaleString("zh-CN", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}亿元`;

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
        <CartesianGrid vertical={false} stroke="#e3e6eb" />
        <XAxis
          dataKey="label"
          tickLine={false}
          axisLine={{ stroke: "#cbd1d9" }}
          tick={{ fill: "#3f4a5a", fontSize: 11 }}
          minTickGap={24}
        />
        <YAxis
          tickFormatter={yi}
          tickLine={false}
          axisLine={false}
          width={64}
          tick={{ fill: "#5d6776", fontSize: 11 }}
        />
        <Tooltip formatter={(value) => (typeof value === "number" ? yiExact(value) : String(value))} />
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

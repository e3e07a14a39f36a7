"use client";

import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from "recharts";

/** Bars of the tier counts. Decorative for screen readers: the table beside it carries the numbers. */
export function TierChart({ data }: { data: { label: string; count: number }[] }) {
  return (
    <div aria-hidden="true" className="h-48 w-full">
      <BarChart
        responsive
        data={data}
        margin={{ top: 20, right: 8, bottom: 0, left: -24 }}
        style={{ width: "100%", height: "100%" }}
      >
        <CartesianGrid vertical={false} stroke="#e3e6eb" />
        <XAxis
          dataKey="label"
          tickLine={false}
          axisLine={{ stroke: "#cbd1d9" }}
          tick={{ fill: "#3f4a5a", fontSize: 12 }}
        />
        <YAxis allowDecimals={false} tickLine={false} axisLine={false} tick={{ fill: "#5d6776", fontSize: 12 }} />
        <Bar dataKey="count" fill="#b91c1c" radius={[3, 3, 0, 0]} maxBarSize={48} isAnimationActive={false}>
          <LabelList dataKey="count" position="top" fill="#1c2430" fontSize={12} />
        </Bar>
      </BarChart>
    </div>
  );
}

/**
 * What the asset charts share: 亿 on the value axis, months along the bottom, the same grid and
 * tooltip, so the trend and the contribution chart read alike side by side.
 */

export const yi = (value: number) => `${value.toLocaleString("zh-CN", { maximumFractionDigits: 0 })}亿`;

export const yiExact = (value: number) =>
  `${value.toLocaleString("zh-CN", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}亿元`;

export const GRID = { vertical: false, stroke: "#e3e6eb" } as const;

export const MONTH_AXIS = {
  dataKey: "label",
  tickLine: false,
  axisLine: { stroke: "#cbd1d9" },
  tick: { fill: "#3f4a5a", fontSize: 11 },
  minTickGap: 24,
} as const;

export const YI_AXIS = {
  tickFormatter: yi,
  tickLine: false,
  axisLine: false,
  width: 64,
  tick: { fill: "#5d6776", fontSize: 11 },
} as const;

export const tooltipValue = (value: unknown) => (typeof value === "number" ? yiExact(value) : String(value));

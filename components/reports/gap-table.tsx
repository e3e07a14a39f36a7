"use client";

import { useState } from "react";
import { formatHundredths, type GapRow } from "@/lib/reports/gap";
import { Badge } from "@/components/ui/badge";

type SortKey = "name" | "self" | "observed" | "gap";

const VERDICTS: Record<GapRow["verdict"], { label: string; tone: "accent" | "info" | "neutral" }> = {
  over: { label: "自评偏高", tone: "accent" },
  under: { label: "自评偏低", tone: "info" },
  even: { label: "基本一致", tone: "neutral" },
  unknown: { label: "数据不全", tone: "neutral" },
};

const value = (row: GapRow, key: SortKey) =>
  key === "self" ? row.selfTotal : key === "observed" ? row.observedTotal : key === "gap" ? row.gap : null;

/** Self-score beside observed score per category and in total, sortable by each total column. */
export function GapTable({
  rows,
  categories,
}: {
  rows: GapRow[];
  categories: { id: number; name: string; max: string }[];
}) {
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: "gap", descending: true });
  const sorted = [...rows].sort((a, b) => {
    if (sort.key === "name")
      return a.enterpriseName.localeCompare(b.enterpriseName, "zh-CN") * (sort.descending ? -1 : 1);
    const left = value(a, sort.key);
    const right = value(b, sort.key);
    if (left === null) return 1;
    if (right === null) return -1;
    return (left - right) * (sort.descending ? -1 : 1);
  });
  const header = (key: SortKey, label: string) => (
    <th
      scope="col"
      aria-sort={sort.key === key ? (sort.descending ? "descending" : "ascending") : "none"}
      className="px-3 py-2 font-medium"
    >
      <button
        type="button"
        className="inline-flex items-center gap-1 underline-offset-2 hover:underline"
        onClick={() => setSort({ key, descending: sort.key === key ? !sort.descending : key !== "name" })}
      >
        {label}
        <span aria-hidden="true">{sort.key === key ? (sort.descending ? "↓" : "↑") : "↕"}</span>
      </button>
    </th>
  );
  return (
    <div className="-mx-5 overflow-x-auto">
      <table className="w-full text-sm" data-testid="gap-table">
        <thead className="text-left text-xs text-muted">
          <tr className="border-b border-line">
            {header("name", "企业")}
            {categories.map((category) => (
              <th key={category.id} scope="col" className="hidden px-3 py-2 font-medium xl:table-cell">
                {category.name}
                <span className="block font-normal whitespace-nowrap">自评 / 观摩</span>
                <span className="block font-normal whitespace-nowrap">满分 {category.max}</span>
              </th>
            ))}
            {header("self", "自评总分")}
            {header("observed", "观摩得分")}
            {header("gap", "差值")}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr key={row.enterpriseId} className="border-b border-line last:border-0" data-testid="gap-row">
              <th scope="row" className="px-3 py-2.5 text-left font-medium whitespace-nowrap">
                {row.enterpriseName}
                <span className="block">
                  <Badge tone={VERDICTS[row.verdict].tone}>
                    {row.selfTotal === null
                      ? "未自评"
                      : row.observedTotal === null
                        ? "无观摩评分"
                        : VERDICTS[row.verdict].label}
                  </Badge>
                </span>
              </th>
              {categories.map((category) => {
                const cell = row.cells[category.id];
                return (
                  <td key={category.id} className="hidden px-3 py-2.5 tabular text-ink-soft xl:table-cell">
                    {formatHundredths(cell?.self ?? null)} / {formatHundredths(cell?.observed ?? null)}
                  </td>
                );
              })}
              <td className="px-3 py-2.5 tabular">{formatHundredths(row.selfTotal)}</td>
              <td className="px-3 py-2.5 tabular">
                {formatHundredths(row.observedTotal)}
                {row.sheets > 0 && <span className="block text-xs text-muted">{row.sheets} 张评分表</span>}
              </td>
              <td className="px-3 py-2.5 font-medium tabular">{formatHundredths(row.gap, true)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

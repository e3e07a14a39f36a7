import { formatDecimal } from "@/lib/format";
import type { TierMode } from "@/lib/generated/prisma/enums";

type Tier = { name: string; minScore: { toString(): string } | null; quotaPercent: { toString(): string } | null };

/** 90.00 → 90, 85.50 → 85.5 */
const short = (value: { toString(): string }) => formatDecimal(value).replace(/\.?0+$/, "");

/** The tiers in words: "好 ≥ 90 · 较好 ≥ 80 · 一般 ≥ 70 · 差 < 70" or "好 前 20% · 较好 30% · … · 差 其余". */
export function tierRuleText(phase: { tierMode: TierMode; tiers: readonly Tier[] }): string {
  return phase.tiers
    .map((tier, index) => {
      const last = index === phase.tiers.length - 1;
      const above = phase.tiers[index - 1];
      if (phase.tierMode === "THRESHOLD") {
        if (tier.minScore !== null) return `${tier.name} ≥ ${short(tier.minScore)}`;
        return above?.minScore ? `${tier.name} < ${short(above.minScore)}` : `${tier.name} 其余`;
      }
      if (last || tier.quotaPercent === null) return `${tier.name} 其余`;
      return `${tier.name} ${index === 0 ? "前 " : ""}${short(tier.quotaPercent)}%`;
    })
    .join(" · ");
}

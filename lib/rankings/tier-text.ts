import { formatDecimal } from "@/lib/format";
import type { TierMode } from "@/lib/generated/prisma/enums";

type Tier = { name: string; minScore: { toString(): string } | null; quotaPercent: { toString(): string } | null };

/** The tiers in words: "好 ≥ 90.00 · 较好 ≥ 80.00 · 一般 ≥ 70.00 · 差 其余" or "好 前 20% · … · 差 其余". */
export function tierRuleText(phase: { tierMode: TierMode; tiers: readonly Tier[] }): string {
  return phase.tiers
    .map((tier, index) => {
      const last = index === phase.tiers.length - 1;
      if (phase.tierMode === "THRESHOLD") {
        return tier.minScore === null ? `${tier.name} 其余` : `${tier.name} ≥ ${formatDecimal(tier.minScore)}`;
      }
      return last || tier.quotaPercent === null
        ? `${tier.name} 其余`
        : `${tier.name} 前 ${formatDecimal(tier.quotaPercent).replace(/\.?0+$/, "")}%`;
    })
    .join(" · ");
}

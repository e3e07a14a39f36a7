import type { ScoreMethod, TierMode } from "@/lib/generated/prisma/enums";
import { tierRuleText } from "@/lib/rankings/tier-text";

type Tier = { name: string; minScore: { toString(): string } | null; quotaPercent: { toString(): string } | null };

/** The ranking method of a phase in the words of an official notice (通报). */
export function methodInWords(phase: {
  scoreMethod: ScoreMethod;
  trimMinScorers: number;
  tierMode: TierMode;
  tiers: readonly Tier[];
}): string[] {
  const score =
    phase.scoreMethod === "TRIMMED_MEAN"
      ? `各党组织得分为观摩团评分成员所评总分去掉一个最高分和一个最低分后的平均分（评分表不足 ${phase.trimMinScorers} 份时取全部评分的平均分）`
      : "各党组织得分为观摩团评分成员所评总分的平均分";
  const lines = [`${score}，保留两位小数；得分相同的，名次并列。只计入已提交的评分表。`];
  if (phase.tiers.length > 0) {
    lines.push(
      `${phase.tierMode === "THRESHOLD" ? "按得分" : "按名次比例"}分为${phase.tiers.map((tier) => `“${tier.name}”`).join("、")}${phase.tiers.length}类（${tierRuleText(phase)}）。`,
    );
  }
  return lines;
}

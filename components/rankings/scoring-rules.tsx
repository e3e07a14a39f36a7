import { Badge } from "@/components/ui/badge";
import { formatDateTime } from "@/lib/format";
import { SCORE_METHOD_LABELS, TIER_MODE_LABELS } from "@/lib/labels";
import type { RankingPhase } from "@/lib/rankings/queries";
import { tierRuleText } from "@/lib/rankings/tier-text";

/** How the phase's numbers are made, in one short list above the ranking, so every number is explainable. */
export function ScoringRules({ phase }: { phase: RankingPhase }) {
  return (
    <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-3" data-testid="scoring-rules">
      <div>
        <dt className="text-xs text-muted">官方得分</dt>
        <dd className="text-ink">
          {SCORE_METHOD_LABELS[phase.scoreMethod]}
          {phase.scoreMethod === "TRIMMED_MEAN" && (
            <span className="block text-xs text-muted">
              不少于 {phase.trimMinScorers} 份评分表时去掉，不足时取平均分
            </span>
          )}
        </dd>
      </div>
      <div>
        <dt className="text-xs text-muted">分类（{TIER_MODE_LABELS[phase.tierMode]}）</dt>
        <dd className="text-ink">{phase.tiers.length > 0 ? tierRuleText(phase) : "未设置档次"}</dd>
      </div>
      <div>
        <dt className="text-xs text-muted">结果公布</dt>
        <dd className="text-ink">
          {phase.resultsPublishedAt ? (
            <>
              <Badge tone="success">已公布</Badge>{" "}
              <span className="text-xs text-muted">{formatDateTime(phase.resultsPublishedAt)}</span>
            </>
          ) : (
            <Badge>未公布</Badge>
          )}
        </dd>
      </div>
    </dl>
  );
}

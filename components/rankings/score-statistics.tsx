import { Badge } from "@/components/ui/badge";
import { Stat, StatGrid } from "@/components/ui/stat";
import { TierBadge } from "@/components/rankings/tier-badge";
import { formatDecimal } from "@/lib/format";
import type { RankingPhase, RankingRow } from "@/lib/rankings/queries";

/** A party organisation's numbers in a phase, each with the words that say how it was made. */
export function ScoreStatistics({
  ranking,
  phase,
  showDisagreement,
}: {
  ranking: RankingRow;
  phase: RankingPhase;
  showDisagreement: boolean;
}) {
  const trimmed = phase.scoreMethod === "TRIMMED_MEAN";
  const trimApplies = ranking.scorerCount >= Math.max(phase.trimMinScorers, 3);
  return (
    <div className="space-y-6">
      <StatGrid>
        <Stat
          label="排名"
          value={ranking.rank}
          unit={`/ ${ranking.rankedCount}`}
          hint="同分并列"
          emphasis
          data-testid="detail-rank"
        />
        <Stat
          label="得分"
          value={formatDecimal(ranking.score)}
          unit="分"
          hint={
            trimmed
              ? trimApplies
                ? "去掉一个最高分和一个最低分"
                : `不足 ${phase.trimMinScorers} 份，取平均分`
              : "平均分"
          }
          emphasis
          data-testid="detail-score"
        />
        <Stat
          label="档次"
          value={<TierBadge name={ranking.tier} rank={ranking.tierRank} count={phase.tiers.length} />}
          data-testid="detail-tier"
        />
        <Stat label="评分表" value={ranking.scorerCount} unit="份" hint="已提交" data-testid="detail-sheets" />
      </StatGrid>
      <dl className="grid grid-cols-2 gap-x-4 gap-y-3 border-t border-line pt-5 text-sm sm:grid-cols-3 lg:grid-cols-6">
        <Figure label="平均分" value={formatDecimal(ranking.mean)} />
        <Figure label="去最高最低分平均" value={formatDecimal(ranking.trimmedMean)} />
        <Figure label="中位数" value={formatDecimal(ranking.median)} />
        <Figure
          label="标准差"
          value={ranking.standardDeviation === null ? "—" : formatDecimal(ranking.standardDeviation)}
          note={
            showDisagreement && ranking.disagreement ? (
              <Badge tone="warning">分歧较大（阈值 {formatDecimal(phase.disagreementThreshold)}）</Badge>
            ) : null
          }
        />
        <Figure label="最低分" value={formatDecimal(ranking.min, 1)} />
        <Figure label="最高分" value={formatDecimal(ranking.max, 1)} />
      </dl>
    </div>
  );
}

function Figure({ label, value, note }: { label: string; value: string; note?: React.ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs text-muted">{label}</dt>
      <dd className="tabular mt-0.5 font-medium text-ink">
        {value}
        {note && <span className="mt-1 block">{note}</span>}
      </dd>
    </div>
  );
}

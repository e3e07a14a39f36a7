import type { CandidateView } from "@/components/demonstration/types";

/** A candidate's earlier results in one line: each phase's score and rank, then the combined figure. */
export function ScoreLine({ candidate, phases }: { candidate: CandidateView; phases: { id: number; name: string }[] }) {
  return (
    <p className="flex flex-wrap gap-x-3 gap-y-0.5 text-xs text-muted tabular">
      {phases.map((phase) => {
        const result = candidate.results.find((item) => item.phaseId === phase.id);
        return (
          <span key={phase.id}>
            {phase.name} {result ? `${result.score}（第 ${result.rank} 名）` : "未评分"}
          </span>
        );
      })}
      <span className="font-medium text-ink">综合 {candidate.combined ?? "—"}</span>
    </p>
  );
}

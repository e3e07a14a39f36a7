import type { CategoryBoard } from "@/components/demonstration/types";
import { SELECTION_CATEGORIES, SELECTION_QUOTAS } from "@/lib/demonstration/rules";
import type { SelectionBoard, SelectionItem } from "@/lib/demonstration/queries";
import { formatDateTime } from "@/lib/format";
import { EXPERIENCE_KIND_LABELS } from "@/lib/labels";
import type { ExperienceKind } from "@/lib/generated/prisma/enums";

const LIST_OF = { UNIT: "units", PROJECT: "projects", SITE: "sites" } as const;

/** The board as plain values for the client components: decimals and dates become text. */
export function boardView(board: SelectionBoard): CategoryBoard[] {
  return SELECTION_CATEGORIES.map((category) => ({
    category,
    quota: SELECTION_QUOTAS[category],
    chosen: board.selections[LIST_OF[category]].map((item: SelectionItem) => ({
      selectionId: item.selectionId,
      slot: item.slot,
      name: item.name,
      organization: item.partyOrganization.name,
      enterprise: item.enterprise.shortName,
      reason: item.reason,
      selectedAt: formatDateTime(item.selectedAt),
      selectedBy: item.selectedBy,
    })),
    candidates: board.candidates[category].map((candidate) => ({
      id: candidate.id,
      name: candidate.name,
      detail:
        category === "PROJECT" && candidate.detail
          ? EXPERIENCE_KIND_LABELS[candidate.detail as ExperienceKind]
          : candidate.detail,
      promoted: candidate.promoted,
      organization: candidate.organization.name,
      enterprise: candidate.enterprise.shortName,
      results: candidate.results.map((result) => ({
        phaseId: result.phaseId,
        rank: result.rank,
        score: typeof result.score === "string" ? result.score : result.score.toFixed(2),
      })),
      combined: candidate.combined?.toFixed(2) ?? null,
      selected: candidate.selected,
    })),
  }));
}

import type { SelectionCategory } from "@/lib/generated/prisma/enums";

/** Candidates and choices as plain values for client components (decimals as strings). */
export type CandidateView = {
  id: number;
  name: string;
  detail: string | null;
  promoted?: boolean;
  organization: string;
  enterprise: string;
  results: { phaseId: number; rank: number; score: string }[];
  combined: string | null;
  selected: boolean;
};

export type ChosenView = {
  selectionId: number;
  slot: number;
  name: string;
  organization: string;
  enterprise: string;
  reason: string;
  selectedAt: string;
  selectedBy: string;
};

export type CategoryBoard = {
  category: SelectionCategory;
  quota: number;
  chosen: ChosenView[];
  candidates: CandidateView[];
};

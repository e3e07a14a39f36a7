import { Prisma } from "@/lib/generated/prisma/client";
import type { PhaseKind } from "@/lib/generated/prisma/enums";
import { parseCalendarDate } from "@/lib/campaign/dates";
import { PHASE_KIND_LABELS } from "@/lib/labels";

/**
 * The three phases a new year's campaign starts with, planned, in the windows of the 2022
 * campaign (internal March–June, cross July–September, demonstration October–December). Staff
 * adjust the windows afterwards. Cross and demonstration phases keep scorers off their own
 * enterprise, and every phase gets the usual 好 / 较好 / 一般 / 差 thresholds.
 */
const PHASES: { kind: PhaseKind; sequence: number; from: string; to: string; excludeOwnEnterprise: boolean }[] = [
  { kind: "INTERNAL", sequence: 1, from: "03-01", to: "06-30", excludeOwnEnterprise: false },
  { kind: "CROSS", sequence: 2, from: "07-01", to: "09-30", excludeOwnEnterprise: true },
  { kind: "DEMONSTRATION", sequence: 3, from: "10-01", to: "12-31", excludeOwnEnterprise: true },
];

const TIERS = [
  { name: "好", rank: 1, minScore: "90" },
  { name: "较好", rank: 2, minScore: "80" },
  { name: "一般", rank: 3, minScore: "70" },
  { name: "差", rank: 4, minScore: null },
] as const;

export function defaultPhases(year: number) {
  return PHASES.map((phase) => ({
    kind: phase.kind,
    sequence: phase.sequence,
    name: PHASE_KIND_LABELS[phase.kind],
    startsOn: parseCalendarDate(`${year}-${phase.from}`),
    endsOn: parseCalendarDate(`${year}-${phase.to}`),
    status: "PLANNED" as const,
    excludeOwnEnterprise: phase.excludeOwnEnterprise,
    tiers: TIERS.map((tier) => ({
      name: tier.name,
      rank: tier.rank,
      minScore: tier.minScore === null ? null : new Prisma.Decimal(tier.minScore),
    })),
  }));
}

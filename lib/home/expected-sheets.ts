/**
 * How many score sheets a phase expects, in TypeScript: the reference that the SQL in
 * lib/home/leader-queries.ts (phaseProgress) is held to by the tests, and the definition in words
 * for docs/dashboard.md.
 *
 *   expected = Σ over stops of published or completed tours of the phase
 *                (scoring members of the stop's tour − those the conflict rule keeps off the stop)
 *
 * The conflict rule: when the phase excludes one's own enterprise, a scoring member whose
 * enterprise owns the stop's party organisation does not score that stop. Members without an
 * enterprise (staff, leaders) are never excluded. Drafts and cancelled tours expect nothing.
 * "Submitted" counts only submitted sheets that fill one of these expected places, so the share
 * never exceeds 100%.
 */
export type ExpectedTour = {
  status: "DRAFT" | "PUBLISHED" | "COMPLETED" | "CANCELLED";
  /** The enterprise owning each stop's party organisation, one entry per stop. */
  stopEnterpriseIds: readonly number[];
  scoringMemberEnterpriseIds: readonly (number | null)[];
};

export function expectedSheetCount(tours: readonly ExpectedTour[], excludeOwnEnterprise: boolean): number {
  let expected = 0;
  for (const tour of tours) {
    if (tour.status !== "PUBLISHED" && tour.status !== "COMPLETED") continue;
    for (const stopEnterpriseId of tour.stopEnterpriseIds) {
      for (const memberEnterpriseId of tour.scoringMemberEnterpriseIds) {
        if (excludeOwnEnterprise && memberEnterpriseId === stopEnterpriseId) continue;
        expected++;
      }
    }
  }
  return expected;
}

/** submitted / expected as a percentage with one decimal ("87.5"), null when nothing is expected. */
export function sheetCompletion(submitted: number, expected: number): string | null {
  if (expected === 0) return null;
  // Integers only: tenths of a percent, rounded half up, without floating-point drift.
  const tenths = Math.floor((submitted * 2000 + expected) / (2 * expected));
  return `${Math.floor(tenths / 10)}.${tenths % 10}`;
}

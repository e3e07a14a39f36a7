/**
 * The sizes of a bench data set. The full run is the province of issue 7; `--quick` is a tenth of
 * it. Tours are laid out in "lanes": a lane has its own scorers and its own sites, and its tours
 * fall on different days, so no site and no person is ever booked twice at once (the booking
 * exclusion constraints hold without any search).
 */
export type Scale = {
  name: "full" | "quick";
  enterprises: number;
  /** Party organisations per enterprise: 1 committee, 3 general branches, the rest branches. */
  organizationsPerEnterprise: number;
  tours: number;
  stopsPerTour: number;
  /** Scoring members per tour; all but the last submit a sheet at every stop. */
  scorersPerTour: number;
  lanes: number;
  assetMonths: number;
  problems: number;
};

export const FULL: Scale = {
  name: "full",
  enterprises: 500,
  organizationsPerEnterprise: 40,
  tours: 20_000,
  stopsPerTour: 3,
  scorersPerTour: 6,
  lanes: 200,
  assetMonths: 120,
  problems: 50_000,
};

export const QUICK: Scale = { ...FULL, name: "quick", enterprises: 50, tours: 2_000, lanes: 20, problems: 5_000 };

export const ITEMS_PER_RUBRIC = 10;

export function organizations(scale: Scale) {
  return scale.enterprises * scale.organizationsPerEnterprise;
}

export function submittedSheets(scale: Scale) {
  return scale.tours * scale.stopsPerTour * (scale.scorersPerTour - 1);
}

/** A fingerprint of what generate.ts writes: a change to the generator bumps GENERATOR_VERSION. */
export const GENERATOR_VERSION = 1;
export function datasetKey(scale: Scale, seed: number) {
  return `v${GENERATOR_VERSION}-${scale.name}-seed${seed}`;
}

import type pg from "pg";
import type { Database } from "@/lib/prisma-client";
import { comparableAssets, naiveAssets, platformAssets, rawAssets } from "./assets";
import { assertSame } from "./compare";
import { phaseRankingsCached } from "@/lib/rankings/queries";
import { naiveRankings, naiveRankingsFromTotals, platformRankings, rawRankings } from "./rankings";
import { time, timeInTurns, type Timing } from "./timing";

export type ThreeWays = {
  platform: Timing;
  raw: Timing;
  naive: Timing;
  rows: number;
  /** Rankings only: the naive way over the sheets' stored totals instead of their items. */
  naiveFromTotals?: Timing;
  served?: Timing;
};

/** Measurements 1 and 2: each way checked against the others, then timed one after another. */
export async function measureQueries(
  database: Database,
  pool: pg.Pool,
  phaseId: number,
  runs: { fast: number; naive: number },
  log: (line: string) => void,
) {
  const ranking = {
    platform: await platformRankings(database, phaseId),
    raw: await rawRankings(pool, phaseId),
    naive: await naiveRankings(database, phaseId),
    naiveFromTotals: await naiveRankingsFromTotals(database, phaseId),
  };
  assertSame("rankings", ranking);
  log(
    `  rankings of phase ${phaseId}: the three ways agree on ${ranking.platform.items.length.toLocaleString("en")} organisations`,
  );
  // Platform and limit in turns, so that the shared machine's load weighs on both alike.
  const rankingTurns = await timeInTurns(
    { platform: () => platformRankings(database, phaseId), raw: () => rawRankings(pool, phaseId) },
    runs.fast,
  );
  const rankings: ThreeWays = {
    ...rankingTurns,
    naive: await time(() => naiveRankings(database, phaseId), runs.naive),
    naiveFromTotals: await time(() => naiveRankingsFromTotals(database, phaseId), runs.naive),
    rows: ranking.platform.items.length,
    // What the API serves between commits: the snapshot statement and the cached answer.
    served: await time(() => phaseRankingsCached(phaseId, database), runs.fast),
  };

  const asset = {
    platform: await platformAssets(database),
    raw: await rawAssets(pool),
    naive: await naiveAssets(database),
  };
  assertSame("asset progress", {
    platform: comparableAssets(asset.platform),
    raw: comparableAssets(asset.raw),
    naive: comparableAssets(asset.naive),
  });
  log(
    `  asset progress: the three ways agree (as of ${asset.platform.asOf?.month.toISOString().slice(0, 7)}, ${asset.platform.complete.length} complete months)`,
  );
  const assetTurns = await timeInTurns(
    { platform: () => platformAssets(database), raw: () => rawAssets(pool) },
    runs.fast,
  );
  const assets: ThreeWays = {
    ...assetTurns,
    naive: await time(() => naiveAssets(database), runs.naive),
    rows: asset.platform.complete.length,
  };
  return { rankings, assets };
}

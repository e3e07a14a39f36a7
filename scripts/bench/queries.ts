import type pg from "pg";
import type { Database } from "@/lib/prisma-client";
import { comparableAssets, naiveAssets, platformAssets, rawAssets } from "./assets";
import { assertSame } from "./compare";
import { phaseRankingsCached } from "@/lib/rankings/queries";
import { naiveRankings, platformRankings, rawRankings } from "./rankings";
import { time, type Timing } from "./timing";

export type ThreeWays = { platform: Timing; raw: Timing; naive: Timing; rows: number; served?: Timing };

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
  };
  assertSame("rankings", ranking);
  log(
    `  rankings of phase ${phaseId}: the three ways agree on ${ranking.platform.items.length.toLocaleString("en")} organisations`,
  );
  const rankings: ThreeWays = {
    platform: await time(() => platformRankings(database, phaseId), runs.fast),
    raw: await time(() => rawRankings(pool, phaseId), runs.fast),
    naive: await time(() => naiveRankings(database, phaseId), runs.naive),
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
  const assets: ThreeWays = {
    platform: await time(() => platformAssets(database), runs.fast),
    raw: await time(() => rawAssets(pool), runs.fast),
    naive: await time(() => naiveAssets(database), runs.naive),
    rows: asset.platform.complete.length,
  };
  return { rankings, assets };
}

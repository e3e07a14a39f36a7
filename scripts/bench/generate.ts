import type pg from "pg";
import { seededRandom, type Random } from "./prng";
import { organizations, type Scale } from "./scale";
import { FIRST_SCORER_ID, YEAR, copyCounter, type GenerationContext } from "./generate-shared";
import { writeStructure } from "./generate-structure";
import { writeToursAndSheets } from "./generate-tours";
import { writeAssets, writeProblems } from "./generate-ledgers";

export { ADMIN_ID, LEADER_ID } from "./generate-shared";

/**
 * Fills an empty, migrated database with a province-sized campaign, from a seed (see scale.ts for
 * the layout). Everything goes in with COPY inside one transaction, in an order that lets every
 * constraint and trigger of the schema run as it would for the application: rubrics before their
 * submitted sheets (the freeze trigger), parents before children (the level trigger), bookings
 * that never overlap (the exclusion constraints), closed phases with their closing time.
 * Historical sheets get no revision or audit rows: the measured reads never look at those.
 */

export const BENCH_PASSWORD = "Bench-Measure-2026!";

export type Layout = ReturnType<typeof layoutOf>;

/** Ids and counts that the measurements need to find their way in the data set. */
export function layoutOf(scale: Scale) {
  const orgs = organizations(scale);
  const scorers = scale.lanes * scale.scorersPerTour;
  return {
    phaseIds: [1, 2, 3],
    organizations: orgs,
    scorers,
    /** The last scoring member of each lane never submitted: the save benchmark scores for them. */
    lateScorerOf: (lane: number) => FIRST_SCORER_ID + lane * scale.scorersPerTour + scale.scorersPerTour - 1,
    /** Stops of the active phase (3) in a lane, for the save benchmark. */
    toursPerPhase: (phase: number) => Math.floor(scale.tours / 3) + (phase < scale.tours % 3 ? 1 : 0),
  };
}

/** The parts run in this order, drawing from one seeded sequence: the same seed, the same data. */
export async function generate(
  client: pg.PoolClient,
  scale: Scale,
  seed: number,
  passwordHash: string,
  log: (line: string) => void,
) {
  const layout = layoutOf(scale);
  const context: GenerationContext = {
    scale,
    layout,
    seed,
    random: seededRandom(seed),
    now: new Date(`${YEAR}-11-20T02:00:00Z`),
    count: copyCounter(client, log),
  };
  await writeStructure(context, passwordHash);
  const tours = await writeToursAndSheets(context);
  await writeProblems(context, tours);
  await writeAssets(context);

  // Explicit ids were written: move every sequence past them.
  await client.query(`
    DO $$ DECLARE r record; BEGIN
      FOR r IN SELECT c.relname AS tbl, a.attname AS col, pg_get_serial_sequence(format('%I', c.relname), a.attname) AS seq
               FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid
               WHERE c.relkind = 'r' AND c.relnamespace = 'public'::regnamespace AND a.attnum > 0
                 AND pg_get_serial_sequence(format('%I', c.relname), a.attname) IS NOT NULL LOOP
        EXECUTE format('SELECT setval(%L, coalesce((SELECT max(%I) FROM %I), 0) + 1, false)', r.seq, r.col, r.tbl);
      END LOOP;
    END $$`);
  return layout;
}

export type { Random };

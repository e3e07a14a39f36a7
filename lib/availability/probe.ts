import pg from "pg";
import { databaseKnownUnavailable, noteDatabaseAvailable } from "@/lib/availability/database-status";

/**
 * The proxy's check while the database is known to be down: one short connection attempt at a
 * time, at most once a second, shared by every request that arrives meanwhile. A success clears
 * the outage and lets requests through again, so the app recovers without a restart. While the
 * database is up nothing is probed: requests find an outage themselves and note it
 * (lib/availability/unavailable.ts).
 */
const PROBE_INTERVAL_MS = 1000;
const PROBE_TIMEOUT_MS = 1500;

type ProbeState = { lastProbeAt: number; running: Promise<boolean> | null };
const globalProbe = globalThis as unknown as { daguanmoDatabaseProbe?: ProbeState };

async function databaseAnswers(databaseUrl: string): Promise<boolean> {
  const client = new pg.Client({
    connectionString: databaseUrl,
    connectionTimeoutMillis: PROBE_TIMEOUT_MS,
    query_timeout: PROBE_TIMEOUT_MS,
  });
  // A refused or cut connection is the answer we are after, not an event to crash on.
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/** True while the database is known to be down and a probe (at most one a second) still finds it so. */
export async function databaseStillUnavailable(databaseUrl: string, now = Date.now()): Promise<boolean> {
  if (!databaseKnownUnavailable()) return false;
  const state = (globalProbe.daguanmoDatabaseProbe ??= { lastProbeAt: 0, running: null });
  if (!state.running && now - state.lastProbeAt >= PROBE_INTERVAL_MS) {
    state.lastProbeAt = now;
    state.running = databaseAnswers(databaseUrl).then((answers) => {
      if (answers) noteDatabaseAvailable();
      state.running = null;
      return answers;
    });
  }
  if (state.running) await state.running;
  return databaseKnownUnavailable();
}

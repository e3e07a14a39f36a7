import path from "node:path";
import pg from "pg";
import { hashPassword } from "../../lib/auth/password";
import { startEmbeddedPostgres, type RunningPostgres } from "../lib/embedded-postgres";
import { urlForDatabase } from "../lib/postgres-admin";
import { applyMigrations } from "../lib/schema-engine";
import { BENCH_PASSWORD, generate, layoutOf } from "./generate";
import { datasetKey, type Scale } from "./scale";

/** The bench's own PostgreSQL cluster: its own folder and port, apart from the dev database. */
export const BENCH_PG_PORT = 3151;
const BENCH_PG_DIR = ".data/bench/postgres";

/**
 * Starts the bench cluster with pg_stat_statements loaded, which counts the SQL statements each
 * page render runs on the server (the first start sets it and restarts once).
 */
export async function startBenchPostgres(root: string, log: (line: string) => void): Promise<RunningPostgres> {
  const options = { dataDir: path.join(root, BENCH_PG_DIR), port: BENCH_PG_PORT, log };
  const postgres = await startEmbeddedPostgres(options);
  const admin = new pg.Client({ connectionString: postgres.adminUrl() });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ value: string }>(
      "SELECT current_setting('shared_preload_libraries') AS value",
    );
    if (rows[0]!.value.includes("pg_stat_statements")) return postgres;
    await admin.query("ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'");
  } finally {
    await admin.end();
  }
  log("Restarting the bench PostgreSQL with pg_stat_statements …");
  await postgres.stop();
  return startEmbeddedPostgres(options);
}

const MARKER = "_bench_dataset";

/**
 * A database holding the data set of this scale and seed, migrated to the current schema. A
 * complete earlier generation (recorded in a marker table written in the generating transaction)
 * is reused; an interrupted one is dropped and made again.
 */
export async function prepareDataset(
  postgres: RunningPostgres,
  scale: Scale,
  seed: number,
  log: (line: string) => void,
) {
  const key = datasetKey(scale, seed);
  const name = `bench_${key.replace(/[^a-z0-9]/gi, "_").toLowerCase()}`;
  const url = urlForDatabase(postgres.adminUrl(), name);
  const layout = layoutOf(scale);
  const ready = async () => {
    const pool = new pg.Pool({ connectionString: url, max: 1 });
    await pool.query("CREATE EXTENSION IF NOT EXISTS pg_stat_statements").finally(() => pool.end());
  };

  if (!(await postgres.createDatabase(name))) {
    const pool = new pg.Pool({ connectionString: url, max: 1 });
    try {
      const marker = await pool
        .query<{ seconds: number }>(`SELECT "seconds" FROM "${MARKER}" WHERE "key" = $1`, [key])
        .catch(() => ({ rows: [] as { seconds: number }[] }));
      if (marker.rows[0]) {
        const applied = await applyMigrations(url);
        log(
          `Reusing the generated ${scale.name} data set (seed ${seed}, database ${name}; generated earlier in ${marker.rows[0].seconds} s)` +
            (applied.length ? `; applied ${applied.length} new migration(s)` : ""),
        );
        await ready();
        return { url, layout, generatedSeconds: null };
      }
    } finally {
      await pool.end();
    }
    log(`Database ${name} holds an incomplete data set: making it again.`);
    await postgres.dropDatabase(name);
    await postgres.createDatabase(name);
  }

  await applyMigrations(url);
  log(`Generating the ${scale.name} data set (seed ${seed}) into ${name} …`);
  const started = Date.now();
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await generate(client, scale, seed, passwordHash, log);
    const seconds = Math.round((Date.now() - started) / 1000);
    await client.query(`CREATE TABLE "${MARKER}" ("key" text PRIMARY KEY, "seconds" int NOT NULL)`);
    await client.query(`INSERT INTO "${MARKER}" VALUES ($1, $2)`, [key, seconds]);
    await client.query("COMMIT");
    log(`  analysing …`);
    await client.query("VACUUM ANALYZE");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
    await pool.end();
  }
  const seconds = Math.round((Date.now() - started) / 1000);
  log(`Generated the data set in ${seconds} s.`);
  await ready();
  return { url, layout, generatedSeconds: seconds };
}

import path from "node:path";
import { fileURLToPath } from "node:url";
import { startEmbeddedPostgres, type RunningPostgres } from "./embedded-postgres";

// Which database a script works on: DATABASE_URL when set (staging, production, CI services),
// otherwise the project's own embedded PostgreSQL, so a fresh clone needs no database service.

export const DEFAULT_DATABASE_NAME = "daguanmo";

const projectRoot = fileURLToPath(new URL("../..", import.meta.url));

/** EMBEDDED_PG_DIR (relative to the project), or `.data/postgres` in the project (git-ignored). */
export function embeddedDataDir(): string {
  return path.resolve(projectRoot, process.env.EMBEDDED_PG_DIR ?? ".data/postgres");
}

export interface EmbeddedDatabase {
  url: string;
  server: RunningPostgres;
}

/** Starts (or joins) the embedded server and makes sure database `daguanmo` exists on it. */
export async function startEmbeddedDatabase(log: (line: string) => void = console.log): Promise<EmbeddedDatabase> {
  const server = await startEmbeddedPostgres({ dataDir: embeddedDataDir(), log });
  try {
    if (await server.createDatabase(DEFAULT_DATABASE_NAME)) log(`Created database ${DEFAULT_DATABASE_NAME}.`);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { url: server.adminUrl(DEFAULT_DATABASE_NAME), server };
}

/** Runs `work` on DATABASE_URL, or on the embedded database, which is started for it and stopped after. */
export async function withDatabase<T>(
  work: (databaseUrl: string) => Promise<T>,
  log: (line: string) => void = console.log,
): Promise<T> {
  const configuredUrl = process.env.DATABASE_URL;
  if (configuredUrl) return work(configuredUrl);

  const { url, server } = await startEmbeddedDatabase(log);
  try {
    return await work(url);
  } finally {
    await server.stop();
  }
}

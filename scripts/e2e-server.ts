// The server Playwright tests run against: a throwaway PostgreSQL (or a fresh database on
// TEST_DATABASE_URL's server) with migrations and demo data, and the production build on
// E2E_PORT. Started and stopped by playwright.config.ts.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startTemporaryPostgres, type RunningPostgres } from "./lib/embedded-postgres";
import { applyMigrations } from "./lib/schema-engine";
import { createDatabase, dropDatabase, urlForDatabase } from "./lib/postgres-admin";
import { buildIfNeeded, nextBin } from "./lib/next-build";
import { seedIfEmpty } from "./lib/seed-if-empty";
import { E2E_DATABASE_URL_FILE, E2E_PORT } from "../tests/e2e/support/settings";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const say = (line: string) => console.log(`[e2e-server] ${line}`);
// Uploaded files of a run live (and die) with its throwaway database.
const filesDir = path.join(os.tmpdir(), `daguanmo-e2e-files-${E2E_PORT}`);

let postgres: RunningPostgres | undefined;
let externalServer: { url: string; database: string } | undefined;
let web: ChildProcess | undefined;

async function freshDatabase(): Promise<string> {
  const database = `daguanmo_e2e_${Date.now()}_${randomBytes(3).toString("hex")}`;
  if (process.env.TEST_DATABASE_URL) {
    externalServer = { url: process.env.TEST_DATABASE_URL, database };
    await createDatabase(process.env.TEST_DATABASE_URL, database);
    return urlForDatabase(process.env.TEST_DATABASE_URL, database);
  }
  postgres = await startTemporaryPostgres({ log: say });
  await postgres.createDatabase(database);
  return urlForDatabase(postgres.adminUrl(), database);
}

async function cleanUp() {
  if (web && web.exitCode === null) {
    const exited = new Promise((resolve) => web!.once("exit", resolve));
    web.kill("SIGTERM");
    await exited;
  }
  if (externalServer) await dropDatabase(externalServer.url, externalServer.database);
  await postgres?.stop();
  await rm(filesDir, { recursive: true, force: true });
}

async function main() {
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => void cleanUp().then(() => process.exit(0)));
  }
  const databaseUrl = await freshDatabase();
  await applyMigrations(databaseUrl);
  await seedIfEmpty(databaseUrl);
  await writeFile(E2E_DATABASE_URL_FILE, databaseUrl);

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    NEXTAUTH_URL: `http://127.0.0.1:${E2E_PORT}`,
    DEMO_MODE: "1",
    FILES_DIR: filesDir,
  };
  await buildIfNeeded(root, env, say);
  web = spawn(process.execPath, [nextBin(root), "start", "-p", String(E2E_PORT), "-H", "127.0.0.1"], {
    cwd: root,
    env,
    stdio: "inherit",
  });
  web.on("exit", (code) => {
    say(`next start exited with ${code}`);
    void cleanUp().then(() => process.exit(code ?? 1));
  });
}

main().catch(async (error: unknown) => {
  console.error(error);
  await cleanUp();
  process.exit(1);
});

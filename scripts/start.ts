// `npm start` (and `npm run dev` with --dev): everything a fresh machine needs to serve the
// platform with demo data. See README.md, "Two commands".
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startEmbeddedPostgres, type RunningPostgres } from "./lib/embedded-postgres";
import { applyMigrations } from "./lib/schema-engine";
import { urlForDatabase, redactPassword } from "./lib/postgres-admin";
import { buildIfNeeded, nextBin } from "./lib/next-build";
import { localSessionSecret } from "./lib/local-secret";
import { seedIfEmpty } from "./lib/seed-if-empty";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../prisma/seed/accounts";
import { parseEnv } from "../lib/env";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const devMode = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const dataRoot = path.resolve(root, ".data");
const DATABASE_NAME = "daguanmo";

const say = (line: string) => console.log(`[daguanmo] ${line}`);

let postgres: RunningPostgres | undefined;
let web: ChildProcess | undefined;
let stopping = false;

async function resolveDatabaseUrl(): Promise<string> {
  if (process.env.DATABASE_URL) {
    say(`Using the PostgreSQL server at ${redactPassword(process.env.DATABASE_URL)}.`);
    return process.env.DATABASE_URL;
  }
  const dataDir = path.resolve(root, process.env.EMBEDDED_PG_DIR ?? ".data/postgres");
  postgres = await startEmbeddedPostgres({ dataDir, log: say });
  await postgres.createDatabase(DATABASE_NAME);
  say(`Embedded PostgreSQL on 127.0.0.1:${postgres.port}, data in ${postgres.dataDir}.`);
  return urlForDatabase(postgres.adminUrl(), DATABASE_NAME);
}

function printWelcome() {
  say(`Serving at http://localhost:${port}`);
  say(`Demo accounts (password ${DEMO_PASSWORD}):`);
  for (const account of DEMO_ACCOUNTS) say(`  ${account.username.padEnd(10)} ${account.description}`);
}

async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  say(`${signal}: stopping…`);
  if (web && web.exitCode === null) {
    const exited = new Promise((resolve) => web!.once("exit", resolve));
    web.kill("SIGTERM");
    await exited;
  }
  await postgres?.stop();
  say("Stopped.");
  process.exit(0);
}

async function main() {
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));

  const databaseUrl = await resolveDatabaseUrl();
  const applied = await applyMigrations(databaseUrl);
  say(applied.length ? `Applied migrations: ${applied.join(", ")}.` : "The database schema is current.");
  if (await seedIfEmpty(databaseUrl)) say("Loaded the demo data.");

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? (await localSessionSecret(dataRoot)),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    DEMO_MODE: process.env.DEMO_MODE ?? "1",
    PORT: String(port),
  };
  // The app's own settings check (lib/env.ts) before a build: FILE_STORE=s3 without a bucket, say,
  // stops here with the name of what is missing.
  parseEnv(env);
  if (!devMode) await buildIfNeeded(root, env, say);
  if (stopping) return;

  web = spawn(process.execPath, [nextBin(root), devMode ? "dev" : "start", "-p", String(port)], {
    cwd: root,
    env,
    stdio: "inherit",
  });
  web.on("spawn", printWelcome);
  web.on("exit", (code) => {
    if (!stopping) {
      say(`The web server exited with ${code}.`);
      void postgres?.stop().then(() => process.exit(code ?? 1));
    }
  });
}

main().catch(async (error: unknown) => {
  console.error(error);
  await postgres?.stop();
  process.exit(1);
});

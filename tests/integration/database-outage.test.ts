import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { startEmbeddedPostgres, type RunningPostgres } from "@/scripts/lib/embedded-postgres";
import { applyMigrations } from "@/scripts/lib/schema-engine";
import { createPrismaClient } from "@/lib/prisma-client";
import { runAs } from "@/tests/support/per-call-session";
import { verifyAuditChain } from "@/scripts/lib/audit-chain";

// This file's app talks to a PostgreSQL of its own, which the tests stop and start again while
// requests run: the server actions, the API wrapper, the health check, the page path and the
// proxy must answer 503 (or the action's Chinese message) while it is down, and work again once
// it is back, with the same Prisma client and pool (no restart of the app).
vi.mock("next/headers", () => import("@/tests/support/per-call-session"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { createEnterpriseAction } = await import("@/lib/enterprises/actions");
const { GET: health } = await import("@/app/api/health/route");
const { GET: listPhases } = await import("@/app/api/v1/phases/route");
const { getCurrentUser } = await import("@/lib/auth/current-user");
const { proxy } = await import("@/proxy");
const { DATABASE_UNAVAILABLE_DIGEST, UNAVAILABLE_MESSAGE } = await import("@/lib/availability/constants");

let dataDir: string;
let server: RunningPostgres;
let port: number;
let databaseUrl: string;
let adminId: number;
let counter = 0;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), "daguanmo-outage-"));
  server = await startEmbeddedPostgres({ dataDir });
  port = server.port;
  await server.createDatabase("outage");
  databaseUrl = server.adminUrl("outage");
  await applyMigrations(databaseUrl);
  const setup = createPrismaClient(databaseUrl, 1);
  adminId = (
    await setup.user.create({
      data: { username: "outage.admin", displayName: "值班管理员", role: "ADMIN", passwordHash: "unused" },
    })
  ).id;
  await setup.$disconnect();
  // The app's client (lib/db.ts) is made on first use, from this URL.
  process.env.DATABASE_URL = databaseUrl;
}, 120_000);

afterAll(async () => {
  await server?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

const createEnterprise = () => {
  const n = ++counter;
  return runAs(adminId, () =>
    createEnterpriseAction(null, { name: `停机演练企业${n}`, shortName: `演练${n}`, category: "OTHER", sortOrder: 0 }),
  );
};
const callApi = () => runAs(adminId, () => listPhases(new Request("http://localhost/api/v1/phases")));
const page = (pathname: string, init: { action?: boolean } = {}) =>
  proxy(
    new NextRequest(`http://localhost${pathname}`, {
      headers: { cookie: "next-auth.session-token=x", ...(init.action ? { "next-action": "abc" } : {}) },
      method: init.action ? "POST" : "GET",
    }),
  );

type Outcome = { kind: "action" | "api" | "health"; answer: string; startedAt: number; endedAt: number };

/** One client of the load: actions, API calls and health checks in turn, until told to stop. */
async function client(index: number, stop: { now: boolean }, record: (outcome: Outcome) => void) {
  for (let turn = 0; !stop.now; turn++) {
    const started = Date.now();
    const kind = (["action", "api", "health"] as const)[(index + turn) % 3]!;
    let answer: string;
    if (kind === "action") {
      const result = await createEnterprise();
      answer = result.ok ? "ok" : result.error;
    } else {
      const response = kind === "api" ? await callApi() : await health();
      answer = response.status === 200 ? "ok" : `${response.status} ${JSON.stringify(await response.json())}`;
    }
    record({ kind, answer, startedAt: started, endedAt: Date.now() });
  }
}

async function until(condition: () => Promise<boolean>, seconds: number) {
  const deadline = Date.now() + seconds * 1000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`not within ${seconds} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("PostgreSQL stopped and started under load", () => {
  it("answers 503 while it is down and recovers by itself", async () => {
    expect((await createEnterprise()).ok).toBe(true);
    expect((await health()).status).toBe(200);

    const stop = { now: false };
    const outcomes: Outcome[] = [];
    const load = Array.from({ length: 12 }, (_, index) => client(index, stop, (outcome) => outcomes.push(outcome)));
    await until(async () => outcomes.length >= 24, 20);

    const stoppedAt = Date.now();
    await server.stop();
    await until(async () => (await health()).status === 503, 20);
    const downAt = Date.now();
    expect(await (await health()).json()).toEqual({ status: "degraded", db: "down" });

    const api = await callApi();
    expect(api.status).toBe(503);
    expect(api.headers.get("Retry-After")).toBe("5");
    expect(await api.json()).toEqual({ error: UNAVAILABLE_MESSAGE, code: "unavailable" });
    expect(await createEnterprise()).toEqual({ ok: false, error: UNAVAILABLE_MESSAGE });
    // The page path: the session lookup fails with the error the error page recognises.
    const pageError = await runAs(adminId, () => getCurrentUser()).catch((error: unknown) => error);
    expect(pageError).toMatchObject({ digest: DATABASE_UNAVAILABLE_DIGEST, message: UNAVAILABLE_MESSAGE });
    // The proxy answers pages with the Chinese 503 page and the API with JSON, lets actions through.
    const proxied = await page("/rankings");
    expect(proxied.status).toBe(503);
    expect(proxied.headers.get("Content-Type")).toContain("text/html");
    expect(await proxied.text()).toContain("服务暂时不可用");
    const proxiedApi = await page("/api/v1/phases");
    expect(proxiedApi.status).toBe(503);
    expect(await proxiedApi.json()).toMatchObject({ code: "unavailable" });
    expect((await page("/rankings", { action: true })).status).toBe(200);
    expect((await page("/api/health")).status).toBe(200);
    await until(async () => outcomes.filter((outcome) => outcome.startedAt > downAt).length >= 36, 30);

    const restartedAt = Date.now();
    server = await startEmbeddedPostgres({ dataDir, port });
    await until(async () => (await createEnterprise()).ok, 30);
    const recoveredAt = Date.now();
    await until(async () => outcomes.filter((outcome) => outcome.startedAt > recoveredAt).length >= 36, 30);
    stop.now = true;
    await Promise.all(load);

    // Before the stop and after recovery, everything works; requests caught in a transition may
    // go either way, but every answer is "ok" or the outage's, never the generic error or a 500.
    const phase = (from: number, to: number) =>
      outcomes.filter((outcome) => outcome.startedAt > from && outcome.endedAt < to);
    expect(phase(0, stoppedAt).every((outcome) => outcome.answer === "ok")).toBe(true);
    expect(phase(recoveredAt, Infinity).every((outcome) => outcome.answer === "ok")).toBe(true);
    const during = phase(downAt, restartedAt);
    expect(new Set(during.map((outcome) => outcome.kind))).toEqual(new Set(["action", "api", "health"]));
    for (const outcome of during) expect(outcome.answer).not.toBe("ok");
    for (const outcome of outcomes) {
      const outage = outcome.answer === UNAVAILABLE_MESSAGE || outcome.answer.startsWith("503 ");
      expect(outcome.answer === "ok" || outage, outcome.answer).toBe(true);
      // Each answer within the pool's connect timeout (5 s) rather than hanging.
      expect(outcome.endedAt - outcome.startedAt).toBeLessThan(6000);
    }
    // Back to normal for pages too: the proxy's probe found the database and lets requests by.
    await until(async () => (await page("/rankings")).status === 200, 5);
    expect((await health()).status).toBe(200);

    // Every write the outage interrupted is whole or absent: each enterprise has its audit row,
    // and the audit chain is unbroken.
    const check = createPrismaClient(databaseUrl, 1);
    try {
      const enterprises = await check.enterprise.findMany({ select: { id: true } });
      const audited = await check.auditLog.findMany({
        where: { action: "enterprise.create" },
        select: { entityId: true },
      });
      expect(audited.map((row) => Number(row.entityId)).sort((a, b) => a - b)).toEqual(
        enterprises.map((row) => row.id).sort((a, b) => a - b),
      );
    } finally {
      await check.$disconnect();
    }
    expect((await verifyAuditChain(databaseUrl)).problems).toEqual([]);
  });
});

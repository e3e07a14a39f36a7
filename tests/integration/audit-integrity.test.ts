import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, describe, expect, it, vi } from "vitest";
import pg from "pg";
import type { CredentialsConfig } from "next-auth/providers/credentials";
import { authOptions } from "@/lib/auth/options";
import { MAX_FAILED_SIGN_INS } from "@/lib/auth/sign-in";
import { recordAudit } from "@/lib/audit";
import { createPrismaClient } from "@/lib/prisma-client";
import { DEMO_PASSWORD } from "@/prisma/seed/accounts";
import { chainHash, verifyAuditChain } from "@/scripts/lib/audit-chain";

vi.mock("next/headers", () => import("@/tests/support/request-context"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

// The file's own database (a copy of the seeded template) is reached as the superuser, which is
// what lets these tests do what the application cannot: switch the append-only trigger off.
const databaseUrl = process.env.DATABASE_URL!;
const database = createPrismaClient(databaseUrl, 10);
const run = promisify(execFile);

afterAll(async () => {
  await database.$disconnect();
});

/** Runs SQL as the superuser on a connection of its own, outside the application's client. */
async function asSuperuser(sql: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await client.query(sql, values);
  } finally {
    await client.end();
  }
}

async function behindTheAppsBack(sql: string, values: unknown[] = []) {
  await asSuperuser(
    `ALTER TABLE "AuditLog" DISABLE TRIGGER "AuditLog_append_only";
     ALTER TABLE "AuditLog" DISABLE TRIGGER "AuditLog_no_truncate"`,
  );
  try {
    return await asSuperuser(sql, values);
  } finally {
    await asSuperuser(
      `ALTER TABLE "AuditLog" ENABLE TRIGGER "AuditLog_append_only";
       ALTER TABLE "AuditLog" ENABLE TRIGGER "AuditLog_no_truncate"`,
    );
  }
}

const entry = (index: number) => ({
  actor: null,
  action: "test.chain",
  entityType: "Test",
  entityId: index,
  after: { index, text: `第${index}条「审计」` },
});

async function auditVerifyCli(...args: string[]) {
  try {
    const { stdout, stderr } = await run("npx", ["tsx", "scripts/audit-verify.ts", ...args], {
      env: { ...process.env, DATABASE_URL: databaseUrl },
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

describe("the hash chain", () => {
  it("covers the seeded rows, and each hash is sha256 over the previous hash and the row", async () => {
    await recordAudit(database, entry(-1));
    const report = await verifyAuditChain(databaseUrl);
    expect(report.problems).toEqual([]);
    expect(report.rows).toBe(await database.auditLog.count());
    expect(report.rows).toBeGreaterThan(0);
    const [first, second] = await database.auditLog.findMany({ orderBy: { chainSeq: "asc" }, take: 2 });
    expect(first!.chainSeq).toBe(1n);
    expect(second!.chainSeq).toBe(2n);
    expect(first!.hash).toMatch(/^[0-9a-f]{64}$/);
    // Recomputed here from the row itself: the canonical form is a plain jsonb array.
    const canonical = await asSuperuser(`SELECT "audit_log_canonical"(a) AS text FROM "AuditLog" a WHERE "id" = $1`, [
      second!.id.toString(),
    ]);
    expect(second!.hash).toBe(chainHash(first!.hash!, canonical.rows[0].text));
  });

  it("stays one unbroken line under 50 concurrent transactions, with no gap from a rollback", async () => {
    const before = await database.auditLog.count();
    const writes = Array.from({ length: 50 }, (_, index) =>
      database.$transaction(async (tx) => {
        await recordAudit(tx, entry(index));
        await recordAudit(tx, entry(1000 + index));
        // Every fifth transaction fails after writing its rows: they and their places vanish.
        if (index % 5 === 0) throw new Error("rolled back on purpose");
      }),
    );
    const results = await Promise.allSettled(writes);
    expect(results.filter((result) => result.status === "rejected")).toHaveLength(10);
    expect(await database.auditLog.count()).toBe(before + 80);
    const report = await verifyAuditChain(databaseUrl);
    expect(report.problems).toEqual([]);
    expect(report.head?.chainSeq).toBe(String(before + 80));
  });

  it("cannot be changed, deleted or truncated by the application", async () => {
    const row = await database.auditLog.findFirstOrThrow({ orderBy: { id: "asc" } });
    await expect(database.auditLog.update({ where: { id: row.id }, data: { actorName: "别人" } })).rejects.toThrow(
      /cannot be changed or deleted/,
    );
    await expect(database.auditLog.update({ where: { id: row.id }, data: { hash: "0".repeat(64) } })).rejects.toThrow(
      /cannot be changed or deleted/,
    );
    await expect(database.auditLog.delete({ where: { id: row.id } })).rejects.toThrow(/cannot be changed or deleted/);
    await expect(database.$executeRawUnsafe(`TRUNCATE "AuditLog"`)).rejects.toThrow(/cannot be truncated/);
  });
});

describe("npm run audit:verify", () => {
  it("names the row edited behind the application's back, and the rows deleted", async () => {
    const clean = await auditVerifyCli();
    expect(clean.code).toBe(0);
    expect(clean.output).toContain("The audit log is intact.");
    const anchor = /Chain head \(keep as an anchor\): (\d+:[0-9a-f]{64})/.exec(clean.output)![1]!;

    const victim = await database.auditLog.findFirstOrThrow({ where: { action: "seed" }, orderBy: { id: "asc" } });
    const [, deleted] = await database.auditLog.findMany({
      where: { action: "test.chain" },
      orderBy: { chainSeq: "asc" },
    });
    await behindTheAppsBack(`UPDATE "AuditLog" SET "ip" = '198.51.100.7' WHERE "id" = $1`, [victim.id.toString()]);
    await behindTheAppsBack(`DELETE FROM "AuditLog" WHERE "id" = $1`, [deleted!.id.toString()]);

    const report = await verifyAuditChain(databaseUrl);
    expect(report.problems).toEqual([
      { kind: "edited", id: victim.id.toString(), chainSeq: victim.chainSeq!.toString() },
      { kind: "missing", fromSeq: deleted!.chainSeq!.toString(), toSeq: deleted!.chainSeq!.toString() },
    ]);
    const tampered = await auditVerifyCli("--anchor", anchor);
    expect(tampered.code).toBe(1);
    expect(tampered.output).toContain(`AuditLog row id=${victim.id} (chain position ${victim.chainSeq})`);
    expect(tampered.output).toContain(`chain position ${deleted!.chainSeq} is missing`);
  });

  it("catches a chain recomputed from scratch by its anchor, and a row slipped in without the chain", async () => {
    const fifth = await database.auditLog.findUniqueOrThrow({ where: { chainSeq: 5n } });
    const anchor = { chainSeq: "5", hash: fifth.hash! };
    // Someone with the owner's rights rewrites a row and renumbers and recomputes the whole chain
    // (closing the gap the last test left), as the migration's own backfill does: the chain is
    // consistent again, but the anchor taken before no longer fits.
    await behindTheAppsBack(`
      UPDATE "AuditLog" SET "after" = '{"forged": true}' WHERE "chainSeq" = 3;
      DO $$
      DECLARE r "AuditLog"; seq BIGINT := 0; previous TEXT := repeat('0', 64);
      BEGIN
        FOR r IN SELECT * FROM "AuditLog" ORDER BY "chainSeq" LOOP
          seq := seq + 1;
          r."chainSeq" := seq;
          previous := encode(sha256(convert_to(previous || "audit_log_canonical"(r), 'UTF8')), 'hex');
          UPDATE "AuditLog" SET "chainSeq" = seq, "hash" = previous WHERE "id" = r."id";
        END LOOP;
      END $$;`);
    expect((await verifyAuditChain(databaseUrl)).problems).toEqual([]);
    expect((await verifyAuditChain(databaseUrl, anchor)).problems).toEqual([
      {
        kind: "anchor",
        chainSeq: anchor.chainSeq,
        expected: anchor.hash,
        found: expect.stringMatching(/^[0-9a-f]{64}$/),
      },
    ]);

    await asSuperuser(`ALTER TABLE "AuditLog" DISABLE TRIGGER "AuditLog_chain"`);
    try {
      await recordAudit(database, entry(9999));
    } finally {
      await asSuperuser(`ALTER TABLE "AuditLog" ENABLE TRIGGER "AuditLog_chain"`);
    }
    const slipped = await database.auditLog.findFirstOrThrow({ where: { entityId: "9999" } });
    expect((await verifyAuditChain(databaseUrl)).problems).toEqual([{ kind: "unchained", id: slipped.id.toString() }]);
  });
});

describe("sign-in events in the audit log", () => {
  const provider = () => authOptions().providers[0] as unknown as { options: CredentialsConfig };
  const signIn = (username: string, password: string, ip: string) =>
    provider().options.authorize!({ username, password, code: "" }, { headers: { "x-forwarded-for": ip } } as never);

  it("records a failure without the password, throttling, and a sign-out", async () => {
    const ip = "192.0.2.77";
    expect(await signIn("Observer ", "wrong-password-1", ip)).toBeNull();
    const failure = await database.auditLog.findFirstOrThrow({
      where: { action: "auth.signInFailed", ip },
      orderBy: { id: "desc" },
    });
    expect(failure).toMatchObject({
      actorId: null,
      entityType: "SignIn",
      entityId: "observer",
      after: { username: "observer" },
    });
    expect(JSON.stringify(failure, (_key, value: unknown) => String(value))).not.toContain("wrong-password-1");

    for (let attempt = 1; attempt < MAX_FAILED_SIGN_INS; attempt++) await signIn("observer", "wrong-password-1", ip);
    await expect(signIn("observer", DEMO_PASSWORD, ip)).rejects.toThrow(/登录失败次数过多/);
    expect(await database.auditLog.count({ where: { action: "auth.signInFailed", ip } })).toBe(MAX_FAILED_SIGN_INS);
    const throttled = await database.auditLog.findFirstOrThrow({ where: { action: "auth.signInThrottled", ip } });
    expect(throttled.after).toMatchObject({ username: "observer", retryAfterSeconds: expect.any(Number) });

    const observer = await database.user.findUniqueOrThrow({ where: { username: "observer" } });
    await authOptions().events!.signOut!({ token: { sub: String(observer.id), name: observer.displayName } } as never);
    expect(
      await database.auditLog.findFirst({
        where: { action: "auth.signOut", actorId: observer.id, entityId: String(observer.id) },
      }),
    ).toMatchObject({ actorName: observer.displayName });
  });
});

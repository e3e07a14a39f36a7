import { afterAll, describe, expect, it, vi } from "vitest";
import { createPrismaClient } from "@/lib/prisma-client";
import { GET as listToursRoute } from "@/app/api/v1/tours/route";
import { GET as summaryRoute } from "@/app/api/v1/dashboard/summary/route";
import { createApiTokenAction, revokeApiTokenAction } from "@/lib/api-tokens/actions";
import { listApiTokens, resolveTokenUser } from "@/lib/api-tokens/queries";
import { hashApiToken } from "@/lib/api-tokens/token";
import { dashboardSummary } from "@/lib/dashboard/summary";
import { actAnonymously, actAs } from "@/tests/support/request-context";

vi.mock("next/headers", () => import("@/tests/support/request-context"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

// The file's database is a copy of the seeded template (tests/support/file-database.ts).
const database = createPrismaClient(process.env.DATABASE_URL!, 2);

afterAll(async () => {
  await database.$disconnect();
});

async function userId(username: string) {
  return (await database.user.findUniqueOrThrow({ where: { username }, select: { id: true } })).id;
}

/** Creates a token as the user through the real action and returns it. */
async function createToken(username: string, name: string) {
  await actAs(await userId(username));
  const result = await createApiTokenAction(null, { name });
  if (!result.ok) throw new Error(result.error);
  actAnonymously();
  return result.data;
}

const withBearer = (path: string, token: string) =>
  new Request(`http://localhost${path}`, { headers: { Authorization: `Bearer ${token}` } });
const tours = (token: string) => listToursRoute(withBearer("/api/v1/tours", token));
const summary = (token: string) => summaryRoute(withBearer("/api/v1/dashboard/summary", token));

describe("creating and listing tokens", () => {
  it("gives a leader a token once and keeps only its SHA-256, with an audit row naming it", async () => {
    const created = await createToken("leader", "指挥中心大屏");
    expect(created.token).toMatch(/^dgm_[A-Za-z0-9_-]{43}$/);
    const row = await database.apiToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.tokenHash).toBe(hashApiToken(created.token));
    expect(JSON.stringify(row)).not.toContain(created.token);

    const tokens = await listApiTokens(await userId("leader"), database);
    expect(tokens.map((token) => token.name)).toContain("指挥中心大屏");
    expect(Object.keys(tokens[0]!)).not.toContain("tokenHash");

    const audit = await database.auditLog.findFirstOrThrow({
      where: { action: "apiToken.create", entityId: String(created.id) },
    });
    expect(audit.actorId).toBe(await userId("leader"));
    const recorded = JSON.stringify({ before: audit.before, after: audit.after });
    expect(audit.after).toEqual({ name: "指挥中心大屏" });
    expect(recorded).not.toContain(created.token);
    expect(recorded).not.toContain(row.tokenHash);
  });

  it("refuses a secretary, an empty name and a second active token of the same name", async () => {
    await actAs(await userId("secretary"));
    expect(await createApiTokenAction(null, { name: "我的令牌" })).toEqual({
      ok: false,
      error: "您没有执行此操作的权限",
    });
    expect(await database.apiToken.count({ where: { userId: await userId("secretary") } })).toBe(0);

    await actAs(await userId("admin"));
    const empty = await createApiTokenAction(null, { name: "   " });
    expect(empty.ok).toBe(false);
    if (!empty.ok) expect(empty.fieldErrors?.name?.[0]).toContain("请填写令牌名称");

    expect((await createApiTokenAction(null, { name: "办公系统" })).ok).toBe(true);
    const twice = await createApiTokenAction(null, { name: "办公系统" });
    expect(twice.ok).toBe(false);
    if (!twice.ok) expect(twice.fieldErrors?.name).toEqual(["已有同名的有效令牌，请换一个名称"]);
  });
});

describe("calling the API with a token", () => {
  it("lets a leader's token read /api/v1/tours and /api/v1/dashboard/summary without a session", async () => {
    const { token } = await createToken("leader", "只读脚本");
    actAnonymously();
    const toursResponse = await tours(token);
    expect(toursResponse.status).toBe(200);
    const list = (await toursResponse.json()) as { status: string }[];
    expect(list.length).toBeGreaterThan(0);
    // The token carries the leader's scope: no drafts.
    expect(list.some((tour) => tour.status === "DRAFT")).toBe(false);

    const summaryResponse = await summary(token);
    expect(summaryResponse.status).toBe(200);
    expect(summaryResponse.headers.get("cache-control")).toBe("no-store");
    const body = (await summaryResponse.json()) as Awaited<ReturnType<typeof dashboardSummary>>;
    expect(body.campaign?.year).toBe(2022);
    // The same figures as the loader the home page uses (generatedAt aside).
    const direct = JSON.parse(JSON.stringify(await dashboardSummary())) as typeof body;
    expect({ ...body, generatedAt: null }).toEqual({ ...direct, generatedAt: null });
    expect(body.phases?.map((phase) => phase.kind)).toEqual(["INTERNAL", "CROSS", "DEMONSTRATION"]);
  });

  it("answers 401 to a revoked, an unknown and a malformed token, even with a session cookie", async () => {
    const created = await createToken("leader", "将被撤销");
    expect((await tours(created.token)).status).toBe(200);

    await actAs(await userId("leader"));
    expect(await revokeApiTokenAction(null, { tokenId: created.id })).toEqual({ ok: true, data: { id: created.id } });
    // With the leader's session cookie still present, a bad Authorization header is not overlooked.
    const revoked = await tours(created.token);
    expect(revoked.status).toBe(401);
    expect(await revoked.json()).toMatchObject({ code: "unauthenticated" });
    expect((await tours(`dgm_${"x".repeat(43)}`)).status).toBe(401);
    expect(
      (await listToursRoute(new Request("http://localhost/api/v1/tours", { headers: { Authorization: "Basic abc" } })))
        .status,
    ).toBe(401);

    const audit = await database.auditLog.findFirstOrThrow({
      where: { action: "apiToken.revoke", entityId: String(created.id) },
    });
    expect(audit.after).toMatchObject({ name: "将被撤销" });
    expect(await revokeApiTokenAction(null, { tokenId: created.id })).toEqual({ ok: false, error: "该令牌已撤销" });
    actAnonymously();
  });

  it("does not let anyone revoke another user's token", async () => {
    const created = await createToken("leader", "他人不可撤销");
    await actAs(await userId("admin"));
    expect(await revokeApiTokenAction(null, { tokenId: created.id })).toEqual({
      ok: false,
      error: "令牌不存在或您无权查看",
    });
    actAnonymously();
    expect((await tours(created.token)).status).toBe(200);
  });

  it("stops a disabled user's token (401) and a former leader's, now a secretary (403)", async () => {
    const leaders = await database.user.findMany({
      where: { role: "LEADER", username: { notIn: ["leader"] } },
      orderBy: { id: "asc" },
      select: { username: true, id: true },
    });
    const [first, second] = leaders;
    const disabled = await createToken(first!.username, "停用前");
    const demoted = await createToken(second!.username, "改任前");
    expect((await tours(disabled.token)).status).toBe(200);
    expect((await tours(demoted.token)).status).toBe(200);

    await database.user.update({ where: { id: first!.id }, data: { isActive: false } });
    const enterprise = await database.enterprise.findFirstOrThrow({ select: { id: true } });
    await database.user.update({ where: { id: second!.id }, data: { role: "SECRETARY", enterpriseId: enterprise.id } });
    try {
      expect((await tours(disabled.token)).status).toBe(401);
      const forbidden = await summary(demoted.token);
      expect(forbidden.status).toBe(403);
      expect(await forbidden.json()).toMatchObject({ code: "forbidden" });
    } finally {
      await database.user.update({ where: { id: first!.id }, data: { isActive: true } });
      await database.user.update({ where: { id: second!.id }, data: { role: "LEADER", enterpriseId: null } });
    }
  });

  it("records lastUsedAt at most once a minute", async () => {
    const created = await createToken("leader", "计时");
    const start = new Date("2030-01-01T00:00:00Z");
    const lastUsed = async () =>
      (await database.apiToken.findUniqueOrThrow({ where: { id: created.id } })).lastUsedAt?.toISOString();

    expect(await resolveTokenUser(created.token, start, database)).toMatchObject({ role: "LEADER" });
    expect(await lastUsed()).toBe(start.toISOString());
    await resolveTokenUser(created.token, new Date(start.getTime() + 59_000), database);
    expect(await lastUsed()).toBe(start.toISOString());
    const later = new Date(start.getTime() + 60_000);
    await resolveTokenUser(created.token, later, database);
    expect(await lastUsed()).toBe(later.toISOString());
  });
});

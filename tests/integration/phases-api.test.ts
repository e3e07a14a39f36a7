import { afterAll, describe, expect, it, vi } from "vitest";
import { createPrismaClient } from "@/lib/prisma-client";
import { GET as listPhasesRoute } from "@/app/api/v1/phases/route";
import { GET as phaseRankingsRoute } from "@/app/api/v1/phases/[id]/rankings/route";
import { loadRankingsView } from "@/lib/rankings/queries";
import { actAnonymously, actAs } from "@/tests/support/request-context";

vi.mock("next/headers", () => import("@/tests/support/request-context"));

// The file's database is a copy of the seeded template (tests/support/file-database.ts).
const database = createPrismaClient(process.env.DATABASE_URL!, 2);

afterAll(async () => {
  await database.$disconnect();
});

async function userId(username: string) {
  return (await database.user.findUniqueOrThrow({ where: { username }, select: { id: true } })).id;
}

async function phaseId(kind: "INTERNAL" | "CROSS" | "DEMONSTRATION") {
  const phase = await database.phase.findFirstOrThrow({ where: { kind, campaign: { year: 2022 } } });
  return phase.id;
}

const listPhases = () => listPhasesRoute(new Request("http://localhost/api/v1/phases"));
const rankingsOf = (id: string) =>
  phaseRankingsRoute(new Request(`http://localhost/api/v1/phases/${id}/rankings`), {
    params: Promise.resolve({ id }),
  });

describe("GET /api/v1/phases", () => {
  it("answers the anonymous with 401 and a secretary with 403", async () => {
    actAnonymously();
    expect((await listPhases()).status).toBe(401);
    await actAs(await userId("secretary"));
    const response = await listPhases();
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ code: "forbidden" });
  });

  it("lists the campaign's three phases with kind, status and window as days", async () => {
    await actAs(await userId("leader"));
    const response = await listPhases();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual([
      {
        id: await phaseId("INTERNAL"),
        kind: "INTERNAL",
        name: "内部观摩",
        status: "CLOSED",
        startsOn: "2022-03-01",
        endsOn: "2022-06-30",
      },
      {
        id: await phaseId("CROSS"),
        kind: "CROSS",
        name: "交叉观摩",
        status: "ACTIVE",
        startsOn: "2022-07-01",
        endsOn: "2022-09-30",
      },
      {
        id: await phaseId("DEMONSTRATION"),
        kind: "DEMONSTRATION",
        name: "示范观摩",
        status: "PLANNED",
        startsOn: "2022-10-01",
        endsOn: "2022-12-31",
      },
    ]);
  });
});

describe("GET /api/v1/phases/{id}/rankings", () => {
  it("gives staff the ranking, ordered by rank, with ties sharing a rank and scores as decimal strings", async () => {
    await actAs(await userId("admin"));
    const id = await phaseId("INTERNAL");
    const response = await rankingsOf(String(id));
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      phaseId: number;
      method: string;
      items: { rank: number; score: string; partyOrganization: { name: string }; tier: string | null }[];
    };
    expect(body.phaseId).toBe(id);
    expect(body.method).toBe("TRIMMED_MEAN");
    expect(body.items.map((item) => item.rank)).toEqual([1, 2, 3, 4, 5, 5, 7, 8, 9, 10, 11]);
    expect(body.items.slice(4, 6).map((item) => item.score)).toEqual(["85.00", "85.00"]);
    for (const item of body.items) expect(item.score).toMatch(/^\d{1,3}\.\d{2}$/);
    expect(Object.keys(body.items[0]!).sort()).toEqual(
      ["enterprise", "partyOrganization", "rank", "score", "scorerCount", "tier"].sort(),
    );
  });

  it("agrees with the rankings page, row for row", async () => {
    await actAs(await userId("leader"));
    const id = await phaseId("INTERNAL");
    const api = (await (await rankingsOf(String(id))).json()) as {
      items: { rank: number; score: string; partyOrganization: { id: number } }[];
    };
    const view = await loadRankingsView({ phaseId: id, page: 1 });
    expect(view).not.toBeNull();
    const pageRows = view!.rows.map((row) => [row.rank, row.organizationId, row.score.toFixed(2)]);
    expect(api.items.map((item) => [item.rank, item.partyOrganization.id, item.score])).toEqual(pageRows);
  });

  it("answers 404 for an unknown or malformed phase id and 403 for a secretary", async () => {
    await actAs(await userId("leader"));
    expect((await rankingsOf("999999")).status).toBe(404);
    expect((await rankingsOf("abc")).status).toBe(404);
    await actAs(await userId("observer"));
    expect((await rankingsOf(String(await phaseId("INTERNAL")))).status).toBe(403);
  });
});

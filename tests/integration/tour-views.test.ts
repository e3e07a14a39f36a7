import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createPrismaClient, type Database } from "@/lib/prisma-client";
import { seedDemoData } from "@/prisma/seed";
import { TOURS, type TourKey } from "@/prisma/seed/tours";
import type { Username } from "@/prisma/seed/accounts";
import { findTourPage, listMyTours } from "@/lib/tours/views/queries";
import { listApiTours } from "@/lib/tours/views/api";
import { recordGuestRemarkAction, recordRemarkAction } from "@/lib/remarks/actions";
import { GET as listToursRoute } from "@/app/api/v1/tours/route";
import { GET as apiCalendarRoute } from "@/app/api/v1/tours/[id]/calendar.ics/route";
import { GET as pageCalendarRoute } from "@/app/(app)/tours/[id]/calendar.ics/route";
import { actAnonymously, actAs } from "@/tests/support/request-context";

vi.mock("next/headers", () => import("@/tests/support/request-context"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const database = createPrismaClient(process.env.DATABASE_URL!, 2);

type SeedTour = (typeof TOURS)[number];
const seedTour = (key: TourKey): SeedTour => TOURS.find((tour) => tour.key === key)!;
/** Everyone on a seeded tour's delegation, read from the seed's own definition. */
const membersOf = (tour: SeedTour): Username[] => [
  ...new Set<Username>([tour.head, ...tour.scorers, ...tour.attendees]),
];

const ids = new Map<string, number>();
async function userId(username: Username): Promise<number> {
  const key = `user:${username}`;
  if (!ids.has(key)) {
    const row = await database.user.findUniqueOrThrow({ where: { username }, select: { id: true } });
    ids.set(key, row.id);
  }
  return ids.get(key)!;
}
async function viewer(username: Username) {
  const row = await database.user.findUniqueOrThrow({ where: { username }, select: { id: true, role: true } });
  return row;
}
async function tourId(key: TourKey): Promise<number> {
  const row = await database.tour.findFirstOrThrow({ where: { title: seedTour(key).title }, select: { id: true } });
  return row.id;
}
async function stopId(key: TourKey, sequence: number): Promise<number> {
  const row = await database.tourStop.findFirstOrThrow({
    where: { tour: { title: seedTour(key).title }, sequence },
    select: { id: true },
  });
  return row.id;
}
const counts = async () => ({ remarks: await database.remark.count(), audit: await database.auditLog.count() });

beforeAll(async () => {
  await seedDemoData(database);
});

afterAll(async () => {
  await database.$disconnect();
});

afterEach(() => {
  vi.useRealTimers();
});

describe("who may see which tour", () => {
  async function visibleKeys(username: Username): Promise<TourKey[]> {
    const who = await viewer(username);
    const visible: TourKey[] = [];
    for (const tour of TOURS) {
      if (await findTourPage(await tourId(tour.key), who, database)) visible.push(tour.key);
    }
    return visible;
  }

  it("shows staff every tour, drafts included", async () => {
    expect(await visibleKeys("admin")).toEqual(TOURS.map((tour) => tour.key));
  });

  it("shows leaders every tour except drafts, whether or not they are on it", async () => {
    expect(await visibleKeys("leader-deputy1")).toEqual(
      TOURS.filter((tour) => tour.status !== "DRAFT").map((tour) => tour.key),
    );
  });

  it.each(["observer", "secretary", "sec-gongdian"] as const)(
    "shows the secretary %s only the tours, other than drafts, whose delegation they are on",
    async (username) => {
      const expected = TOURS.filter((tour) => tour.status !== "DRAFT" && membersOf(tour).includes(username)).map(
        (tour) => tour.key,
      );
      expect(expected.length).toBeGreaterThan(0);
      expect(await visibleKeys(username)).toEqual(expected);
    },
  );

  it("keeps a draft from a secretary who is on its delegation", async () => {
    expect(membersOf(seedTour("cross-3"))).toContain("sec-gongdian");
    expect(await findTourPage(await tourId("cross-3"), await viewer("sec-gongdian"), database)).toBeNull();
  });

  it("lists the tour page's delegation with the 团长 first and the remarks under their stops", async () => {
    const page = await findTourPage(await tourId("internal-1"), await viewer("leader"), database);
    expect(page?.delegation[0]).toMatchObject({ part: "HEAD", userId: await userId("leader") });
    expect(page?.delegation.filter((member) => member.part === "HEAD")).toHaveLength(1);
    expect(page?.stops.map((stop) => stop.sequence)).toEqual([1, 2]);
    expect(page?.stops[1]!.remarks.length).toBeGreaterThanOrEqual(3);
  });

  it("puts the observer's cross-phase tour under 我的观摩 with their scoring seat", async () => {
    const { upcoming, past } = await listMyTours(
      await userId("observer"),
      new Date("2022-08-01T00:00:00+08:00"),
      database,
    );
    const cross2 = upcoming.find((tour) => tour.title === seedTour("cross-2").title);
    expect(cross2?.delegation).toEqual([{ part: "MEMBER", isScoring: true }]);
    expect(cross2?.stops[0]?.site.name).toBeTruthy();
    expect(past.map((tour) => tour.title)).toContain(seedTour("internal-1").title);
    // Only published and completed tours, and only the observer's.
    const all = [...upcoming, ...past];
    expect(all.every((tour) => tour.status === "PUBLISHED" || tour.status === "COMPLETED")).toBe(true);
    expect(all).toHaveLength(
      TOURS.filter((tour) => tour.status !== "DRAFT" && membersOf(tour).includes("observer")).length,
    );
  });
});

describe("recording remarks", () => {
  it("lets a delegation member record a remark after the stop, attributed and audited", async () => {
    const stop = await stopId("cross-2", 2);
    await actAs(await userId("observer"));
    const result = await recordRemarkAction(null, {
      stopId: String(stop),
      content: "  党员示范岗<script>alert(1)</script>值得学习  ",
    });
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    const remark = await database.remark.findUniqueOrThrow({ where: { id: result.data.id } });
    expect(remark).toMatchObject({
      stopId: stop,
      authorId: await userId("observer"),
      guestId: null,
      recordedById: await userId("observer"),
      // Stored as typed (trimmed); the pages render it as text.
      content: "党员示范岗<script>alert(1)</script>值得学习",
    });
    const audit = await database.auditLog.findMany({ where: { action: "remark.create", entityId: String(remark.id) } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ entityType: "Remark", actorId: await userId("observer") });
  });

  it("refuses a member before the stop has ended, and saves nothing", async () => {
    const stop = await stopId("cross-2", 1); // 09:20–10:30 on 18 August 2022
    await actAs(await userId("observer"));
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2022-08-18T10:00:00+08:00"));
    const before = await counts();
    const result = await recordRemarkAction(null, { stopId: String(stop), content: "提前发言" });
    expect(result).toEqual({ ok: false, error: expect.stringContaining("行程结束后") });
    expect(await counts()).toEqual(before);
  });

  it.each([
    ["a leader who is not on the tour", "leader"],
    ["a secretary of another enterprise (the host's own, not on the delegation)", "sec-chengtou"],
    ["a secretary of an unrelated enterprise", "secretary"],
  ] as const)("answers %s that the stop is not found, and saves nothing", async (_label, username) => {
    expect(membersOf(seedTour("cross-2"))).not.toContain(username);
    const stop = await stopId("cross-2", 2);
    await actAs(await userId(username));
    const before = await counts();
    const result = await recordRemarkAction(null, { stopId: String(stop), content: "越权发言" });
    expect(result).toEqual({ ok: false, error: "观摩点不存在，或您不是本次观摩团成员" });
    expect(await counts()).toEqual(before);
  });

  it("treats a draft tour's stop as absent even for a member of its delegation", async () => {
    const stop = await stopId("cross-3", 1);
    await actAs(await userId("sec-gongdian"));
    const before = await counts();
    const result = await recordRemarkAction(null, { stopId: String(stop), content: "草稿发言" });
    expect(result).toEqual({ ok: false, error: "观摩点不存在，或您不是本次观摩团成员" });
    expect(await counts()).toEqual(before);
  });

  it("answers empty and over-long text beside the field", async () => {
    const stop = await stopId("cross-2", 2);
    await actAs(await userId("observer"));
    const before = await counts();
    const empty = await recordRemarkAction(null, { stopId: String(stop), content: " \n " });
    const long = await recordRemarkAction(null, { stopId: String(stop), content: "长".repeat(1001) });
    expect(empty).toMatchObject({ ok: false, fieldErrors: { content: ["请填写发言内容"] } });
    expect(long).toMatchObject({ ok: false, fieldErrors: { content: ["发言内容最多 1000 字"] } });
    expect(await counts()).toEqual(before);
  });

  it("lets staff record a guest's remark: no author, the guest named, staff as recorder, audited", async () => {
    const stop = await stopId("internal-1", 2);
    const guest = await database.tourGuest.findFirstOrThrow({ where: { tourId: await tourId("internal-1") } });
    await actAs(await userId("admin"));
    const result = await recordGuestRemarkAction(null, {
      stopId: String(stop),
      guestId: String(guest.id),
      content: "组织部同志：经验可复制可推广。",
    });
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    const remark = await database.remark.findUniqueOrThrow({ where: { id: result.data.id } });
    expect(remark).toMatchObject({ authorId: null, guestId: guest.id, recordedById: await userId("admin") });
    expect(await database.auditLog.count({ where: { action: "remark.create", entityId: String(remark.id) } })).toBe(1);
  });

  it("refuses a guest of another tour, and anyone but staff recording for guests", async () => {
    // internal-1's guest at a stop of internal-2, which has no guests.
    const otherTourStop = await stopId("internal-2", 2);
    const guest = await database.tourGuest.findFirstOrThrow({ where: { tourId: await tourId("internal-1") } });
    const before = await counts();
    await actAs(await userId("admin"));
    const wrongGuest = await recordGuestRemarkAction(null, {
      stopId: String(otherTourStop),
      guestId: String(guest.id),
      content: "不应保存",
    });
    expect(wrongGuest).toMatchObject({ ok: false, fieldErrors: { guestId: ["所选嘉宾不是本次观摩的特邀嘉宾"] } });

    await actAs(await userId("leader"));
    const byLeader = await recordGuestRemarkAction(null, {
      stopId: String(await stopId("internal-1", 2)),
      guestId: String(guest.id),
      content: "不应保存",
    });
    expect(byLeader).toEqual({ ok: false, error: "您没有执行此操作的权限" });
    expect(await counts()).toEqual(before);
  });

  it("is held by the database too: a remark is never both a member's and a guest's", async () => {
    const stop = await stopId("internal-1", 2);
    const guest = await database.tourGuest.findFirstOrThrow({ where: { tourId: await tourId("internal-1") } });
    await expect(
      database.remark.create({
        data: {
          stopId: stop,
          authorId: await userId("leader"),
          guestId: guest.id,
          recordedById: await userId("admin"),
          content: "两者皆有",
        },
      }),
    ).rejects.toThrow();
  });
});

describe("GET /api/v1/tours", () => {
  const request = (query = "") => new Request(`http://localhost/api/v1/tours${query}`);
  const call = (query = "") => listToursRoute(request(query));

  it("answers the anonymous with 401 JSON", async () => {
    actAnonymously();
    const response = await call();
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ code: "unauthenticated", error: expect.stringMatching(/登录/) });
  });

  it("answers a secretary with 403 JSON", async () => {
    await actAs(await userId("secretary"));
    const response = await call();
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ code: "forbidden" });
  });

  it("gives a leader every tour but drafts, in the documented shape with +08:00 times", async () => {
    await actAs(await userId("leader"));
    const response = await call();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const tours = (await response.json()) as Array<Record<string, unknown>>;
    expect(tours.map((tour) => tour.title).sort()).toEqual(
      TOURS.filter((tour) => tour.status !== "DRAFT")
        .map((tour) => tour.title)
        .sort(),
    );
    for (const tour of tours) {
      expect(Object.keys(tour).sort()).toEqual(
        ["delegationSize", "endsAt", "id", "phaseId", "phaseKind", "startsAt", "status", "stops", "title"].sort(),
      );
      expect(tour.startsAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/);
    }
    const first = tours.find((tour) => tour.title === seedTour("internal-1").title)!;
    const seed = seedTour("internal-1");
    expect(first).toMatchObject({
      phaseKind: "INTERNAL",
      status: "COMPLETED",
      startsAt: `${seed.date}T${seed.window[0]}:00+08:00`,
      endsAt: `${seed.date}T${seed.window[1]}:00+08:00`,
      delegationSize: membersOf(seed).length + ("guests" in seed ? seed.guests.length : 0),
    });
    expect(first.stops).toEqual([
      {
        order: 1,
        siteId: expect.any(Number),
        siteName: "惠州烟草物流配送中心",
        partyOrganization: expect.stringContaining("物流配送中心"),
        arriveAt: "2022-03-24T14:50:00+08:00",
        departAt: "2022-03-24T15:55:00+08:00",
      },
      expect.objectContaining({
        order: 2,
        siteName: "惠州烟草营销中心党员活动中心",
        arriveAt: "2022-03-24T16:15:00+08:00",
      }),
    ]);
  });

  it("gives staff the drafts too", async () => {
    await actAs(await userId("admin"));
    const tours = (await (await call()).json()) as Array<{ status: string }>;
    expect(tours).toHaveLength(TOURS.length);
    expect(tours.some((tour) => tour.status === "DRAFT")).toBe(true);
  });

  it("filters by phase and status, never widening what the caller may see", async () => {
    await actAs(await userId("leader"));
    const cross = await database.phase.findFirstOrThrow({ where: { kind: "CROSS" }, select: { id: true } });
    const byPhase = (await (await call(`?phaseId=${cross.id}`)).json()) as Array<{ phaseId: number }>;
    expect(byPhase.length).toBe(TOURS.filter((tour) => tour.phase === "CROSS" && tour.status !== "DRAFT").length);
    expect(byPhase.every((tour) => tour.phaseId === cross.id)).toBe(true);
    const completed = (await (await call("?status=COMPLETED")).json()) as Array<{ status: string }>;
    expect(completed.length).toBe(TOURS.filter((tour) => tour.status === "COMPLETED").length);
    expect(await (await call("?status=DRAFT")).json()).toEqual([]);
  });

  it.each([
    ["?phaseId=abc", "phaseId"],
    ["?phaseId=-3", "phaseId"],
    ["?status=DONE", "status"],
  ])("answers %s with 400 and a Chinese message", async (query, field) => {
    await actAs(await userId("leader"));
    const response = await call(query);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: string; code: string; details: Record<string, string[]> };
    expect(body.code).toBe("invalid");
    expect(body.error).toMatch(/请求参数/);
    expect(body.details[field]?.[0]).toMatch(/[\u4e00-\u9fa5]/);
  });
});

describe("the number of queries", () => {
  const makeLoggedClient = () =>
    new PrismaClient({
      adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL!, max: 2 }),
      log: [{ emit: "event" as const, level: "query" as const }],
    });
  let logged: ReturnType<typeof makeLoggedClient>;
  let statements = 0;

  beforeAll(() => {
    logged = makeLoggedClient();
    logged.$on("query", () => {
      statements += 1;
    });
  });
  afterAll(async () => {
    await logged.$disconnect();
  });

  async function measure(run: () => Promise<unknown>): Promise<number> {
    statements = 0;
    await run();
    return statements;
  }

  it("does not grow with the number of tours in the API list", async () => {
    const who = await viewer("admin");
    const cross = await database.phase.findFirstOrThrow({ where: { kind: "CROSS" }, select: { id: true } });
    const db = logged as unknown as Database;
    const few = await measure(() => listApiTours(who, { phaseId: cross.id }, db));
    const all = await measure(() => listApiTours(who, {}, db));
    expect(few).toBe(all);
    expect(all).toBeLessThanOrEqual(6);
  });

  it("does not grow with the number of members, stops or remarks on the tour page", async () => {
    const who = await viewer("admin");
    const db = logged as unknown as Database;
    const [internal1Id, cross2Id] = [await tourId("internal-1"), await tourId("cross-2")];
    const internal1 = await measure(() => findTourPage(internal1Id, who, db));
    const cross2 = await measure(() => findTourPage(cross2Id, who, db));
    expect(internal1).toBe(cross2);
    // One statement per relation level (Prisma without relation joins), however many rows.
    expect(internal1).toBeLessThanOrEqual(16);
  });
});

describe("iCalendar downloads", () => {
  const params = (id: number | string) => ({ params: Promise.resolve({ id: String(id) }) });
  const apiCall = (id: number | string) =>
    apiCalendarRoute(new Request(`http://localhost/api/v1/tours/${id}/calendar.ics`), params(id));
  const pageCall = (id: number | string) =>
    pageCalendarRoute(new Request(`http://localhost/tours/${id}/calendar.ics`), params(id));

  it("gives a leader the API file: text/calendar, a filename, CRLF lines, one event per stop", async () => {
    await actAs(await userId("leader"));
    const response = await apiCall(await tourId("internal-1"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="tour-\d+\.ics"; filename\*=UTF-8''/,
    );
    const body = await response.text();
    expect(body.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(body.replace(/\r\n/g, "")).not.toMatch(/\n/);
    expect(body.match(/BEGIN:VEVENT/g)).toHaveLength(seedTour("internal-1").stops.length);
    expect(body).toContain("DTSTART:20220324T065000Z");
  });

  it("answers the API's anonymous with 401, a secretary with 403, and unknown or hidden tours with 404", async () => {
    actAnonymously();
    expect((await apiCall(await tourId("internal-1"))).status).toBe(401);
    await actAs(await userId("observer"));
    expect((await apiCall(await tourId("internal-1"))).status).toBe(403);
    await actAs(await userId("leader"));
    expect((await apiCall(999_999)).status).toBe(404);
    expect((await apiCall("abc")).status).toBe(404);
    const draft = await apiCall(await tourId("cross-3"));
    expect(draft.status).toBe(404);
    expect(await draft.json()).toMatchObject({ code: "not_found" });
  });

  it("gives a delegation member the tour's file from the tour page, and others 404", async () => {
    await actAs(await userId("observer"));
    const own = await pageCall(await tourId("cross-2"));
    expect(own.status).toBe(200);
    expect(own.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    await actAs(await userId("secretary"));
    expect((await pageCall(await tourId("cross-2"))).status).toBe(404);
  });

  it("sends a browser without a session to sign in and back", async () => {
    actAnonymously();
    const response = await pageCall(await tourId("cross-2"));
    expect(response.status).toBe(307);
    const location = new URL(response.headers.get("location")!);
    expect(location.pathname).toBe("/login");
    expect(location.searchParams.get("callbackUrl")).toBe(`/tours/${await tourId("cross-2")}/calendar.ics`);
  });
});

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import type { DelegationPart, PhaseKind } from "@/lib/generated/prisma/enums";
import { createPrismaClient, type Database } from "@/lib/prisma-client";
import type { ActionResult } from "@/lib/actions/define-action";
import {
  cancelTourAction,
  completeTourAction,
  createTourAction,
  publishTourAction,
  updateTourAction,
} from "@/lib/tours/actions";
import { findPersonBookings, findSiteBookings, holdBookings, isExclusionViolation } from "@/lib/tours/bookings";
import { findTourForEditing } from "@/lib/tours/editor-queries";
import { toPayload, type EditorTour } from "@/lib/tours/editor-state";
import { tourListPage } from "@/lib/tours/list-queries";
import { publishProblems, type RuleTour } from "@/lib/tours/rules";
import { seedDemoData } from "@/prisma/seed";
import { SITES, type SiteKey } from "@/prisma/seed/sites";
import { actAs } from "@/tests/support/request-context";

vi.mock("next/headers", () => import("@/tests/support/request-context"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const database = createPrismaClient(process.env.DATABASE_URL!, 4);

const userIds = new Map<string, number>();
const userNames = new Map<number, string>();
const siteIds = new Map<SiteKey, number>();
const phaseIds = new Map<PhaseKind, number>();

const user = (username: string) => userIds.get(username)!;
const site = (key: SiteKey) => siteIds.get(key)!;
const siteName = (key: SiteKey) => SITES.find((entry) => entry.key === key)!.name;

beforeAll(async () => {
  await seedDemoData(database);
  for (const row of await database.user.findMany({ select: { id: true, username: true, displayName: true } })) {
    userIds.set(row.username, row.id);
    userNames.set(row.id, row.displayName);
  }
  for (const row of await database.site.findMany({ select: { id: true, name: true } })) {
    const key = SITES.find((entry) => entry.name === row.name)?.key;
    if (key) siteIds.set(key, row.id);
  }
  for (const row of await database.phase.findMany({ where: { campaign: { year: 2022 } } }))
    phaseIds.set(row.kind, row.id);
});

afterAll(async () => {
  await database.$disconnect();
});

// ───────────────────────────── Helpers ─────────────────────────────

type TourSpec = {
  title: string;
  date: string;
  phase?: PhaseKind;
  window?: [string, string];
  /** [site, arrive, depart, programme?] in visiting order. */
  stops?: [SiteKey, string, string][];
  /** Usernames; the first is 团长, the others scoring members. */
  members?: string[];
  guests?: number;
};

function payloadOf(spec: TourSpec) {
  const [startTime, endTime] = spec.window ?? ["09:00", "12:00"];
  return {
    title: spec.title,
    phaseId: phaseIds.get(spec.phase ?? "CROSS")!,
    date: spec.date,
    startTime,
    endTime,
    meetingPoint: "市国资委办公楼前广场",
    notes: "",
    stops: (spec.stops ?? []).map(([key, arriveTime, departTime]) => ({
      id: null,
      siteId: site(key),
      arriveTime,
      departTime,
      programme: ["BRIEFING", "ON_SITE"],
    })),
    members: (spec.members ?? []).map((username, index) => ({
      userId: user(username),
      part: (index === 0 ? "HEAD" : "MEMBER") as DelegationPart,
      isScoring: index > 0,
    })),
    guests: Array.from({ length: spec.guests ?? 0 }, (_, index) => ({
      id: null,
      name: `嘉宾${index + 1}`,
      unit: "中共惠州市委组织部",
      title: "",
    })),
  };
}

function expectOk<T>(result: ActionResult<T>): T {
  if (!result.ok) throw new Error(`expected success, got: ${result.error} ${JSON.stringify(result.fieldErrors)}`);
  return result.data;
}

/** The refusal's every message: the summary and each listed problem. */
function refusal(result: ActionResult<unknown>): string[] {
  if (result.ok) throw new Error("expected the action to be refused");
  return [result.error, ...(result.fieldErrors?.problems ?? []), ...Object.values(result.fieldErrors ?? {}).flat()];
}

async function asAdmin() {
  await actAs(user("admin"));
}

async function createDraft(spec: TourSpec): Promise<EditorTour> {
  await asAdmin();
  return expectOk(await createTourAction(null, payloadOf(spec)));
}

async function createPublished(spec: TourSpec): Promise<EditorTour> {
  const draft = await createDraft(spec);
  return expectOk(await publishTourAction(null, { tourId: draft.id, version: draft.version }));
}

const tourRow = (id: number) => database.tour.findUniqueOrThrow({ where: { id } });
const auditActions = async (id: number) =>
  (
    await database.auditLog.findMany({ where: { entityType: "Tour", entityId: String(id) }, orderBy: { id: "asc" } })
  ).map((row) => row.action);
const bookingCounts = async (tourId: number) => ({
  sites: await database.tourSiteBooking.count({ where: { tourId } }),
  people: await database.tourPersonBooking.count({ where: { tourId } }),
});

// ───────────────────────────── The demo data ─────────────────────────────

describe("the demo tours", () => {
  it("pass every rule, and the published and completed ones hold their sites and people", async () => {
    const tours = await database.tour.findMany({
      include: {
        phase: true,
        stops: { orderBy: { sequence: "asc" }, include: { site: true } },
        delegation: { include: { user: true } },
        _count: { select: { guests: true } },
      },
    });
    expect(tours.length).toBeGreaterThanOrEqual(8);
    for (const tour of tours) {
      const rule: RuleTour = {
        id: tour.id,
        title: tour.title,
        phase: tour.phase,
        startsAt: tour.startsAt,
        endsAt: tour.endsAt,
        stops: tour.stops,
        members: tour.delegation.map((member) => ({
          userId: member.userId,
          name: member.user.displayName,
          part: member.part,
        })),
        guestCount: tour._count.guests,
      };
      const bookings = {
        sites: await findSiteBookings(database as never, tour.id, tour.stops),
        people: await findPersonBookings(
          database as never,
          tour.id,
          tour.delegation.map((member) => member.userId),
          tour,
        ),
      };
      // The closed internal phase is a rule for changes, not for what already happened in it.
      const problems = publishProblems(rule, bookings).filter((problem) => problem.rule !== "phaseOpen");
      expect(problems, tour.title).toEqual([]);
      const booked = tour.status === "PUBLISHED" || tour.status === "COMPLETED";
      expect(await bookingCounts(tour.id), tour.title).toEqual({
        sites: booked ? tour.stops.length : 0,
        people: booked ? tour.delegation.length : 0,
      });
    }
  });
});

// ───────────────────────────── Creating and editing ─────────────────────────────

describe("creating and editing a tour", () => {
  it("saves a draft with its stops, delegation and guests, audited, holding nothing yet", async () => {
    const draft = await createDraft({
      title: "草稿：两站观摩",
      date: "2022-09-01",
      stops: [
        ["jiaotou-station", "09:20", "10:20"],
        ["chengtou-office", "10:40", "11:40"],
      ],
      members: ["leader", "observer", "sec-chengtou"],
      guests: 1,
    });
    expect(draft).toMatchObject({ status: "DRAFT", version: 1 });
    expect(draft.state.stops.map((stop) => stop.siteId)).toEqual([site("jiaotou-station"), site("chengtou-office")]);
    expect(draft.state.members.map((member) => [member.userId, member.part, member.isScoring])).toEqual([
      [user("leader"), "HEAD", false],
      [user("observer"), "MEMBER", true],
      [user("sec-chengtou"), "MEMBER", true],
    ]);
    expect(draft.state.guests).toHaveLength(1);
    expect(await bookingCounts(draft.id)).toEqual({ sites: 0, people: 0 });
    expect(await auditActions(draft.id)).toEqual(["tour.create"]);

    // Reorder the stops (and their times), drop a member, rename: one save, a new version.
    const state = draft.state;
    const moved = {
      ...state,
      title: "草稿：两站观摩（调整）",
      stops: [
        { ...state.stops[1]!, arriveTime: "09:20", departTime: "10:20" },
        { ...state.stops[0]!, arriveTime: "10:40", departTime: "11:40" },
      ],
      members: state.members.slice(0, 2),
    };
    const saved = expectOk(
      await updateTourAction(null, { ...toPayload(moved), tourId: draft.id, version: draft.version }),
    );
    expect(saved.version).toBe(2);
    // The stops kept their ids: scores and remarks on them would stay attached.
    expect(saved.state.stops.map((stop) => stop.id)).toEqual([state.stops[1]!.id, state.stops[0]!.id]);
    expect(saved.state.members).toHaveLength(2);
    expect(await auditActions(draft.id)).toEqual(["tour.create", "tour.update"]);
    const audit = await database.auditLog.findFirstOrThrow({
      where: { entityId: String(draft.id), action: "tour.update" },
    });
    expect(audit.before).toMatchObject({ title: "草稿：两站观摩", version: 1 });
    expect(audit.after).toMatchObject({ title: "草稿：两站观摩（调整）", version: 2 });
  });

  it("refuses a save based on a stale version and keeps the other person's change", async () => {
    const draft = await createDraft({
      title: "版本测试",
      date: "2022-09-02",
      stops: [["dianxin-cloud", "09:30", "10:30"]],
    });
    const first = expectOk(
      await updateTourAction(null, {
        ...toPayload({ ...draft.state, title: "甲的修改" }),
        tourId: draft.id,
        version: 1,
      }),
    );
    expect(first.version).toBe(2);
    const stale = await updateTourAction(null, {
      ...toPayload({ ...draft.state, title: "乙的修改" }),
      tourId: draft.id,
      version: 1,
    });
    expect(refusal(stale)[0]).toBe(
      "该观摩活动已被他人修改（您打开的是第1版，当前为第2版）。为避免覆盖他人的修改，本次操作未生效，请刷新页面后重新操作。",
    );
    expect(await tourRow(draft.id)).toMatchObject({ title: "甲的修改", version: 2 });
    // State changes carry the version too.
    const stalePublish = await publishTourAction(null, { tourId: draft.id, version: 1 });
    expect(refusal(stalePublish)[0]).toContain("已被他人修改");
    expect((await tourRow(draft.id)).status).toBe("DRAFT");
  });

  it("answers every mistake in the form at once, each under its field", async () => {
    await asAdmin();
    const result = await createTourAction(null, {
      ...payloadOf({ title: "", date: "2022-09-31", stops: [["dianxin-cloud", "10:00", "09:00"]] }),
      endTime: "",
      members: [
        { userId: user("leader"), part: "HEAD", isScoring: false },
        { userId: user("leader"), part: "HEAD", isScoring: false },
      ],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors).toMatchObject({
      title: ["请填写活动名称"],
      date: ["日期无效"],
      endTime: ["请填写结束时间（如 17:30）"],
      stops: ["第1站：离开时间须晚于到达时间"],
      members: ["第2位成员与第1位是同一人，请删去重复的一行", "观摩团只能有一位团长，现有2位"],
    });
  });
});

// ───────────────────────────── Each rule through the actions ─────────────────────────────

describe("the scheduling rules, enforced by the server", () => {
  it("a tour's date lies inside its phase's window", async () => {
    await asAdmin();
    const result = await createTourAction(null, payloadOf({ title: "阶段外", date: "2022-10-08" }));
    expect(refusal(result)).toContain(
      "活动日期2022年10月8日不在「交叉观摩」阶段的时间范围（2022年7月1日 – 2022年9月30日）内",
    );
  });

  it("a closed phase takes no new tours", async () => {
    await asAdmin();
    const result = await createTourAction(
      null,
      payloadOf({ title: "已结束阶段", date: "2022-05-10", phase: "INTERNAL" }),
    );
    expect(refusal(result)).toContain("「内部观摩」阶段已结束，不能再安排或修改其中的观摩活动");
  });

  it("stops lie inside the tour's window", async () => {
    await asAdmin();
    const result = await createTourAction(
      null,
      payloadOf({ title: "超出时间", date: "2022-09-03", stops: [["dianxin-cloud", "11:30", "12:30"]] }),
    );
    expect(refusal(result)).toContain(
      `第1站「${siteName("dianxin-cloud")}」安排在11:30–12:30，超出了活动时间09:00–12:00`,
    );
  });

  it("stops do not overlap", async () => {
    await asAdmin();
    const result = await createTourAction(
      null,
      payloadOf({
        title: "站点重叠",
        date: "2022-09-03",
        stops: [
          ["dianxin-cloud", "09:00", "10:30"],
          ["youzheng-delivery", "10:00", "11:00"],
        ],
      }),
    );
    expect(refusal(result)).toContain(
      `第2站「${siteName("youzheng-delivery")}」（10:00–11:00）与第1站「${siteName("dianxin-cloud")}」（09:00–10:30）时间重叠`,
    );
  });

  it("consecutive stops at different sites leave the phase's travel time", async () => {
    await asAdmin();
    const result = await createTourAction(
      null,
      payloadOf({
        title: "路程不足",
        date: "2022-09-03",
        stops: [
          ["dianxin-cloud", "09:00", "10:00"],
          ["youzheng-delivery", "10:05", "11:00"],
        ],
      }),
    );
    expect(refusal(result)).toContain(
      `第1站「${siteName("dianxin-cloud")}」10:00离开，第2站「${siteName("youzheng-delivery")}」10:05到达，只留出5分钟路程；` +
        "「交叉观摩」阶段要求不同观摩点之间至少留出15分钟",
    );
    // The minimum is the phase's setting, not a constant.
    await database.phase.update({ where: { id: phaseIds.get("CROSS")! }, data: { travelMinutes: 5 } });
    try {
      const allowed = await createTourAction(
        null,
        payloadOf({
          title: "路程五分钟",
          date: "2022-09-03",
          stops: [
            ["dianxin-cloud", "09:00", "10:00"],
            ["youzheng-delivery", "10:05", "11:00"],
          ],
        }),
      );
      expect(allowed.ok).toBe(true);
    } finally {
      await database.phase.update({ where: { id: phaseIds.get("CROSS")! }, data: { travelMinutes: 15 } });
    }
  });

  it("a delegation (members and guests) is not larger than a stop's site capacity", async () => {
    await asAdmin();
    // 变电运行党员示范岗 takes 20: one head and 20 guests make 21.
    const result = await createTourAction(
      null,
      payloadOf({
        title: "人数超限",
        date: "2022-09-03",
        stops: [["gongdian-operation", "09:30", "10:30"]],
        members: ["leader"],
        guests: 20,
      }),
    );
    expect(refusal(result)).toContain(
      `观摩团共21人（成员1人、嘉宾20人），超过第1站「${siteName("gongdian-operation")}」的接待容量20人`,
    );
  });

  it("an inactive site cannot be used", async () => {
    await asAdmin();
    await database.site.update({ where: { id: site("shihua-depot") }, data: { isActive: false } });
    try {
      const result = await createTourAction(
        null,
        payloadOf({ title: "停用观摩点", date: "2022-09-03", stops: [["shihua-depot", "09:30", "10:30"]] }),
      );
      expect(refusal(result)).toContain(`第1站的观摩点「${siteName("shihua-depot")}」已停用，不能安排观摩`);
    } finally {
      await database.site.update({ where: { id: site("shihua-depot") }, data: { isActive: true } });
    }
  });

  it("a site hosts one tour at a time: drafts may overlap, publishing names the other tour", async () => {
    const first = await createPublished({
      title: "观摩点占用甲",
      date: "2022-09-05",
      stops: [["yidong-network", "09:20", "10:30"]],
      members: ["leader-deputy1"],
    });
    const second = await createDraft({
      title: "观摩点占用乙",
      date: "2022-09-05",
      window: ["10:00", "12:00"],
      stops: [["yidong-network", "10:00", "11:00"]],
      members: ["leader-deputy2"],
    });
    // A second draft on the same site and time is fine: drafts are only told at publish.
    const third = await createDraft({
      title: "观摩点占用丙",
      date: "2022-09-05",
      window: ["10:00", "12:00"],
      stops: [["yidong-network", "10:00", "11:00"]],
      members: ["sec-liantong"],
    });
    expect(third.status).toBe("DRAFT");

    const refused = await publishTourAction(null, { tourId: second.id, version: second.version });
    expect(refusal(refused)[0]).toBe(
      `未能发布：观摩点「${siteName("yidong-network")}」2022年9月5日 09:20–10:30已安排已发布的观摩活动「观摩点占用甲」，` +
        "与本活动第1站（10:00–11:00）时间重叠；同一观摩点同一时间只能接待一个观摩活动",
    );
    expect(await tourRow(second.id)).toMatchObject({ status: "DRAFT", version: 1 });
    expect(await bookingCounts(second.id)).toEqual({ sites: 0, people: 0 });

    // Moving the published tour's stop to another site frees this one for the second.
    const moved = expectOk(
      await updateTourAction(null, {
        ...toPayload({
          ...first.state,
          stops: [{ ...first.state.stops[0]!, siteId: site("yidong-government") }],
        }),
        tourId: first.id,
        version: first.version,
      }),
    );
    expect(moved.version).toBe(first.version + 1);
    const published = expectOk(await publishTourAction(null, { tourId: second.id, version: second.version }));
    expect(published.status).toBe("PUBLISHED");
  });

  it("a published tour's edits pass the same checks, and a refused edit changes nothing", async () => {
    const holder = await createPublished({
      title: "已发布占用",
      date: "2022-09-06",
      stops: [["dianxin-cloud", "10:30", "11:30"]],
      members: ["sec-youzheng"],
    });
    const tour = await createPublished({
      title: "已发布待改",
      date: "2022-09-06",
      stops: [["dianxin-cloud", "09:00", "10:00"]],
      members: ["sec-shihua"],
    });
    const overlapping = await updateTourAction(null, {
      ...toPayload({ ...tour.state, stops: [{ ...tour.state.stops[0]!, departTime: "11:00" }] }),
      tourId: tour.id,
      version: tour.version,
    });
    expect(refusal(overlapping)[0]).toContain("已安排已发布的观摩活动「已发布占用」");
    // Without a head a published tour is no longer publishable: refused too.
    const headless = await updateTourAction(null, {
      ...toPayload({
        ...tour.state,
        members: tour.state.members.map((member) => ({ ...member, part: "MEMBER" as const })),
      }),
      tourId: tour.id,
      version: tour.version,
    });
    expect(refusal(headless)).toContain("请指定观摩团团长");
    expect(await tourRow(tour.id)).toMatchObject({ version: tour.version });
    const booking = await database.tourSiteBooking.findFirstOrThrow({ where: { tourId: tour.id } });
    expect(booking.endsAt).toEqual(new Date("2022-09-06T02:00:00Z"));
    expect(holder.status).toBe("PUBLISHED");

    // An accepted edit moves the bookings with it.
    const later = expectOk(
      await updateTourAction(null, {
        ...toPayload({ ...tour.state, stops: [{ ...tour.state.stops[0]!, arriveTime: "09:30", departTime: "10:15" }] }),
        tourId: tour.id,
        version: tour.version,
      }),
    );
    expect(later.version).toBe(tour.version + 1);
    const moved = await database.tourSiteBooking.findFirstOrThrow({ where: { tourId: tour.id } });
    expect([moved.startsAt, moved.endsAt]).toEqual([
      new Date("2022-09-06T01:30:00Z"),
      new Date("2022-09-06T02:15:00Z"),
    ]);
  });

  it("a person is on one tour at a time, named with the other tour", async () => {
    await createPublished({
      title: "人员占用甲",
      date: "2022-09-07",
      window: ["14:00", "17:00"],
      stops: [["desay-plant1", "14:20", "15:20"]],
      members: ["leader-deputy2", "sec-dianxin"],
    });
    const second = await createDraft({
      title: "人员占用乙",
      date: "2022-09-07",
      window: ["16:00", "18:00"],
      stops: [["chantou-park", "16:20", "17:20"]],
      members: ["sec-nengtou", "sec-dianxin"],
    });
    const refused = await publishTourAction(null, { tourId: second.id, version: second.version });
    expect(refusal(refused)[0]).toBe(
      `未能发布：${userNames.get(user("sec-dianxin"))}2022年9月7日 14:00–17:00已参加已发布的观摩活动「人员占用甲」，` +
        "与本活动（16:00–18:00）时间重叠；同一人同一时间只能参加一个观摩活动",
    );
    expect((await tourRow(second.id)).status).toBe("DRAFT");
  });
});

// ───────────────────────────── Publishing ─────────────────────────────

describe("publishing", () => {
  it("lists every problem at once", async () => {
    await createPublished({
      title: "全部问题·占用",
      date: "2022-09-08",
      stops: [["liantong-network", "09:20", "10:20"]],
      members: ["leader-deputy1", "sec-gangtou"],
    });
    // A draft that was fine when saved: no head yet, and since then its second site was switched off.
    const draft = await createDraft({
      title: "全部问题·待发布",
      date: "2022-09-08",
      stops: [
        ["liantong-network", "09:00", "10:00"],
        ["shihua-huicheng", "10:30", "11:30"],
      ],
      members: [],
    });
    const withMembers = expectOk(
      await updateTourAction(null, {
        ...toPayload(draft.state),
        members: [{ userId: user("sec-gangtou"), part: "MEMBER", isScoring: true }],
        tourId: draft.id,
        version: draft.version,
      }),
    );
    await database.site.update({ where: { id: site("shihua-huicheng") }, data: { isActive: false } });
    try {
      const result = await publishTourAction(null, { tourId: draft.id, version: withMembers.version });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error).toBe("未能发布，发现4个问题，请逐项修改：");
      expect(result.fieldErrors?.problems).toEqual([
        "请指定观摩团团长",
        `第2站的观摩点「${siteName("shihua-huicheng")}」已停用，不能安排观摩`,
        `观摩点「${siteName("liantong-network")}」2022年9月8日 09:20–10:20已安排已发布的观摩活动「全部问题·占用」，` +
          "与本活动第1站（09:00–10:00）时间重叠；同一观摩点同一时间只能接待一个观摩活动",
        `${userNames.get(user("sec-gangtou"))}2022年9月8日 09:00–12:00已参加已发布的观摩活动「全部问题·占用」，` +
          "与本活动（09:00–12:00）时间重叠；同一人同一时间只能参加一个观摩活动",
      ]);
      expect((await tourRow(draft.id)).status).toBe("DRAFT");
    } finally {
      await database.site.update({ where: { id: site("shihua-huicheng") }, data: { isActive: true } });
    }
  });

  it("books the sites and people, notifies the delegation and is audited", async () => {
    const tour = await createPublished({
      title: "发布与通知",
      date: "2022-09-09",
      stops: [
        ["guotou-office", "09:20", "10:20"],
        ["chantou-park", "10:40", "11:40"],
      ],
      members: ["leader", "secretary"],
    });
    expect(tour).toMatchObject({ status: "PUBLISHED", version: 2 });
    expect(await bookingCounts(tour.id)).toEqual({ sites: 2, people: 2 });
    const notices = await database.notification.findMany({ where: { link: `/tours/${tour.id}` } });
    expect(notices.map((notice) => notice.userId).sort()).toEqual([user("leader"), user("secretary")].sort());
    expect(notices[0]?.title).toBe("观摩活动已发布：发布与通知");
    expect(await auditActions(tour.id)).toEqual(["tour.create", "tour.publish"]);
  });
});

// ───────────────────────────── Two staff at the same moment ─────────────────────────────

describe("two staff publishing conflicting tours at the same moment", () => {
  it("lets exactly one succeed; the other gets the conflict message naming the first (Promise.all)", async () => {
    const a = await createDraft({
      title: "并发甲",
      date: "2022-09-12",
      stops: [["gangtou-logistics", "09:20", "10:20"]],
      members: ["leader-deputy1"],
    });
    const b = await createDraft({
      title: "并发乙",
      date: "2022-09-12",
      stops: [["gangtou-logistics", "10:00", "11:00"]],
      members: ["leader-deputy2"],
    });
    const results = await Promise.all([
      publishTourAction(null, { tourId: a.id, version: a.version }),
      publishTourAction(null, { tourId: b.id, version: b.version }),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    const winner = results[0]!.ok ? "并发甲" : "并发乙";
    const loser = results.find((result) => !result.ok)!;
    expect(refusal(loser)[0]).toContain(`已安排已发布的观摩活动「${winner}」`);
    expect(await database.tourSiteBooking.count({ where: { tourId: { in: [a.id, b.id] } } })).toBe(1);
  });

  it("holds over many rounds, for sites and for people", async () => {
    for (let round = 0; round < 6; round++) {
      const date = `2022-09-${String(13 + round).padStart(2, "0")}`;
      const bySite = round % 2 === 0;
      const first = await createDraft({
        title: `并发轮次${round}·一`,
        date,
        stops: [[bySite ? "shuiwu-quality" : "jiaotou-highway", "09:20", "10:20"]],
        members: [bySite ? "sec-guotou" : "sec-chantou"],
      });
      const second = await createDraft({
        title: `并发轮次${round}·二`,
        date,
        stops: [[bySite ? "shuiwu-quality" : "chengtou-housing", "09:40", "10:40"]],
        members: [bySite ? "sec-desay" : "sec-chantou"],
      });
      const results = await Promise.all([
        publishTourAction(null, { tourId: first.id, version: first.version }),
        publishTourAction(null, { tourId: second.id, version: second.version }),
      ]);
      expect(
        results.filter((result) => result.ok),
        `round ${round}`,
      ).toHaveLength(1);
      const winner = results[0]!.ok ? first : second;
      const loser = results[0]!.ok ? results[1]! : results[0]!;
      const name = (await tourRow(winner.id)).title;
      expect(refusal(loser)[0], `round ${round}`).toContain(`观摩活动「${name}」`);
      const statuses = (await database.tour.findMany({ where: { id: { in: [first.id, second.id] } } })).map(
        (t) => t.status,
      );
      expect(statuses.sort()).toEqual(["DRAFT", "PUBLISHED"]);
    }
  });

  it("stops the second in the database even when its check saw nothing (exclusion constraint, 23P01)", async () => {
    const a = await createDraft({
      title: "数据库把关甲",
      date: "2022-09-20",
      stops: [["yidong-government", "09:20", "10:20"]],
      members: ["sec-yidong"],
    });
    const b = await createDraft({
      title: "数据库把关乙",
      date: "2022-09-20",
      stops: [["yidong-government", "09:30", "10:30"]],
      members: ["sec-youzheng"],
    });
    // Someone else's transaction publishes A and books its site, and has not committed yet.
    let commit!: () => void;
    const gate = new Promise<void>((resolve) => (commit = resolve));
    const other = database.$transaction(async (tx) => {
      await tx.tour.update({ where: { id: a.id }, data: { status: "PUBLISHED", version: { increment: 1 } } });
      await holdBookings(tx as never, [a.id]);
      await gate;
    });
    // B's checks cannot see A's uncommitted booking; its own booking waits on A's at the constraint.
    const publishing = publishTourAction(null, { tourId: b.id, version: b.version });
    await waitForLockWait();
    commit();
    await other;
    const result = await publishing;
    expect(refusal(result)[0]).toContain("已安排已发布的观摩活动「数据库把关甲」");
    expect(await tourRow(b.id)).toMatchObject({ status: "DRAFT", version: b.version });
  });

  it("has the constraint refuse overlapping bookings written without any check", async () => {
    const a = await createPublished({
      title: "约束甲",
      date: "2022-09-21",
      stops: [["gangtou-port", "09:20", "10:20"]],
      members: ["sec-liangshi"],
    });
    const b = await createDraft({
      title: "约束乙",
      date: "2022-09-21",
      stops: [["gangtou-port", "10:00", "11:00"]],
      members: ["sec-gongdian"],
    });
    const error = await database
      .$transaction(async (tx) => {
        await tx.tour.update({ where: { id: b.id }, data: { status: "PUBLISHED" } });
        await holdBookings(tx as never, [b.id]);
      })
      .catch((caught: unknown) => caught);
    expect(isExclusionViolation(error)).toBe(true);
    expect(a.status).toBe("PUBLISHED");
    // Editing a booked stop's time in place is checked as well: the booking follows its stop.
    const stopId = a.state.stops[0]!.id!;
    const moved = await database.tourStop
      .update({ where: { id: stopId }, data: { departAt: new Date("2022-09-21T03:00:00Z") } })
      .then(() => database.tourSiteBooking.findUniqueOrThrow({ where: { stopId } }));
    expect(moved.endsAt).toEqual(new Date("2022-09-21T03:00:00Z"));
  });
});

/** Waits until some backend of the test database waits for a lock (a booking held by another transaction). */
async function waitForLockWait() {
  for (let attempt = 0; attempt < 100; attempt++) {
    const [row] = await database.$queryRaw<{ waiting: number }[]>`
      SELECT count(*)::int AS waiting FROM pg_stat_activity
      WHERE datname = current_database() AND wait_event_type = 'Lock'`;
    if ((row?.waiting ?? 0) > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("the second publish never waited on the first one's booking");
}

// ───────────────────────────── Completing and cancelling ─────────────────────────────

describe("completing and cancelling", () => {
  it("completes a published tour after it ended, keeping its bookings; then it is read-only", async () => {
    const tour = await createPublished({
      title: "完成测试",
      date: "2022-09-22",
      stops: [["chengtou-office", "09:20", "10:20"]],
      members: ["sec-desay"],
    });
    const done = expectOk(await completeTourAction(null, { tourId: tour.id, version: tour.version }));
    expect(done.status).toBe("COMPLETED");
    expect(await bookingCounts(tour.id)).toEqual({ sites: 1, people: 1 });
    const edit = await updateTourAction(null, { ...toPayload(done.state), tourId: tour.id, version: done.version });
    expect(refusal(edit)[0]).toBe("已完成的观摩活动不能再修改");
    const cancel = await cancelTourAction(null, { tourId: tour.id, version: done.version, reason: "改期" });
    expect(refusal(cancel)[0]).toBe("已完成的观摩活动不能取消");
    expect(await auditActions(tour.id)).toEqual(["tour.create", "tour.publish", "tour.complete"]);
  });

  it("refuses to complete a draft", async () => {
    const draft = await createDraft({ title: "草稿不能完成", date: "2022-09-23" });
    const result = await completeTourAction(null, { tourId: draft.id, version: draft.version });
    expect(refusal(result)[0]).toBe("只有已发布的观摩活动可以标记为已完成，该观摩活动草稿");
  });

  it("cancels with a reason, freeing the site for another tour", async () => {
    const tour = await createPublished({
      title: "取消测试",
      date: "2022-09-23",
      stops: [["shihua-depot", "09:20", "10:20"]],
      members: ["sec-shihua"],
    });
    const noReason = await cancelTourAction(null, { tourId: tour.id, version: tour.version, reason: " " });
    expect(noReason.ok).toBe(false);
    if (!noReason.ok) expect(noReason.fieldErrors?.reason).toEqual(["请填写取消原因"]);

    const cancelled = expectOk(
      await cancelTourAction(null, { tourId: tour.id, version: tour.version, reason: "台风预警，改期举行" }),
    );
    expect(cancelled).toMatchObject({ status: "CANCELLED", cancelReason: "台风预警，改期举行" });
    expect(await bookingCounts(tour.id)).toEqual({ sites: 0, people: 0 });
    const replacement = await createPublished({
      title: "取消后改约",
      date: "2022-09-23",
      stops: [["shihua-depot", "09:20", "10:20"]],
      members: ["sec-shihua"],
    });
    expect(replacement.status).toBe("PUBLISHED");
    expect(await auditActions(tour.id)).toEqual(["tour.create", "tour.publish", "tour.cancel"]);
    const edit = await updateTourAction(null, {
      ...toPayload(cancelled.state),
      tourId: tour.id,
      version: cancelled.version,
    });
    expect(refusal(edit)[0]).toBe("已取消的观摩活动不能再修改");
  });

  it("keeps stops and scorers that already have score sheets", async () => {
    // The demo's published cross-phase tour has submitted sheets on its first stop.
    const tour = await database.tour.findFirstOrThrow({
      where: { title: "交叉观摩第二组" },
      include: { stops: { orderBy: { sequence: "asc" } } },
    });
    await asAdmin();
    const editing = (await findTourForEditing(tour.id, database))!;
    expect(editing.state.stops[0]!.hasScores).toBe(true);
    const result = await updateTourAction(null, {
      ...toPayload({ ...editing.state, stops: editing.state.stops.slice(1) }),
      tourId: tour.id,
      version: editing.version,
    });
    expect(refusal(result)).toContain(`第1站「${siteName("chengtou-housing")}」已有评分或互动交流记录，不能删除`);
    expect(await database.tourStop.count({ where: { tourId: tour.id } })).toBe(tour.stops.length);
  });
});

// ───────────────────────────── Who may ─────────────────────────────

describe("access", () => {
  it.each(["secretary", "leader"])(
    "a %s can neither create nor change tours, and nothing changes",
    async (username) => {
      const draft = await createDraft({
        title: `权限测试·${username}`,
        date: "2022-09-26",
        stops: [["desay-research", "09:20", "10:20"]],
        members: ["leader"],
      });
      const toursBefore = await database.tour.count();
      const auditBefore = await database.auditLog.count();
      await actAs(user(username));
      const attempts = [
        await createTourAction(null, payloadOf({ title: "越权新建", date: "2022-09-26" })),
        await updateTourAction(null, {
          ...toPayload({ ...draft.state, title: "越权修改" }),
          tourId: draft.id,
          version: 1,
        }),
        await publishTourAction(null, { tourId: draft.id, version: 1 }),
        await completeTourAction(null, { tourId: draft.id, version: 1 }),
        await cancelTourAction(null, { tourId: draft.id, version: 1, reason: "越权取消" }),
      ];
      for (const attempt of attempts) expect(refusal(attempt)[0]).toBe("您没有执行此操作的权限");
      expect(await database.tour.count()).toBe(toursBefore);
      expect(await tourRow(draft.id)).toMatchObject({ title: `权限测试·${username}`, status: "DRAFT", version: 1 });
      expect(await database.auditLog.count()).toBe(auditBefore);
    },
  );
});

// ───────────────────────────── The list at scale ─────────────────────────────

describe("the /tours list", () => {
  it("costs the same two statements for 1,000 tours in a phase as for one", async () => {
    const campaign = await database.campaign.create({ data: { year: 2099, name: "规模测试", goals: [] } });
    const phase = await database.phase.create({
      data: {
        campaignId: campaign.id,
        kind: "INTERNAL",
        sequence: 1,
        name: "规模测试阶段",
        startsOn: new Date("2099-01-01T00:00:00Z"),
        endsOn: new Date("2099-12-30T00:00:00Z"),
      },
    });
    const small = await database.phase.create({
      data: {
        campaignId: campaign.id,
        kind: "CROSS",
        sequence: 2,
        name: "规模对照阶段",
        // Phase windows never overlap (Phase_windows_do_not_overlap), so the comparison phase gets a day of its own.
        startsOn: new Date("2099-12-31T00:00:00Z"),
        endsOn: new Date("2099-12-31T00:00:00Z"),
      },
    });
    try {
      const day = (index: number) => new Date(Date.UTC(2099, 0, 1 + (index % 360), 1));
      const tours = await database.tour.createManyAndReturn({
        data: Array.from({ length: 1000 }, (_, index) => ({
          phaseId: phase.id,
          title: `规模测试${index + 1}`,
          startsAt: day(index),
          endsAt: new Date(day(index).getTime() + 3 * 3_600_000),
          createdById: user("admin"),
        })),
        select: { id: true, startsAt: true },
      });
      await database.tour.create({
        data: {
          phaseId: small.id,
          title: "规模对照",
          startsAt: new Date(Date.UTC(2099, 11, 31, 1)),
          endsAt: new Date(Date.UTC(2099, 11, 31, 2)),
          createdById: user("admin"),
        },
      });
      await database.tourStop.createMany({
        data: tours.flatMap((tour) =>
          [0, 1].map((sequence) => ({
            tourId: tour.id,
            siteId: site(sequence === 0 ? "jiaotou-station" : "chengtou-office"),
            sequence: sequence + 1,
            arriveAt: new Date(tour.startsAt.getTime() + sequence * 5_400_000),
            departAt: new Date(tour.startsAt.getTime() + sequence * 5_400_000 + 3_600_000),
            programme: ["BRIEFING" as const],
          })),
        ),
      });
      await database.delegationMember.createMany({
        data: tours.flatMap((tour) =>
          ["leader", "secretary", "observer"].map((username, index) => ({
            tourId: tour.id,
            userId: user(username),
            part: index === 0 ? ("HEAD" as const) : ("MEMBER" as const),
          })),
        ),
      });

      const counted = countingClient();
      try {
        const big = await counted.measure(() =>
          tourListPage({ phase: phase.id, status: null, page: 1 }, { includeDrafts: true }, counted.client, 1000),
        );
        expect(big.result.rows).toHaveLength(1000);
        expect(big.result.total).toBe(1000);
        expect(big.result.rows[0]).toMatchObject({
          siteNames: [siteName("jiaotou-station"), siteName("chengtou-office")],
          headName: userNames.get(user("leader")),
          memberCount: 3,
        });

        const paged = await counted.measure(() =>
          tourListPage({ phase: phase.id, status: "DRAFT", page: 3 }, { includeDrafts: true }, counted.client),
        );
        expect(paged.result.rows).toHaveLength(50);
        expect(paged.result.pageCount).toBe(20);

        const one = await counted.measure(() =>
          tourListPage({ phase: small.id, status: null, page: 1 }, { includeDrafts: true }, counted.client),
        );
        expect(one.result.rows).toHaveLength(1);

        // A leader's list leaves the drafts out.
        const leaders = await counted.measure(() =>
          tourListPage({ phase: phase.id, status: null, page: 1 }, { includeDrafts: false }, counted.client),
        );
        expect(leaders.result.total).toBe(0);

        // The phases for the filter, then the page of tours with everything shown for each.
        expect(big.statements).toBe(2);
        expect(paged.statements).toBe(2);
        expect(one.statements).toBe(2);
        expect(leaders.statements).toBe(2);
      } finally {
        await counted.client.$disconnect();
      }
    } finally {
      await database.tour.deleteMany({ where: { phaseId: { in: [phase.id, small.id] } } });
      await database.phase.deleteMany({ where: { id: { in: [phase.id, small.id] } } });
      await database.campaign.delete({ where: { id: campaign.id } });
    }
  });
});

describe("the conflict queries", () => {
  it("probe the exclusion constraints' GiST indexes (indexed range queries)", async () => {
    const counted = countingClient();
    const statements: { query: string; params: string }[] = [];
    counted.onQuery((event) => statements.push(event));
    try {
      const window = { startsAt: new Date("2022-08-18T01:00:00Z"), endsAt: new Date("2022-08-18T04:00:00Z") };
      await findSiteBookings(counted.client as never, null, [
        { siteId: site("chengtou-housing"), arriveAt: window.startsAt, departAt: window.endsAt },
      ]);
      await findPersonBookings(counted.client as never, null, [user("observer")], window);
      expect(statements).toHaveLength(2);
      for (const [statement, index] of [
        [statements[0]!, "TourSiteBooking_site_overlap_excl"],
        [statements[1]!, "TourPersonBooking_person_overlap_excl"],
      ] as const) {
        const plan = await database.$transaction(async (tx) => {
          // The demo tables are small enough for a sequential scan; forbid it to see whether the index serves.
          await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
          const rows = await tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
            `EXPLAIN ${statement.query}`,
            ...(JSON.parse(statement.params) as unknown[]),
          );
          return rows.map((row) => row["QUERY PLAN"]).join("\n");
        });
        if (process.env.SHOW_PLAN) console.log(plan);
        expect(plan).toContain(index);
      }
    } finally {
      await counted.client.$disconnect();
    }
  });
});

/** A client that counts the SQL statements it sends. */
function countingClient() {
  const client = new PrismaClient({
    adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL!, max: 2 }),
    log: [{ emit: "event", level: "query" }],
  });
  let statements = 0;
  const listeners: ((event: { query: string; params: string }) => void)[] = [];
  client.$on("query", (event) => {
    statements++;
    for (const listener of listeners) listener(event);
  });
  return {
    client: client as unknown as Database,
    onQuery(listener: (event: { query: string; params: string }) => void) {
      listeners.push(listener);
    },
    async measure<T>(run: () => Promise<T>) {
      const before = statements;
      const result = await run();
      return { result, statements: statements - before };
    },
  };
}

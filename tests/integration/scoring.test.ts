import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createPrismaClient } from "@/lib/prisma-client";
import { seedDemoData } from "@/prisma/seed";
import { saveScoreSheetAction, submitScoreSheetAction, unlockScoreSheetAction } from "@/lib/scoring/actions";
import { listStopsToScore } from "@/lib/scoring/queries";
import { OWN_ENTERPRISE_MESSAGE, STALE_MESSAGE, SUBMITTED_MESSAGE } from "@/lib/scoring/sheet-rules";
import type { SessionUser } from "@/lib/auth/session-user";
import { actAs } from "@/tests/support/request-context";
import {
  createActiveRubric,
  createCampaign,
  createPhase,
  createTour,
  removeCampaign,
  siteId,
  storedScores,
  userId,
  type FixtureRubric,
} from "@/tests/support/scoring-fixtures";

vi.mock("next/headers", () => import("@/tests/support/request-context"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

// Scoring rules through the real server actions, as real users, on a campaign of this file's own
// (the demo campaign's rankings stay as other test files expect them).
const database = createPrismaClient(process.env.DATABASE_URL!, 4);

const people = {} as Record<"admin" | "leader" | "observer" | "secretary" | "chengtou" | "yidong", number>;
let cross: {
  phaseId: number;
  rubric: FixtureRubric;
  tourId: number;
  chengtouStop: number;
  jiaotouStop: number;
  gongdianStop: number;
};
let internal: { phaseId: number; rubric: FixtureRubric; stops: number[] };
let year: number;
let campaignId: number;

type Scores = Record<string, number | null>;
/** Scores by position in the rubric: full([40, 30, 20, 10]) → { [item1]: 40, … }. */
function scoresOf(rubric: FixtureRubric, values: (number | null)[]): Scores {
  return Object.fromEntries(rubric.items.map((item, index) => [String(item.id), values[index] ?? null]));
}

async function save(stopId: number, baseVersion: number, scores: Record<string, unknown>, comment = "") {
  return saveScoreSheetAction(null, { stopId, baseVersion, scores, comment });
}

async function sheetOf(stopId: number, scorerId: number) {
  return database.scoreSheet.findUnique({ where: { stopId_scorerId: { stopId, scorerId } } });
}

async function auditCount(action: string, sheetId: number) {
  return database.auditLog.count({ where: { action, entityType: "ScoreSheet", entityId: String(sheetId) } });
}

beforeAll(async () => {
  await seedDemoData(database);
  for (const [key, username] of [
    ["admin", "admin"],
    ["leader", "leader"],
    ["observer", "observer"],
    ["secretary", "secretary"],
    ["chengtou", "sec-chengtou"],
    ["yidong", "sec-yidong"],
  ] as const) {
    people[key] = await userId(database, username);
  }
  const campaign = await createCampaign(database);
  year = campaign.year;
  campaignId = campaign.id;

  const crossPhase = await createPhase(database, campaign, "CROSS");
  const crossRubric = await createActiveRubric(database, crossPhase.id);
  const crossTour = await createTour(database, {
    phaseId: crossPhase.id,
    year,
    sites: [
      await siteId(database, "安置房项目一线党建驿站"),
      await siteId(database, "惠州汽车总站“红色驿站”"),
      await siteId(database, "变电运行党员示范岗"),
    ],
    scorers: [people.observer, people.leader, people.secretary],
    attendees: [people.chengtou],
  });
  cross = {
    phaseId: crossPhase.id,
    rubric: crossRubric,
    tourId: crossTour.id,
    chengtouStop: crossTour.stops[0]!,
    jiaotouStop: crossTour.stops[1]!,
    gongdianStop: crossTour.stops[2]!,
  };

  const internalPhase = await createPhase(database, campaign, "INTERNAL");
  const internalRubric = await createActiveRubric(database, internalPhase.id);
  const internalTour = await createTour(database, {
    phaseId: internalPhase.id,
    year,
    sites: [await siteId(database, "惠州汽车总站“红色驿站”"), await siteId(database, "城投集团党建展厅")],
    scorers: [people.observer, people.leader],
  });
  internal = { phaseId: internalPhase.id, rubric: internalRubric, stops: internalTour.stops };
});

afterAll(async () => {
  await removeCampaign(database, campaignId);
  await database.$disconnect();
});

function sessionUser(id: number, enterpriseId: number | null): SessionUser {
  return { id, name: "", title: "", role: "SECRETARY", enterpriseId, enterpriseName: null, mustChangePassword: false };
}

describe("who may score a stop", () => {
  it("lets only the tour's scoring members save; others are told the stop does not exist", async () => {
    for (const outsider of [people.chengtou, people.yidong, people.admin]) {
      await actAs(outsider);
      const result = await save(cross.chengtouStop, 0, scoresOf(cross.rubric, [10]));
      expect(result).toMatchObject({ ok: false, error: "观摩点不存在或您无权查看" });
      expect(await sheetOf(cross.chengtouStop, outsider)).toBeNull();
    }
    await actAs(people.leader);
    const result = await save(cross.chengtouStop, 0, scoresOf(cross.rubric, [10]));
    expect(result).toMatchObject({ ok: true, data: { status: "saved", sheet: { version: 1, total: "10" } } });
  });

  it("offers nothing of a draft tour, even to its scoring members", async () => {
    const draft = await createTour(database, {
      phaseId: cross.phaseId,
      year,
      sites: [await siteId(database, "城投集团党建展厅")],
      scorers: [people.secretary],
      status: "DRAFT",
    });
    await actAs(people.secretary);
    expect(await save(draft.stops[0]!, 0, {})).toMatchObject({ ok: false, error: "观摩点不存在或您无权查看" });
    const { stops } = await listStopsToScore(sessionUser(people.secretary, null));
    expect(stops.map((stop) => stop.stopId)).not.toContain(draft.stops[0]);
  });

  it("keeps a scorer away from their own enterprise in a phase that excludes it, and only there", async () => {
    const jiaotou = (await database.user.findUniqueOrThrow({ where: { id: people.observer } })).enterpriseId;
    const listed = await listStopsToScore(sessionUser(people.observer, jiaotou));
    const listedIds = listed.stops.map((stop) => stop.stopId);
    expect(listedIds).toEqual(expect.arrayContaining([cross.chengtouStop, cross.gongdianStop]));
    expect(listedIds).not.toContain(cross.jiaotouStop);
    expect(listed.excluded).toBeGreaterThanOrEqual(1);

    await actAs(people.observer);
    const refused = await save(cross.jiaotouStop, 0, scoresOf(cross.rubric, [30]));
    expect(refused).toMatchObject({ ok: false, error: OWN_ENTERPRISE_MESSAGE });
    expect(await sheetOf(cross.jiaotouStop, people.observer)).toBeNull();

    // The internal phase does not exclude the own enterprise: the same site is the observer's to score.
    expect(listedIds).toContain(internal.stops[0]);
    expect(await save(internal.stops[0]!, 0, scoresOf(internal.rubric, [30]))).toMatchObject({
      ok: true,
      data: { status: "saved" },
    });
  });
});

describe("the values a sheet accepts", () => {
  const bad: [string, (rubric: FixtureRubric) => Record<string, unknown>][] = [
    ["above the item's maximum", (r) => ({ [r.items[3]!.id]: 10.5 })],
    ["below zero", (r) => ({ [r.items[0]!.id]: -0.5 })],
    ["an odd step", (r) => ({ [r.items[0]!.id]: 7.3 })],
    ["NaN", (r) => ({ [r.items[0]!.id]: Number.NaN })],
    ["infinity", (r) => ({ [r.items[0]!.id]: Number.POSITIVE_INFINITY })],
    ["a numeric string", (r) => ({ [r.items[0]!.id]: "7.5" })],
    ["a word", (r) => ({ [r.items[0]!.id]: "十分" })],
    ["an item of another rubric", () => ({ [internal.rubric.items[0]!.id]: 5 })],
    ["a key that is no item", () => ({ abc: 5 })],
  ];

  beforeAll(async () => {
    await actAs(people.observer);
    expect(await save(cross.gongdianStop, 0, scoresOf(cross.rubric, [20]), "有效的草稿")).toMatchObject({ ok: true });
  });

  it.each(bad)("refuses %s and saves nothing", async (_label, scores) => {
    await actAs(people.observer);
    const before = (await sheetOf(cross.gongdianStop, people.observer))!;
    const storedBefore = await storedScores(database, before.id);
    const result = await save(cross.gongdianStop, before.version, { ...scores(cross.rubric) }, "不应保存");
    expect(result.ok).toBe(false);
    const after = (await sheetOf(cross.gongdianStop, people.observer))!;
    expect(after.version).toBe(before.version);
    expect(after.comment).toBe("有效的草稿");
    expect(await storedScores(database, after.id)).toEqual(storedBefore);
  });

  it("names the item whose value is out of range", async () => {
    await actAs(people.observer);
    const item = cross.rubric.items[3]!;
    const result = await save(cross.gongdianStop, 0, { [item.id]: 11 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.fieldErrors?.[`scores.${item.id}`]).toEqual(["分值须在 0 到 10 分之间"]);
  });

  it("recomputes the total from the stored items", async () => {
    await actAs(people.secretary);
    const result = await save(cross.gongdianStop, 0, scoresOf(cross.rubric, [38.5, 27, null, 9.5]), "初评");
    expect(result).toMatchObject({ ok: true, data: { status: "saved", sheet: { version: 1, total: "75" } } });
    const sheet = await sheetOf(cross.gongdianStop, people.secretary);
    expect(sheet?.total.toString()).toBe("75");
    expect(sheet?.phaseId).toBe(cross.phaseId);
  });
});

describe("versions", () => {
  it("answers a stale save with the newer values and never overwrites them", async () => {
    await actAs(people.leader);
    const stop = cross.gongdianStop;
    const first = await save(stop, 0, scoresOf(cross.rubric, [30]), "第一台设备");
    expect(first).toMatchObject({ ok: true, data: { sheet: { version: 1 } } });
    const second = await save(stop, 1, scoresOf(cross.rubric, [35, 25]), "第二台设备");
    expect(second).toMatchObject({ ok: true, data: { status: "saved", sheet: { version: 2, total: "60" } } });

    // The first device, still on version 1, saves again.
    const stale = await save(stop, 1, scoresOf(cross.rubric, [1, 1, 1, 1]), "旧页面");
    expect(stale).toMatchObject({
      ok: true,
      data: { status: "conflict", message: STALE_MESSAGE, sheet: { version: 2, total: "60", comment: "第二台设备" } },
    });
    if (stale.ok) {
      expect(stale.data.sheet.scores).toEqual({
        [cross.rubric.items[0]!.id]: "35",
        [cross.rubric.items[1]!.id]: "25",
      });
    }
    const sheet = (await sheetOf(stop, people.leader))!;
    expect(sheet.version).toBe(2);
    expect(sheet.comment).toBe("第二台设备");
    expect(await database.scoreSheetRevision.count({ where: { sheetId: sheet.id } })).toBe(2);
    expect(await auditCount("scoreSheet.save", sheet.id)).toBe(2);
  });

  it("loses no update among 50 concurrent saves of one sheet", async () => {
    await actAs(people.observer);
    const stop = cross.chengtouStop;
    const start = await save(stop, 0, scoresOf(cross.rubric, [0]), "起点");
    expect(start.ok).toBe(true);
    const sheetId = (await sheetOf(stop, people.observer))!.id;

    // Fifty writers, each with values of its own, each based on the version it last saw; a writer
    // told it is stale tries again on the version the conflict showed it, as the page lets a
    // scorer do. Every writer must get its save in exactly once.
    type Win = { writer: number; base: number; version: number };
    const wins: Win[] = [];
    let conflicts = 0;
    const writer = async (index: number) => {
      let base = (await database.scoreSheet.findUniqueOrThrow({ where: { id: sheetId } })).version;
      for (let attempt = 0; attempt < 200; attempt++) {
        const result = await save(
          stop,
          base,
          scoresOf(cross.rubric, [index % 41, index % 31, null, index % 11]),
          `写入 ${index}`,
        );
        if (!result.ok) throw new Error(`writer ${index}: ${result.error}`);
        if (result.data.status === "saved") {
          wins.push({ writer: index, base, version: result.data.sheet.version });
          return;
        }
        conflicts += 1;
        base = result.data.sheet.version;
      }
      throw new Error(`writer ${index} never got its save in`);
    };
    await Promise.all(Array.from({ length: 50 }, (_, index) => writer(index)));

    expect(wins).toHaveLength(50);
    expect(conflicts).toBeGreaterThan(0);
    // A save is accepted only on the version it was based on, and makes the next one: nobody's
    // values replaced values they had not seen.
    for (const win of wins) expect(win.version).toBe(win.base + 1);
    // Each win produced its own version, one after another from version 2 on.
    const versions = wins.map((win) => win.version).sort((a, b) => a - b);
    expect(versions).toEqual(Array.from({ length: 50 }, (_, index) => index + 2));
    const revisions = await database.scoreSheetRevision.findMany({ where: { sheetId }, orderBy: { version: "asc" } });
    expect(revisions.map((revision) => revision.version)).toEqual([1, ...versions]);
    for (const win of wins) {
      const revision = revisions.find((row) => row.version === win.version)!;
      expect(revision.comment).toBe(`写入 ${win.writer}`);
      expect(revision.total.toString()).toBe(String((win.writer % 41) + (win.writer % 31) + (win.writer % 11)));
    }
    // The sheet holds exactly what the last successful save wrote.
    const last = wins.find((win) => win.version === 51)!;
    const sheet = (await database.scoreSheet.findUniqueOrThrow({ where: { id: sheetId } }))!;
    expect(sheet.version).toBe(51);
    expect(sheet.comment).toBe(`写入 ${last.writer}`);
    const expected = scoresOf(cross.rubric, [last.writer % 41, last.writer % 31, null, last.writer % 11]);
    expect(await storedScores(database, sheetId)).toEqual(
      Object.fromEntries(
        Object.entries(expected)
          .filter(([, value]) => value !== null)
          .map(([id, value]) => [id, String(value)]),
      ),
    );
    expect(sheet.total.toString()).toBe(revisions.at(-1)!.total.toString());
    expect(await auditCount("scoreSheet.save", sheetId)).toBe(51);
  });
});

describe("submitting and unlocking", () => {
  const full = () => scoresOf(internal.rubric, [36, 27.5, 18, 9]);

  it("refuses to submit with items left empty", async () => {
    await actAs(people.leader);
    const result = await submitScoreSheetAction(null, {
      stopId: internal.stops[1]!,
      baseVersion: 0,
      scores: scoresOf(internal.rubric, [36, 27.5]),
      comment: "",
    });
    expect(result).toMatchObject({ ok: false, error: "还有 2 项未评分，全部评分后才能提交" });
    expect(await sheetOf(internal.stops[1]!, people.leader)).toBeNull();
  });

  it("submits once when the button is pressed twice, and then refuses changes", async () => {
    await actAs(people.leader);
    const stop = internal.stops[1]!;
    const input = { stopId: stop, baseVersion: 0, scores: full(), comment: "阵地建设扎实" };
    const results = await Promise.all([submitScoreSheetAction(null, input), submitScoreSheetAction(null, input)]);
    const submitted = results.filter((result) => result.ok && result.data.status === "saved");
    expect(submitted).toHaveLength(1);
    const sheet = (await sheetOf(stop, people.leader))!;
    expect(sheet.status).toBe("SUBMITTED");
    expect(sheet.total.toString()).toBe("90.5");
    expect(await database.scoreSheetRevision.count({ where: { sheetId: sheet.id, status: "SUBMITTED" } })).toBe(1);
    expect(await auditCount("scoreSheet.submit", sheet.id)).toBe(1);

    const edit = await save(stop, sheet.version, scoresOf(internal.rubric, [1, 1, 1, 1]));
    expect(edit).toMatchObject({ ok: false, error: SUBMITTED_MESSAGE });
    const resubmit = await submitScoreSheetAction(null, { ...input, baseVersion: sheet.version });
    expect(resubmit).toMatchObject({ ok: false, error: SUBMITTED_MESSAGE });
    expect((await sheetOf(stop, people.leader))!.version).toBe(sheet.version);
  });

  it("lets only ADMIN unlock, with a reason, and keeps the submitted values in the history", async () => {
    const stop = internal.stops[1]!;
    const sheet = (await sheetOf(stop, people.leader))!;
    const input = { sheetId: sheet.id, version: sheet.version, reason: "评分人申请更正第二项分值" };

    await actAs(people.leader);
    expect(await unlockScoreSheetAction(null, input)).toMatchObject({ ok: false, error: "您没有执行此操作的权限" });
    await actAs(people.admin);
    const noReason = await unlockScoreSheetAction(null, { ...input, reason: " " });
    expect(noReason.ok).toBe(false);
    if (!noReason.ok) expect(noReason.fieldErrors?.reason).toBeDefined();

    expect(await unlockScoreSheetAction(null, input)).toMatchObject({ ok: true, data: { version: sheet.version + 1 } });
    const unlocked = (await sheetOf(stop, people.leader))!;
    expect(unlocked).toMatchObject({ status: "DRAFT", submittedAt: null, version: sheet.version + 1 });
    const revisions = await database.scoreSheetRevision.findMany({
      where: { sheetId: sheet.id },
      orderBy: { version: "asc" },
    });
    expect(revisions.map((revision) => [revision.status, revision.reason])).toEqual([
      ["SUBMITTED", null],
      ["DRAFT", input.reason],
    ]);
    expect(revisions[0]!.scores).toEqual(revisions[1]!.scores);
    expect(await auditCount("scoreSheet.unlock", sheet.id)).toBe(1);
    // A second unlock of the same submission finds nothing to unlock.
    expect((await unlockScoreSheetAction(null, input)).ok).toBe(false);

    // The scorer corrects and resubmits; the first submission stays in the history.
    await actAs(people.leader);
    const resubmitted = await submitScoreSheetAction(null, {
      stopId: stop,
      baseVersion: unlocked.version,
      scores: scoresOf(internal.rubric, [36, 25, 18, 9]),
      comment: "更正后",
    });
    expect(resubmitted).toMatchObject({
      ok: true,
      data: { status: "saved", sheet: { status: "SUBMITTED", total: "88" } },
    });
    expect(await database.scoreSheetRevision.count({ where: { sheetId: sheet.id, status: "SUBMITTED" } })).toBe(2);
  });

  it("locks every sheet of a closed phase: no save, no submit, no unlock", async () => {
    const stop = internal.stops[0]!;
    await actAs(people.observer);
    const draft = (await sheetOf(stop, people.observer))!;
    // Closed is final (trigger Phase_closed_is_final), so this is the file's last test.
    await database.phase.update({ where: { id: internal.phaseId }, data: { status: "CLOSED", closedAt: new Date() } });
    {
      const saveResult = await save(stop, draft.version, scoresOf(internal.rubric, [40]));
      expect(saveResult).toMatchObject({ ok: false, error: "本阶段已结束，评分表已锁定" });
      const submitResult = await submitScoreSheetAction(null, {
        stopId: stop,
        baseVersion: draft.version,
        scores: full(),
        comment: "",
      });
      expect(submitResult).toMatchObject({ ok: false, error: "本阶段已结束，评分表已锁定" });
      const submitted = (await sheetOf(internal.stops[1]!, people.leader))!;
      await actAs(people.admin);
      expect(
        await unlockScoreSheetAction(null, {
          sheetId: submitted.id,
          version: submitted.version,
          reason: "阶段结束后更正",
        }),
      ).toMatchObject({ ok: false, error: "本阶段已结束，评分表已锁定，不能解锁" });
      expect((await sheetOf(stop, people.observer))!.version).toBe(draft.version);
      const observer = await database.user.findUniqueOrThrow({ where: { id: people.observer } });
      const { stops } = await listStopsToScore(sessionUser(people.observer, observer.enterpriseId));
      expect(stops.map((row) => row.stopId)).not.toContain(stop);
    }
  });
});

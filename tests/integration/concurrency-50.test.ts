import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { selectCandidateAction } from "@/lib/demonstration/actions";
import { SELECTION_QUOTAS } from "@/lib/demonstration/rules";
import { createTourAction, publishTourAction } from "@/lib/tours/actions";
import { cancelVisitSignupAction, createVisitSlotAction, signUpForVisitAction } from "@/lib/visits/actions";
import { chinaDateKey } from "@/lib/format";
import { createPrismaClient } from "@/lib/prisma-client";
import type { ActionResult } from "@/lib/actions/define-action";
import { verifyAuditChain } from "@/scripts/lib/audit-chain";
import { runAs } from "@/tests/support/per-call-session";

// Fifty writers at once on each contested thing, every one through the real server action with a
// session of its own (runAs), all started together on the app's own pool. The invariants are read
// back from the tables afterwards. (Fifty concurrent saves of one score sheet, with the lost-update
// checks, are in tests/integration/scoring.test.ts.)
vi.mock("next/headers", () => import("@/tests/support/per-call-session"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const WRITERS = 50;
const database = createPrismaClient(process.env.DATABASE_URL!, 4);
let staff: number[] = [];
let secretaries: number[] = [];
let enterpriseId: number;

beforeAll(async () => {
  enterpriseId = (await database.enterprise.findFirstOrThrow({ where: { shortName: "城投集团" } })).id;
  const make = async (prefix: string, role: "ADMIN" | "SECRETARY") =>
    (
      await database.user.createManyAndReturn({
        data: Array.from({ length: WRITERS }, (_, index) => ({
          username: `${prefix}-${index + 1}`,
          displayName: `${prefix}${index + 1}`,
          role,
          enterpriseId: role === "SECRETARY" ? enterpriseId : null,
          // The tests call actions with a session token; the hash is never checked.
          passwordHash: "not-used",
        })),
        select: { id: true },
      })
    )
      .map((row) => row.id)
      .sort((a, b) => a - b);
  staff = await make("c50-staff", "ADMIN");
  secretaries = await make("c50-person", "SECRETARY");
});

afterAll(async () => {
  // Every write above went into the audit chain, which is still one unbroken line.
  expect((await verifyAuditChain(process.env.DATABASE_URL!)).problems).toEqual([]);
  await database.$disconnect();
});

const failures = (results: ActionResult<unknown>[]) => results.flatMap((result) => (result.ok ? [] : [result.error]));

describe("the demonstration quotas (3 units, 3 projects, 6 sites)", () => {
  it("hold when 50 staff choose at once across the three categories", async () => {
    await database.demonstrationSelection.deleteMany({});
    const phase = await database.phase.findFirstOrThrow({ where: { kind: "DEMONSTRATION" } });
    const earlier = { campaignId: phase.campaignId, sequence: { lt: phase.sequence } };
    const units = (
      await database.scoreSheet.findMany({
        where: { status: "SUBMITTED", phase: earlier },
        distinct: ["partyOrganizationId"],
        select: { partyOrganizationId: true },
      })
    ).map((row) => row.partyOrganizationId);
    const projects = (
      await database.experienceEntry.findMany({
        where: { phase: { campaignId: phase.campaignId } },
        select: { id: true },
      })
    ).map((row) => row.id);
    const sites = (await database.site.findMany({ where: { isActive: true }, select: { id: true } })).map(
      (row) => row.id,
    );
    const pools = { UNIT: units, PROJECT: projects, SITE: sites } as const;
    for (const pool of Object.values(pools)) expect(pool.length).toBeGreaterThanOrEqual(3);

    // Writer i takes category i mod 3 and the (i div 3)-th candidate of it, wrapping round, so
    // some choose a candidate another is choosing at the same moment.
    const categories = ["UNIT", "PROJECT", "SITE"] as const;
    const choices = staff.map((staffId, index) => {
      const category = categories[index % 3]!;
      const pool = pools[category];
      return { staffId, category, targetId: pool[Math.floor(index / 3) % pool.length]! };
    });
    const started = Date.now();
    const results = await Promise.all(
      choices.map((choice) =>
        runAs(choice.staffId, () =>
          selectCandidateAction(null, {
            phaseId: String(phase.id),
            category: choice.category,
            targetId: String(choice.targetId),
            reason: "示范作用明显，做法可复制可推广。",
          }),
        ),
      ),
    );
    console.log(`[c50] demonstration: ${WRITERS} choices in ${Date.now() - started} ms`);

    for (const error of failures(results)) expect(error).toMatch(/名额已满|已入选/);
    const rows = await database.demonstrationSelection.findMany({ where: { phaseId: phase.id } });
    for (const category of categories) {
      const chosen = rows.filter((row) => row.category === category);
      const distinctTargets = new Set(choices.filter((c) => c.category === category).map((c) => c.targetId)).size;
      const quota = SELECTION_QUOTAS[category];
      // The quota is filled exactly (enough distinct candidates were asked for), never exceeded.
      expect(chosen.length, category).toBe(Math.min(quota, distinctTargets));
      expect(chosen.map((row) => row.slot).sort((a, b) => a - b)).toEqual(
        Array.from({ length: chosen.length }, (_, index) => index + 1),
      );
      const targets = chosen.map((row) => row.partyOrganizationId ?? row.experienceEntryId ?? row.siteId);
      expect(new Set(targets).size).toBe(targets.length);
    }
    expect(results.filter((result) => result.ok)).toHaveLength(rows.length);
    expect(rows.length).toBe(3 + 3 + 6);
    // Each choice made has its audit row, by the person who made it.
    const audits = await database.auditLog.findMany({
      where: { entityType: "DemonstrationSelection", entityId: { in: rows.map((row) => String(row.id)) } },
    });
    expect(audits.map((row) => row.actorId).sort()).toEqual(rows.map((row) => row.selectedById).sort());
  });

  it("let exactly one of 50 staff choosing the same site at once in", async () => {
    await database.demonstrationSelection.deleteMany({});
    const phase = await database.phase.findFirstOrThrow({ where: { kind: "DEMONSTRATION" } });
    const site = await database.site.findFirstOrThrow({ where: { isActive: true } });
    const results = await Promise.all(
      staff.map((staffId) =>
        runAs(staffId, () =>
          selectCandidateAction(null, {
            phaseId: String(phase.id),
            category: "SITE",
            targetId: String(site.id),
            reason: "示范作用明显，做法可复制可推广。",
          }),
        ),
      ),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    for (const error of failures(results)) expect(error).toContain("已入选");
    expect(await database.demonstrationSelection.count({ where: { phaseId: phase.id } })).toBe(1);
  });
});

describe("publishing tours", () => {
  const phaseId = async () => (await database.phase.findFirstOrThrow({ where: { kind: "CROSS" } })).id;

  it("let exactly one of 50 conflicting drafts (one site, one morning) publish", async () => {
    const phase = await phaseId();
    const site = await database.site.findFirstOrThrow({ where: { isActive: true }, orderBy: { id: "desc" } });
    const drafts = [];
    for (let index = 0; index < WRITERS; index++) {
      // Each with a head of its own, so the site is the only thing they contend for.
      drafts.push(await draftIn(phase, `五十并发${index + 1}`, site.id, secretaries[index]!, "2022-09-28"));
    }
    const started = Date.now();
    const results = await Promise.all(
      drafts.map((tour, index) =>
        runAs(staff[index]!, () => publishTourAction(null, { tourId: tour.id, version: tour.version })),
      ),
    );
    console.log(`[c50] tours: ${WRITERS} publishes in ${Date.now() - started} ms`);

    expect(results.filter((result) => result.ok)).toHaveLength(1);
    const winner = drafts[results.findIndex((result) => result.ok)]!;
    for (const error of failures(results)) expect(error).toMatch(/不能发布|冲突|已安排/);
    const rows = await database.tour.findMany({ where: { id: { in: drafts.map((tour) => tour.id) } } });
    expect(rows.filter((row) => row.status === "PUBLISHED").map((row) => row.id)).toEqual([winner.id]);
    expect(rows.filter((row) => row.status === "DRAFT")).toHaveLength(WRITERS - 1);
    expect(
      await database.tourSiteBooking.count({ where: { siteId: site.id, tourId: { in: drafts.map((t) => t.id) } } }),
    ).toBe(1);
    expect(
      await database.auditLog.count({
        where: { action: "tour.publish", entityId: { in: drafts.map((t) => String(t.id)) } },
      }),
    ).toBe(1);
  });

  it("publish one draft once when 50 staff press 发布 at the same moment", async () => {
    const phase = await phaseId();
    const site = await database.site.findFirstOrThrow({ where: { isActive: true }, orderBy: { id: "asc" } });
    const tour = await draftIn(phase, "同一草稿五十次发布", site.id, secretaries[0]!, "2022-09-29");
    const results = await Promise.all(
      staff.map((staffId) => runAs(staffId, () => publishTourAction(null, { tourId: tour.id, version: tour.version }))),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    const row = await database.tour.findUniqueOrThrow({ where: { id: tour.id } });
    expect(row).toMatchObject({ status: "PUBLISHED", version: tour.version + 1 });
    expect(await database.tourSiteBooking.count({ where: { tourId: tour.id } })).toBe(1);
    expect(await database.notification.count({ where: { link: `/tours/${tour.id}` } })).toBe(1);
    expect(await database.auditLog.count({ where: { action: "tour.publish", entityId: String(tour.id) } })).toBe(1);
  });

  // The draft helper with the phase filled in (the action checks it exists).
  async function draftIn(phase: number, title: string, siteId: number, headId: number, date: string) {
    const result = await runAs(staff[0]!, () =>
      createTourAction(null, {
        title,
        phaseId: phase,
        date,
        startTime: "09:00",
        endTime: "12:00",
        meetingPoint: "市国资委办公楼前广场",
        notes: "",
        stops: [{ id: null, siteId, arriveTime: "09:30", departTime: "10:30", programme: ["BRIEFING", "ON_SITE"] }],
        members: [{ userId: headId, part: "HEAD", isScoring: false }],
        guests: [],
      }),
    );
    if (!result.ok) throw new Error(`draft: ${result.error} ${JSON.stringify(result.fieldErrors)}`);
    return result.data;
  }
});

describe("a visit slot", () => {
  let slotId: number;

  async function expectSlotInvariants() {
    const slot = await database.visitSlot.findUniqueOrThrow({ where: { id: slotId } });
    const confirmed = await database.visitSignup.count({ where: { slotId, status: "CONFIRMED" } });
    const waiting = await database.visitSignup.count({ where: { slotId, status: "WAITLISTED" } });
    expect(slot.confirmedCount).toBe(confirmed);
    expect(confirmed).toBeLessThanOrEqual(slot.capacity);
    if (waiting > 0) expect(confirmed).toBe(slot.capacity);
    return { confirmed, waiting };
  }

  it("takes exactly its capacity of 50 people signing up at once, the rest queued in the order told", async () => {
    const phase = await database.phase.findFirstOrThrow({ where: { kind: "DEMONSTRATION" } });
    const site = await database.site.findFirstOrThrow({ where: { isActive: true } });
    const created = await runAs(staff[0]!, () =>
      createVisitSlotAction(null, {
        phaseId: phase.id,
        siteId: site.id,
        date: chinaDateKey(new Date(Date.now() + 60 * 86_400_000)),
        startTime: "14:00",
        endTime: "16:00",
        capacity: 8,
        note: "",
      }),
    );
    if (!created.ok) throw new Error(created.error);
    slotId = created.data.id;

    const started = Date.now();
    const results = await Promise.all(
      secretaries.map((person) => runAs(person, () => signUpForVisitAction(null, { slotId }))),
    );
    console.log(`[c50] visits: ${WRITERS} sign-ups in ${Date.now() - started} ms`);
    expect(failures(results)).toEqual([]);
    expect(await expectSlotInvariants()).toEqual({ confirmed: 8, waiting: WRITERS - 8 });
    const told = results
      .flatMap((result) => (result.ok && result.data.status === "WAITLISTED" ? [result.data] : []))
      .sort((a, b) => a.position! - b.position!);
    expect(told.map((entry) => entry.position)).toEqual(Array.from({ length: WRITERS - 8 }, (_, index) => index + 1));
    const queue = await database.visitSignup.findMany({
      where: { slotId, status: "WAITLISTED" },
      orderBy: [{ queuedAt: "asc" }, { id: "asc" }],
      select: { id: true },
    });
    expect(queue.map((row) => row.id)).toEqual(told.map((entry) => entry.signupId));
    expect(
      await database.auditLog.count({ where: { action: "visitSignup.signup", actorId: { in: secretaries } } }),
    ).toBe(WRITERS);
  });

  it("keeps the count and the queue true under 50 cancellations at once, promoting in queue order", async () => {
    const before = await database.visitSignup.findMany({
      where: { slotId },
      orderBy: [{ status: "asc" }, { queuedAt: "asc" }, { id: "asc" }],
      select: { id: true, userId: true, status: true },
    });
    // Four of the confirmed and every other waiting person cancel (25 in all) while 25 newcomers
    // sign up, all at once.
    const confirmed = before.filter((row) => row.status === "CONFIRMED");
    const waiting = before.filter((row) => row.status === "WAITLISTED");
    const cancelling = [...confirmed.slice(0, 4), ...waiting.filter((_, index) => index % 2 === 1)].slice(0, 25);
    const cancelled = new Set(cancelling.map((row) => row.id));
    const newcomers = (
      await database.user.createManyAndReturn({
        data: Array.from({ length: WRITERS - cancelling.length }, (_, index) => ({
          username: `c50-newcomer-${index + 1}`,
          displayName: `候补新人${index + 1}`,
          role: "SECRETARY" as const,
          enterpriseId,
          passwordHash: "not-used",
        })),
        select: { id: true },
      })
    ).map((row) => row.id);
    const results = await Promise.all([
      ...cancelling.map((row) => runAs(row.userId, () => cancelVisitSignupAction(null, { signupId: row.id }))),
      ...newcomers.map((person) => runAs(person, () => signUpForVisitAction(null, { slotId }))),
    ]);
    expect(failures(results)).toEqual([]);
    expect(await database.visitSignup.count({ where: { slotId, status: "WAITLISTED" } })).toBe(
      waiting.length - (cancelling.length - 4) - 4 + newcomers.length,
    );

    const { confirmed: nowConfirmed } = await expectSlotInvariants();
    expect(nowConfirmed).toBe(8);
    // The four places went to the first four still waiting, in queue order.
    const stillWaiting = waiting.filter((row) => !cancelled.has(row.id));
    const promoted = await database.visitSignup.findMany({
      where: { id: { in: stillWaiting.slice(0, 4).map((row) => row.id) } },
      select: { status: true },
    });
    expect(promoted.map((row) => row.status)).toEqual(["CONFIRMED", "CONFIRMED", "CONFIRMED", "CONFIRMED"]);
  });
});

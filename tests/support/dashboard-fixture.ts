import type { Database } from "@/lib/prisma-client";

/**
 * A small campaign of its own (year 2040), laid out so every figure of the leader's home can be
 * worked out by hand (the numbers are in tests/integration/dashboard.test.ts). Uses the demo
 * enterprises 市水务集团 (E1, the `secretary`'s) and 交投集团 (E2, the `observer`'s), and the
 * demo users leader (no enterprise), secretary (E1), observer (E2) and admin.
 */
export const FIXTURE_YEAR = 2040;
/** 2040-06-15 00:30 in China, still 2040-06-14 in UTC: overdue must count China's days. */
export const FIXTURE_NOW = new Date("2040-06-14T16:30:00Z");

const at = (iso: string) => new Date(`${iso}+08:00`);
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

export async function createDashboardFixture(database: Database) {
  const user = async (username: string) =>
    (await database.user.findUniqueOrThrow({ where: { username }, select: { id: true } })).id;
  const enterprise = async (name: string) =>
    (await database.enterprise.findUniqueOrThrow({ where: { name }, select: { id: true } })).id;
  const leader = await user("leader");
  const secretary = await user("secretary");
  const observer = await user("observer");
  const admin = await user("admin");
  const e1 = await enterprise("惠州市水务集团有限公司");
  const e2 = await enterprise("惠州市交通投资集团有限公司");
  const branches = async (enterpriseId: number) =>
    (
      await database.partyOrganization.findMany({
        where: { enterpriseId, level: "BRANCH" },
        orderBy: { id: "asc" },
        select: { id: true },
      })
    ).map((org) => org.id);
  const [org1] = await branches(e1);
  const [org2, org3] = await branches(e2);

  const campaign = await database.campaign.create({
    data: { year: FIXTURE_YEAR, name: `${FIXTURE_YEAR}年看板测试活动`, goals: [] },
  });
  const phase = (sequence: number, kind: "INTERNAL" | "CROSS", status: "CLOSED" | "ACTIVE", exclude: boolean) =>
    database.phase.create({
      data: {
        campaignId: campaign.id,
        kind,
        sequence,
        name: kind === "INTERNAL" ? "内部观摩" : "交叉观摩",
        startsOn: day(sequence === 1 ? "2040-01-01" : "2040-05-01"),
        endsOn: day(sequence === 1 ? "2040-04-30" : "2040-08-31"),
        status,
        closedAt: status === "CLOSED" ? at("2040-04-30T18:00:00") : null,
        excludeOwnEnterprise: exclude,
        selfReportDeadline: at("2040-06-01T18:00:00"),
      },
    });
  const phaseA = await phase(1, "INTERNAL", "CLOSED", false);
  const phaseB = await phase(2, "CROSS", "ACTIVE", true);
  await database.phaseTier.createMany({
    data: [
      { phaseId: phaseA.id, name: "好", rank: 1, minScore: "90" },
      { phaseId: phaseA.id, name: "一般", rank: 2, minScore: null },
    ],
  });
  const rubric = (phaseId: number) =>
    database.rubric.create({
      data: { phaseId, version: 1, title: "测试细则", status: "ACTIVE", activatedAt: new Date() },
    });
  const rubricA = await rubric(phaseA.id);
  const rubricB = await rubric(phaseB.id);

  let siteCount = 0;
  const site = (orgId: number) =>
    database.site.create({
      data: {
        partyOrganizationId: orgId,
        name: `看板测试观摩点 ${++siteCount}`,
        theme: "测试",
        address: "测试",
        capacity: 50,
      },
    });
  let tourDay = 0;
  async function tour(
    phaseId: number,
    status: "DRAFT" | "PUBLISHED" | "COMPLETED" | "CANCELLED",
    orgs: number[],
    scoring: number[],
    nonScoring: number[] = [],
  ) {
    tourDay++;
    const date = `2040-0${phaseId === phaseA.id ? 2 : 6}-${String(tourDay).padStart(2, "0")}`;
    const created = await database.tour.create({
      data: {
        phaseId,
        title: `看板测试观摩 ${tourDay}`,
        startsAt: at(`${date}T09:00:00`),
        endsAt: at(`${date}T12:00:00`),
        status,
        cancelReason: status === "CANCELLED" ? "测试取消" : null,
        createdById: admin,
        delegation: {
          create: [
            ...scoring.map((userId) => ({ userId, isScoring: true })),
            ...nonScoring.map((userId) => ({ userId, isScoring: false })),
          ],
        },
      },
    });
    const stops = [];
    for (const [index, orgId] of orgs.entries()) {
      const target = await site(orgId);
      stops.push(
        await database.tourStop.create({
          data: {
            tourId: created.id,
            siteId: target.id,
            sequence: index + 1,
            arriveAt: at(`${date}T${String(9 + index).padStart(2, "0")}:00:00`),
            departAt: at(`${date}T${String(9 + index).padStart(2, "0")}:45:00`),
            programme: ["ON_SITE"],
          },
        }),
      );
    }
    return { id: created.id, stops };
  }
  async function sheet(
    stop: { id: number },
    scorerId: number,
    phaseId: number,
    orgId: number,
    total: number,
    status: "DRAFT" | "SUBMITTED" = "SUBMITTED",
  ) {
    await database.scoreSheet.create({
      data: {
        stopId: stop.id,
        scorerId,
        phaseId,
        partyOrganizationId: orgId,
        rubricId: phaseId === phaseA.id ? rubricA.id : rubricB.id,
        status,
        total,
        submittedAt: status === "SUBMITTED" ? at("2040-02-20T12:00:00") : null,
      },
    });
  }

  // Phase A (own enterprise not excluded).
  const a1 = await tour(phaseA.id, "COMPLETED", [org1!, org2!], [leader, secretary, observer], [admin]);
  const a2 = await tour(phaseA.id, "PUBLISHED", [org3!], [leader]);
  const a3 = await tour(phaseA.id, "DRAFT", [org1!], [leader]);
  await tour(phaseA.id, "CANCELLED", [org2!], [leader, observer]);
  await sheet(a1.stops[0]!, leader, phaseA.id, org1!, 92);
  await sheet(a1.stops[0]!, secretary, phaseA.id, org1!, 88);
  await sheet(a1.stops[0]!, admin, phaseA.id, org1!, 90); // not a scoring member: ranked, not "expected"
  await sheet(a1.stops[1]!, observer, phaseA.id, org2!, 80);
  await sheet(a1.stops[1]!, leader, phaseA.id, org2!, 70, "DRAFT");
  await sheet(a2.stops[0]!, leader, phaseA.id, org3!, 95);

  // Phase B (own enterprise excluded).
  const b1 = await tour(phaseB.id, "COMPLETED", [org1!, org2!], [leader, secretary, observer]);
  await sheet(b1.stops[0]!, leader, phaseB.id, org1!, 85);
  await sheet(b1.stops[0]!, observer, phaseB.id, org1!, 83);
  await sheet(b1.stops[0]!, secretary, phaseB.id, org1!, 99); // own enterprise: not an expected place
  await sheet(b1.stops[1]!, secretary, phaseB.id, org2!, 81);

  // Problems: E1 three (one overdue by China's calendar only), E2 two.
  const problem = (
    enterpriseId: number,
    orgId: number,
    status: "OPEN" | "RECTIFYING" | "AWAITING_VERIFICATION" | "CLOSED",
    deadline: string,
  ) =>
    database.problem.create({
      data: {
        phaseId: phaseA.id,
        enterpriseId,
        partyOrganizationId: orgId,
        source: "TOUR",
        description: "看板测试问题",
        severity: "MINOR",
        owner: "测试",
        deadline: day(deadline),
        status,
        closedAt: status === "CLOSED" ? at("2040-03-01T10:00:00") : null,
        createdById: admin,
      },
    });
  await problem(e1, org1!, "OPEN", "2040-06-14");
  await problem(e1, org1!, "RECTIFYING", "2040-06-15");
  await problem(e1, org1!, "CLOSED", "2040-01-01");
  await problem(e2, org2!, "AWAITING_VERIFICATION", "2040-05-01");
  await problem(e2, org2!, "CLOSED", "2040-05-01");

  // Self-reports of the active phase B: E1 accepted on time, E2 submitted late.
  await database.selfReport.create({
    data: {
      enterpriseId: e1,
      phaseId: phaseB.id,
      status: "ACCEPTED",
      submissionCount: 1,
      lastSubmittedAt: at("2040-05-30T10:00:00"),
      acceptedAt: at("2040-05-31T10:00:00"),
    },
  });
  await database.selfReport.create({
    data: {
      enterpriseId: e2,
      phaseId: phaseB.id,
      status: "SUBMITTED",
      submissionCount: 1,
      lastSubmittedAt: at("2040-06-02T10:00:00"),
    },
  });

  // Remarks: two on the completed tour (a member and a guest), one on the draft (never shown).
  const guest = await database.tourGuest.create({ data: { tourId: a1.id, name: "王来宾", unit: "市委组织部" } });
  await database.remark.create({
    data: {
      stopId: a1.stops[0]!.id,
      authorId: leader,
      recordedById: leader,
      content: "学习角很有特色",
      createdAt: at("2040-02-01T11:00:00"),
    },
  });
  await database.remark.create({
    data: {
      stopId: a1.stops[1]!.id,
      guestId: guest.id,
      recordedById: admin,
      content: "党建与业务融合紧密",
      createdAt: at("2040-02-01T11:30:00"),
    },
  });
  await database.remark.create({
    data: {
      stopId: a3.stops[0]!.id,
      authorId: leader,
      recordedById: leader,
      content: "草稿活动的发言",
      createdAt: at("2040-02-03T11:00:00"),
    },
  });

  // Experience: two promoted (newest first on the home), one not.
  const entry = (title: string, promotedAt: string | null) =>
    database.experienceEntry.create({
      data: {
        kind: "BRAND",
        title,
        summary: "测试",
        partyOrganizationId: org1!,
        phaseId: phaseA.id,
        tags: [],
        promoted: promotedAt !== null,
        promotedAt: promotedAt ? at(promotedAt) : null,
        promotedById: promotedAt ? admin : null,
        createdById: admin,
      },
    });
  const x1 = await entry("看板测试经验一", "2040-03-01T10:00:00");
  const x2 = await entry("看板测试经验二", "2040-04-01T10:00:00");
  await entry("看板测试经验三", null);

  return {
    campaignId: campaign.id,
    phaseA: phaseA.id,
    phaseB: phaseB.id,
    e1,
    e2,
    org1: org1!,
    org2: org2!,
    org3: org3!,
    a1: a1.id,
    x1: x1.id,
    x2: x2.id,
  };
}

import { randomBytes, randomUUID } from "node:crypto";
import type { Database } from "@/lib/prisma-client";
import { CALLER_USERNAMES, type SignedInCaller } from "./callers";
import { resolveDemoIds, type DemoIds } from "./demo-ids";

/**
 * The demo ids plus the few rows the action matrix needs that the demo data does not hold: one
 * unread notification and one API token per caller, stored files on A's site, report and library
 * entry, a draft rubric with content, an empty visit slot and a SUBMITTED sheet to unlock.
 * Made directly in the database: they are the stage, not the thing under test.
 */
export type ActionFixtures = DemoIds & Awaited<ReturnType<typeof extraRows>> & { database: Database };

const PNG_HEADER = "authz-matrix";

export async function prepareActionFixtures(database: Database): Promise<ActionFixtures> {
  const ids = await resolveDemoIds(database);
  return { ...ids, ...(await extraRows(database, ids)), database };
}

async function storedFile(database: Database, uploadedById: number, owner: Record<string, number>) {
  return (
    await database.storedFile.create({
      data: {
        storageKey: `2026/11/${randomUUID()}`,
        originalName: `${PNG_HEADER}.png`,
        mimeType: "image/png",
        sizeBytes: 10,
        sha256: "0",
        uploadedById,
        ...owner,
      },
      select: { id: true },
    })
  ).id;
}

async function extraRows(database: Database, ids: DemoIds) {
  const callers = Object.keys(CALLER_USERNAMES) as SignedInCaller[];
  const notifications = {} as Record<SignedInCaller, number>;
  const tokens = {} as Record<SignedInCaller, number>;
  for (const caller of callers) {
    notifications[caller] = (
      await database.notification.create({
        data: { userId: ids.users[caller], kind: "TOUR_PUBLISHED", title: "矩阵测试消息", link: "/" },
        select: { id: true },
      })
    ).id;
    tokens[caller] = (
      await database.apiToken.create({
        data: { userId: ids.users[caller], name: "矩阵测试令牌", tokenHash: randomBytes(32).toString("hex") },
        select: { id: true },
      })
    ).id;
  }
  const admin = ids.users.admin;
  const sitePhotoA = await storedFile(database, admin, { siteId: ids.siteA });
  const reportFileA = await storedFile(database, ids.users.secretaryA, { selfReportId: ids.reportACross });
  const experiencePhotoA = await storedFile(database, admin, { experienceEntryId: ids.experienceA });

  const draftRubric = await database.rubric.create({
    data: { phaseId: ids.demonstrationPhase, version: 90, title: "矩阵测试细则" },
    select: { id: true },
  });
  const categories = [];
  for (const sequence of [1, 2]) {
    categories.push(
      await database.rubricCategory.create({
        data: { rubricId: draftRubric.id, name: `矩阵类别${sequence}`, sequence },
        select: { id: true },
      }),
    );
  }
  const items = [];
  for (const [index, points] of [60, 40].entries()) {
    items.push(
      await database.rubricItem.create({
        data: {
          rubricId: draftRubric.id,
          categoryId: categories[index]!.id,
          title: `矩阵条目${index + 1}`,
          maxPoints: points,
          sequence: index + 1,
        },
        select: { id: true },
      }),
    );
  }

  const demoSite = await database.visitSlot.findFirstOrThrow({
    where: { id: ids.visitSlot },
    select: { siteId: true },
  });
  const emptySlot = await database.visitSlot.create({
    data: {
      phaseId: ids.demonstrationPhase,
      siteId: demoSite.siteId,
      startsAt: new Date("2099-11-20T01:00:00Z"),
      endsAt: new Date("2099-11-20T03:00:00Z"),
      capacity: 50,
      note: "矩阵测试时段",
    },
    select: { id: true },
  });
  // A's secretary's sign-up for a slot still to come (the demo slots are all in the past).
  const slotOfA = await database.visitSlot.create({
    data: {
      phaseId: ids.demonstrationPhase,
      siteId: demoSite.siteId,
      startsAt: new Date("2099-11-22T01:00:00Z"),
      endsAt: new Date("2099-11-22T03:00:00Z"),
      capacity: 5,
      confirmedCount: 1,
      note: "矩阵测试时段（已报名）",
      signups: { create: { userId: ids.users.secretaryA, status: "CONFIRMED" } },
    },
    select: { signups: { select: { id: true } } },
  });
  const signupA = slotOfA.signups[0]!;
  const submittedSheet = await database.scoreSheet.findFirstOrThrow({
    where: { status: "SUBMITTED", stop: { tourId: ids.tourOn } },
    select: { id: true, version: true },
  });
  // Staff return the scorer-not-on-the-tour's submitted report (so its secretary may edit it
  // again) and accept another enterprise's.
  const scorerOffEnterprise = (
    await database.user.findUniqueOrThrow({ where: { id: ids.users.scorerOff }, select: { enterpriseId: true } })
  ).enterpriseId!;
  const submittedReport = await database.selfReport.findFirstOrThrow({
    where: { status: "SUBMITTED", phaseId: ids.crossPhase, enterpriseId: scorerOffEnterprise },
    select: { id: true, submissionCount: true },
  });
  const otherSubmittedReport = await database.selfReport.findFirstOrThrow({
    where: { status: "SUBMITTED", phaseId: ids.crossPhase, id: { not: submittedReport.id } },
    select: { id: true, submissionCount: true },
  });
  // A's demo problems are awaiting verification or closed: A's secretary starts on a new open one.
  const {
    id: _id,
    createdAt: _created,
    updatedAt: _updated,
    closedAt: _closed,
    ...problemOfA
  } = await database.problem.findUniqueOrThrow({ where: { id: ids.problemA } });
  const openProblemA = await database.problem.create({
    data: { ...problemOfA, status: "OPEN", description: "矩阵测试：待整改的问题" },
    select: { id: true },
  });
  return {
    notifications,
    tokens,
    sitePhotoA,
    reportFileA,
    experiencePhotoA,
    draftRubric: draftRubric.id,
    draftCategories: categories.map((category) => category.id),
    draftItems: items.map((item) => item.id),
    emptySlot: emptySlot.id,
    signupA: signupA.id,
    submittedSheet,
    submittedReport,
    otherSubmittedReport,
    openProblemA: openProblemA.id,
  };
}

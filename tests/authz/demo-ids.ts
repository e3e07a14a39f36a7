import type { Database } from "@/lib/prisma-client";
import { CALLER_USERNAMES, type SignedInCaller } from "./callers";

/**
 * The concrete rows the matrix points at, found in the demo data by their natural keys (names,
 * titles, usernames), never by guessed numbers. "A" rows belong to 市水务集团, "B" rows to 城投集团.
 */
export type DemoIds = Awaited<ReturnType<typeof resolveDemoIds>>;

const ENTERPRISE_A = "惠州市水务集团有限公司";
const ENTERPRISE_B = "惠州市城市建设投资集团有限公司";
const TOUR_ON = "交叉观摩第二组";
const TOUR_DRAFT = "交叉观摩第三组";

export async function resolveDemoIds(database: Database) {
  const users = Object.fromEntries(
    await Promise.all(
      (Object.entries(CALLER_USERNAMES) as [SignedInCaller, string][]).map(async ([caller, username]) => [
        caller,
        (await database.user.findUniqueOrThrow({ where: { username }, select: { id: true } })).id,
      ]),
    ),
  ) as Record<SignedInCaller, number>;
  const enterpriseA = (await database.enterprise.findUniqueOrThrow({ where: { name: ENTERPRISE_A } })).id;
  const enterpriseB = (await database.enterprise.findUniqueOrThrow({ where: { name: ENTERPRISE_B } })).id;
  const phase = async (kind: "INTERNAL" | "CROSS" | "DEMONSTRATION") =>
    (await database.phase.findFirstOrThrow({ where: { kind }, select: { id: true } })).id;
  const [internalPhase, crossPhase, demonstrationPhase] = [
    await phase("INTERNAL"),
    await phase("CROSS"),
    await phase("DEMONSTRATION"),
  ];
  const orgOf = async (enterpriseId: number, name: string) =>
    (
      await database.partyOrganization.findFirstOrThrow({
        where: { enterpriseId, name: { contains: name } },
        select: { id: true },
      })
    ).id;
  const orgA = await orgOf(enterpriseA, "江北水厂");
  const orgB = await orgOf(enterpriseB, "党委");
  const siteOf = async (enterpriseId: number) =>
    (
      await database.site.findFirstOrThrow({
        where: { partyOrganization: { enterpriseId } },
        orderBy: { id: "asc" },
        select: { id: true },
      })
    ).id;
  const tourOn = (await database.tour.findFirstOrThrow({ where: { title: TOUR_ON }, select: { id: true } })).id;
  const tourDraft = (await database.tour.findFirstOrThrow({ where: { title: TOUR_DRAFT }, select: { id: true } })).id;
  const stopOn = (
    await database.tourStop.findFirstOrThrow({ where: { tourId: tourOn, sequence: 1 }, select: { id: true } })
  ).id;
  const stopDraft = (
    await database.tourStop.findFirstOrThrow({ where: { tourId: tourDraft, sequence: 1 }, select: { id: true } })
  ).id;
  const report = async (enterpriseId: number, phaseId: number) =>
    (
      await database.selfReport.findUniqueOrThrow({
        where: { enterpriseId_phaseId: { enterpriseId, phaseId } },
        select: { id: true },
      })
    ).id;
  const problemOf = async (enterpriseId: number) =>
    (
      await database.problem.findFirstOrThrow({
        where: { enterpriseId, status: { not: "CLOSED" } },
        orderBy: { id: "asc" },
        select: { id: true },
      })
    ).id;
  const sheet = await database.scoreSheet.findFirstOrThrow({
    where: { phaseId: internalPhase },
    orderBy: { id: "asc" },
    select: { id: true },
  });
  const experienceA = await database.experienceEntry.findFirstOrThrow({
    where: { partyOrganization: { enterpriseId: enterpriseA } },
    orderBy: { id: "asc" },
    select: { id: true },
  });
  const rubricCross = await database.rubric.findFirstOrThrow({
    where: { phaseId: crossPhase, status: "ACTIVE" },
    select: { id: true },
  });
  const visitSlot = await database.visitSlot.findFirstOrThrow({ orderBy: { id: "asc" }, select: { id: true } });
  const rankedOrg = await database.scoreSheet.findFirstOrThrow({
    where: { phaseId: internalPhase, status: "SUBMITTED" },
    orderBy: { id: "asc" },
    select: { partyOrganizationId: true },
  });
  return {
    users,
    enterpriseA,
    enterpriseB,
    internalPhase,
    crossPhase,
    demonstrationPhase,
    orgA,
    orgB,
    siteA: await siteOf(enterpriseA),
    siteB: await siteOf(enterpriseB),
    tourOn,
    tourDraft,
    stopOn,
    stopDraft,
    sheet: sheet.id,
    reportAInternal: await report(enterpriseA, internalPhase),
    reportACross: await report(enterpriseA, crossPhase),
    reportBInternal: await report(enterpriseB, internalPhase),
    problemA: await problemOf(enterpriseA),
    problemB: await problemOf(enterpriseB),
    experienceA: experienceA.id,
    rubricCross: rubricCross.id,
    visitSlot: visitSlot.id,
    rankedOrg: rankedOrg.partyOrganizationId,
  };
}

import type { Prisma } from "@/lib/generated/prisma/client";
import type { PhaseKind, ReportStatus } from "@/lib/generated/prisma/enums";
import type { Transaction } from "@/lib/prisma-client";
import type { Username } from "./accounts";
import type { PhaseRef } from "./campaign";
import type { EnterpriseKey } from "./enterprises";
import { findInserted, required } from "./lookup";
import { halvesToDecimal, pointsToHalves, splitIntoItems } from "./points";
import { mulberry32 } from "./random";
import type { RubricRef } from "./rubrics";
import * as texts from "./self-report-texts";
import { chinaTime } from "./time";

/** One step in a report's life; the report's status, counters and versions all follow from them. */
type ReportEvent =
  { submitted: string } | { returned: string; reasons: Readonly<Record<string, string>> } | { accepted: string };

interface ReportSeed {
  key: string;
  enterprise: EnterpriseKey;
  phase: PhaseKind;
  author: Username;
  sections: texts.ReportSections;
  /** What the versions before the last submission said where it differs. */
  earlierSections?: Partial<texts.ReportSections>;
  history: readonly ReportEvent[];
  selfScoreTotal?: number;
}

/**
 * Internal phase (deadline 10 June): five accepted (市水务集团 after one return), 港投 returned,
 * 德赛 awaiting review. Cross phase (deadline 15 August): the secretary's 市水务集团 draft, 惠州移动
 * on time, 国投 four days late.
 */
// Hand-laid so that each report's story reads at a glance.
// prettier-ignore
const REPORTS = [
  { key: "internal-yancao", enterprise: "yancao", phase: "INTERNAL", author: "sec-yancao", sections: texts.YANCAO_INTERNAL, selfScoreTotal: 96,
    history: [{ submitted: "2022-06-06T16:30" }, { accepted: "2022-06-13T10:00" }] },
  { key: "internal-jiaotou", enterprise: "jiaotou", phase: "INTERNAL", author: "observer", sections: texts.JIAOTOU_INTERNAL, selfScoreTotal: 88,
    history: [{ submitted: "2022-06-08T11:00" }, { accepted: "2022-06-14T15:00" }] },
  { key: "internal-chengtou", enterprise: "chengtou", phase: "INTERNAL", author: "sec-chengtou", sections: texts.CHENGTOU_INTERNAL,
    history: [{ submitted: "2022-06-09T17:20" }, { accepted: "2022-06-15T09:30" }] },
  { key: "internal-gongdian", enterprise: "gongdian", phase: "INTERNAL", author: "sec-gongdian", sections: texts.GONGDIAN_INTERNAL,
    history: [{ submitted: "2022-06-07T10:10" }, { accepted: "2022-06-13T16:00" }] },
  { key: "internal-shuiwu", enterprise: "shuiwu", phase: "INTERNAL", author: "secretary", sections: texts.SHUIWU_INTERNAL,
    earlierSections: texts.SHUIWU_INTERNAL_FIRST, selfScoreTotal: 87,
    history: [
      { submitted: "2022-06-01T15:00" },
      { returned: "2022-06-06T10:30", reasons: {
        problemsFound: "突出问题查摆过于笼统，请对照评分细则逐项列出具体问题。",
        rectificationPlan: "整改措施缺少完成时限和责任人，请逐条补充。",
      } },
      { submitted: "2022-06-09T18:40" },
      { accepted: "2022-06-16T11:00" },
    ] },
  { key: "internal-gangtou", enterprise: "gangtou", phase: "INTERNAL", author: "sec-gangtou", sections: texts.GANGTOU_INTERNAL,
    history: [
      { submitted: "2022-06-10T17:50" },
      { returned: "2022-06-17T10:00", reasons: {
        problemsFound: "未列出具体问题，请结合第三期观摩反馈的阵地利用率问题补充。",
        rectificationPlan: "整改计划缺少措施、时限和责任人。",
        brands: "请补充支部党建品牌创建情况。",
      } },
    ] },
  { key: "internal-desay", enterprise: "desay", phase: "INTERNAL", author: "sec-desay", sections: texts.DESAY_INTERNAL,
    history: [{ submitted: "2022-06-10T16:40" }] },
  { key: "cross-shuiwu", enterprise: "shuiwu", phase: "CROSS", author: "secretary", sections: texts.SHUIWU_CROSS_DRAFT, history: [] },
  { key: "cross-yidong", enterprise: "yidong", phase: "CROSS", author: "sec-yidong", sections: texts.YIDONG_CROSS,
    history: [{ submitted: "2022-08-12T15:00" }] },
  { key: "cross-guotou", enterprise: "guotou", phase: "CROSS", author: "sec-guotou", sections: texts.GUOTOU_CROSS, selfScoreTotal: 84,
    history: [{ submitted: "2022-08-19T10:20" }] },
] as const satisfies readonly ReportSeed[];

export type ReportKey = (typeof REPORTS)[number]["key"];

function statusAfter(history: readonly ReportEvent[]): ReportStatus {
  const last = history.at(-1);
  if (last === undefined) return "DRAFT";
  if ("submitted" in last) return "SUBMITTED";
  return "returned" in last ? "RETURNED" : "ACCEPTED";
}

function sectionColumns(sections: texts.ReportSections) {
  return { ...sections, brands: [...sections.brands], innovationCases: [...sections.innovationCases] };
}

/** Each submission froze the report as it then stood, self-scores included. */
function versionsOf(
  report: ReportSeed,
  selfScores: readonly { itemId: number; score: Prisma.Decimal }[],
  deadline: Date,
  submittedById: number,
): Prisma.SelfReportVersionUncheckedCreateWithoutReportInput[] {
  const submissions = report.history.flatMap((event) => ("submitted" in event ? [chinaTime(event.submitted)] : []));
  const scoreSnapshot = Object.fromEntries(selfScores.map(({ itemId, score }) => [String(itemId), score.toFixed(1)]));
  return submissions.map((submittedAt, index) => {
    const sections =
      index === submissions.length - 1 ? report.sections : { ...report.sections, ...report.earlierSections };
    return {
      version: index + 1,
      snapshot: { ...sectionColumns(sections), selfScores: scoreSnapshot },
      submittedAt,
      late: submittedAt > deadline,
      submittedById,
    };
  });
}

/** A review answers the latest version submitted before it. */
function reviewsOf(report: ReportSeed, reviewerId: number): Prisma.SelfReportReviewUncheckedCreateWithoutReportInput[] {
  return report.history.flatMap((event, index): Prisma.SelfReportReviewUncheckedCreateWithoutReportInput[] => {
    if ("submitted" in event) return [];
    const version = report.history.slice(0, index).filter((earlier) => "submitted" in earlier).length;
    return "returned" in event
      ? [
          {
            version,
            reviewerId,
            decision: "RETURNED",
            reasons: { ...event.reasons },
            createdAt: chinaTime(event.returned),
          },
        ]
      : [{ version, reviewerId, decision: "ACCEPTED", createdAt: chinaTime(event.accepted) }];
  });
}

/** One statement per table: the reports, then all their versions, reviews and self-scores. */
export async function seedSelfReports(
  tx: Transaction,
  refs: {
    phases: ReadonlyMap<PhaseKind, PhaseRef>;
    rubrics: ReadonlyMap<PhaseKind, RubricRef>;
    enterpriseIds: ReadonlyMap<EnterpriseKey, number>;
    users: ReadonlyMap<Username, number>;
  },
) {
  const random = mulberry32(20220610);
  const reviewerId = required(refs.users, "admin");
  const planned = (REPORTS as readonly ReportSeed[]).map((report) => {
    const phase = required(refs.phases, report.phase);
    const selfScores =
      report.selfScoreTotal === undefined
        ? []
        : splitIntoItems(random, pointsToHalves(report.selfScoreTotal), required(refs.rubrics, report.phase).items).map(
            ({ item, halves }) => ({ itemId: item.id, score: halvesToDecimal(halves) }),
          );
    return {
      report,
      enterpriseId: required(refs.enterpriseIds, report.enterprise),
      phaseId: phase.id,
      selfScores,
      versions: versionsOf(report, selfScores, phase.selfReportDeadline, required(refs.users, report.author)),
      reviews: reviewsOf(report, reviewerId),
    };
  });

  const rows = await tx.selfReport.createManyAndReturn({
    data: planned.map(({ report, enterpriseId, phaseId, versions }) => {
      const acceptance = report.history.find((event) => "accepted" in event);
      return {
        enterpriseId,
        phaseId,
        status: statusAfter(report.history),
        ...sectionColumns(report.sections),
        submissionCount: versions.length,
        lastSubmittedAt: versions.at(-1)?.submittedAt ?? null,
        acceptedAt: acceptance ? chinaTime(acceptance.accepted) : null,
      };
    }),
    select: { id: true, enterpriseId: true, phaseId: true },
  });
  const reports = planned.map((plan) => ({
    ...plan,
    id: findInserted(
      rows,
      (row) => row.enterpriseId === plan.enterpriseId && row.phaseId === plan.phaseId,
      plan.report.key,
    ).id,
  }));

  await tx.selfReportVersion.createMany({
    data: reports.flatMap(({ id, versions }) => versions.map((version) => ({ ...version, reportId: id }))),
  });
  await tx.selfReportReview.createMany({
    data: reports.flatMap(({ id, reviews }) => reviews.map((review) => ({ ...review, reportId: id }))),
  });
  await tx.selfScore.createMany({
    data: reports.flatMap(({ id, selfScores }) => selfScores.map((score) => ({ ...score, reportId: id }))),
  });
  return new Map<ReportKey, number>(reports.map(({ report, id }) => [report.key as ReportKey, id]));
}

import type { PhaseKind, ProblemSeverity, ProblemStatus } from "@/lib/generated/prisma/enums";
import type { Transaction } from "@/lib/prisma-client";
import type { Username } from "./accounts";
import type { OrgKey, OrgRef } from "./enterprises";
import { findInserted, required } from "./lookup";
import type { PhaseRef } from "./campaign";
import { rubricItem, type RubricRef } from "./rubrics";
import type { ReportKey } from "./self-reports";
import { calendarDate, chinaTime } from "./time";
import { stopKey, type StopRef, type TourKey } from "./tours";

/**
 * 问题清单. Every status is present; three open problems are past their deadline (overdue is
 * derived, never stored); 城投's closed internal problem comes back in the cross phase.
 */
type Origin = { stop: readonly [tour: TourKey, sequence: number] } | { report: ReportKey; org: OrgKey };

interface Transition {
  to: Exclude<ProblemStatus, "OPEN">;
  at: string;
  by: Username;
  comment: string;
}

interface ProblemSeed {
  key: string;
  phase: PhaseKind;
  origin: Origin;
  /** 1-based sequence of the rubric item in the phase's rubric. */
  item: number;
  description: string;
  severity: ProblemSeverity;
  owner: string;
  deadline: string;
  foundAt: string;
  transitions: readonly Transition[];
  recurrenceOf?: string;
}

const rectifying = (at: string, by: Username, comment: string): Transition => ({ to: "RECTIFYING", at, by, comment });
const awaiting = (at: string, by: Username, comment: string): Transition => ({
  to: "AWAITING_VERIFICATION",
  at,
  by,
  comment,
});
const closed = (at: string, comment = "经现场核查，整改到位，予以销号。"): Transition => ({
  to: "CLOSED",
  at,
  by: "admin",
  comment,
});

// Hand-laid so that each problem's story reads at a glance.
// prettier-ignore
const PROBLEMS = [
  { key: "gangtou-venue", phase: "INTERNAL", origin: { stop: ["internal-3", 2] }, item: 4, severity: "MAJOR", deadline: "2022-08-31", foundAt: "2022-04-29T10:00",
    description: "荃湾港区党员先锋岗阵地利用率不高，活动台账记录不全。", owner: "港投集团党委 荃湾港区党支部书记",
    transitions: [rectifying("2022-05-10T09:00", "sec-gangtou", "已制定阵地使用计划，每月在先锋岗开展主题党日。"),
      awaiting("2022-08-20T16:00", "sec-gangtou", "阵地活动台账已补齐，5月以来开展活动14次。"), closed("2022-09-02T10:00")] },
  { key: "chantou-agenda", phase: "INTERNAL", origin: { stop: ["internal-5", 2] }, item: 7, severity: "SEVERE", deadline: "2022-07-31", foundAt: "2022-06-10T09:30",
    description: "产业园区党支部议事清单未将“重大经营事项”纳入前置研究。", owner: "产投集团党委",
    transitions: [rectifying("2022-06-20T11:00", "sec-chantou", "已起草支部议事规则修订稿，待集团党委会审定。")] },
  { key: "desay-brand", phase: "INTERNAL", origin: { stop: ["internal-4", 3] }, item: 5, severity: "MINOR", deadline: "2022-08-31", foundAt: "2022-05-20T09:00",
    description: "党建品牌特色不鲜明，与制造业务结合不紧。", owner: "德赛集团党委 制造板块党总支", transitions: [] },
  { key: "guotou-records", phase: "INTERNAL", origin: { stop: ["internal-5", 1] }, item: 2, severity: "MINOR", deadline: "2022-07-15", foundAt: "2022-06-10T09:00",
    description: "“三会一课”记录不规范，部分会议无签到和会议纪要。", owner: "国投集团党委 机关党支部书记",
    transitions: [rectifying("2022-06-15T10:00", "sec-guotou", "统一使用会议记录模板，逐月补齐纪要。"),
      awaiting("2022-07-08T15:30", "sec-guotou", "1至6月会议记录已规范归档。"), closed("2022-07-12T09:30")] },
  { key: "shuiwu-education", phase: "INTERNAL", origin: { report: "internal-shuiwu", org: "shuiwu" }, item: 9, severity: "MAJOR", deadline: "2022-10-31", foundAt: "2022-06-17T09:00",
    description: "党员教育以集中学习为主，沉浸式、数字化手段运用不足。", owner: "市水务集团党委办公室",
    transitions: [rectifying("2022-06-25T10:00", "secretary", "启动集团党员教育数字平台建设。"),
      awaiting("2022-08-26T17:00", "secretary", "党员教育数字平台已上线试运行，江北水厂开展沉浸式教育两期，请核验。")] },
  { key: "shuiwu-group", phase: "INTERNAL", origin: { report: "internal-shuiwu", org: "shuiwu-drainage" }, item: 1, severity: "MAJOR", deadline: "2022-06-30", foundAt: "2022-06-17T09:10",
    description: "排水公司党支部1个党小组超期未调整。", owner: "市水务集团 排水公司党支部",
    transitions: [rectifying("2022-06-18T09:00", "secretary", "已召开支部党员大会研究党小组调整。"),
      awaiting("2022-06-28T16:00", "secretary", "党小组调整完成，附会议记录。"), closed("2022-07-04T10:00")] },
  { key: "yidong-post", phase: "INTERNAL", origin: { stop: ["internal-4", 2] }, item: 10, severity: "MINOR", deadline: "2022-12-31", foundAt: "2022-05-20T09:20",
    description: "党员示范岗作用发挥不明显，示范岗设置流于形式。", owner: "惠州移动党委 网络部党支部",
    transitions: [rectifying("2022-06-01T10:00", "sec-yidong", "重新评定党员示范岗，年底前完成考评。")] },
  { key: "chengtou-venue", phase: "INTERNAL", origin: { stop: ["internal-2", 2] }, item: 3, severity: "MAJOR", deadline: "2022-07-31", foundAt: "2022-04-15T10:00",
    description: "安置房项目党支部活动阵地为临时借用，阵地建设薄弱。", owner: "城投集团党委 项目建设党总支",
    transitions: [rectifying("2022-04-25T09:00", "sec-chengtou", "在项目部设置固定党建驿站。"),
      awaiting("2022-07-20T15:00", "sec-chengtou", "党建驿站已建成并投入使用。"), closed("2022-07-28T10:00")] },
  { key: "jiaotou-records", phase: "INTERNAL", origin: { report: "internal-jiaotou", org: "jiaotou-highway" }, item: 2, severity: "MINOR", deadline: "2022-08-31", foundAt: "2022-06-15T10:00",
    description: "高速公路项目临时党支部组织生活记录不够规范。", owner: "交投集团党委 工程建设党总支",
    transitions: [rectifying("2022-06-20T09:00", "observer", "组织项目党支部书记专题培训，规范记录。")] },
  { key: "chengtou-venue-again", phase: "CROSS", origin: { stop: ["cross-2", 1] }, item: 4, severity: "SEVERE", deadline: "2022-10-31", foundAt: "2022-08-18T11:30",
    description: "“回头看”发现：安置房项目党建驿站建成后使用率低，阵地整改成效未巩固。", owner: "城投集团党委 项目建设党总支",
    recurrenceOf: "chengtou-venue", transitions: [] },
  { key: "youzheng-brand", phase: "CROSS", origin: { stop: ["cross-1", 1] }, item: 6, severity: "MINOR", deadline: "2022-09-30", foundAt: "2022-07-22T10:00",
    description: "“邮路先锋”品牌宣传推广不足，影响力局限于本单位。", owner: "惠州邮政党委 寄递事业部党支部", transitions: [] },
  { key: "liangshi-fusion", phase: "CROSS", origin: { stop: ["cross-1", 2] }, item: 8, severity: "MAJOR", deadline: "2022-10-15", foundAt: "2022-07-22T10:30",
    description: "储备粮库党员示范仓与科学保粮业务结合不够，融合载体单一。", owner: "粮食集团党委 储备粮库党支部",
    transitions: [rectifying("2022-08-02T09:00", "sec-liangshi", "制定“党建+粮安”融合清单，分仓落实党员责任。")] },
] as const satisfies readonly ProblemSeed[];

export type ProblemKey = (typeof PROBLEMS)[number]["key"];

/** A problem found at a stop belongs to the stop's party organisation; one from a report names its own. */
function originOf(
  origin: Origin,
  refs: {
    stops: ReadonlyMap<string, StopRef>;
    orgs: ReadonlyMap<OrgKey, OrgRef>;
    reportIds: ReadonlyMap<ReportKey, number>;
  },
) {
  if ("stop" in origin) {
    const stop = required(refs.stops, stopKey(...origin.stop));
    return { source: "TOUR" as const, org: stop.site.org, stopId: stop.id, selfReportId: null };
  }
  return {
    source: "SELF_REPORT" as const,
    org: required(refs.orgs, origin.org),
    stopId: null,
    selfReportId: required(refs.reportIds, origin.report),
  };
}

/** Every step of a problem's life, from 列入问题清单 on. */
function eventsOf(problem: ProblemSeed, createdById: number, users: ReadonlyMap<Username, number>) {
  const foundAt = chinaTime(problem.foundAt);
  const statuses: ProblemStatus[] = ["OPEN", ...problem.transitions.map((transition) => transition.to)];
  return [
    {
      fromStatus: null,
      toStatus: "OPEN" as const,
      comment: "列入问题清单。",
      actorId: createdById,
      createdAt: foundAt,
    },
    ...problem.transitions.map((transition, index) => ({
      fromStatus: statuses[index] ?? null,
      toStatus: transition.to,
      comment: transition.comment,
      actorId: required(users, transition.by),
      createdAt: chinaTime(transition.at),
    })),
  ];
}

/**
 * Two batches, first the problems found fresh, then the recurrences that point at them, and one
 * statement for all the events.
 */
export async function seedProblems(
  tx: Transaction,
  refs: {
    stops: ReadonlyMap<string, StopRef>;
    orgs: ReadonlyMap<OrgKey, OrgRef>;
    rubrics: ReadonlyMap<PhaseKind, RubricRef>;
    reportIds: ReadonlyMap<ReportKey, number>;
    phases: ReadonlyMap<PhaseKind, PhaseRef>;
    users: ReadonlyMap<Username, number>;
  },
) {
  const problems: readonly ProblemSeed[] = PROBLEMS;
  const problemIds = new Map<string, number>();
  const createdById = required(refs.users, "admin");
  const insert = async (batch: readonly ProblemSeed[]) => {
    const rows = await tx.problem.createManyAndReturn({
      data: batch.map((problem) => {
        const origin = originOf(problem.origin, refs);
        const closing = problem.transitions.find((transition) => transition.to === "CLOSED");
        return {
          phaseId: required(refs.phases, problem.phase).id,
          enterpriseId: origin.org.enterpriseId,
          partyOrganizationId: origin.org.id,
          rubricItemId: rubricItem(required(refs.rubrics, problem.phase), problem.item).id,
          source: origin.source,
          stopId: origin.stopId,
          selfReportId: origin.selfReportId,
          description: problem.description,
          severity: problem.severity,
          owner: problem.owner,
          deadline: calendarDate(problem.deadline),
          status: problem.transitions.at(-1)?.to ?? "OPEN",
          recurrenceOfId: problem.recurrenceOf === undefined ? null : required(problemIds, problem.recurrenceOf),
          closedAt: closing ? chinaTime(closing.at) : null,
          createdById,
          createdAt: chinaTime(problem.foundAt),
        };
      }),
      select: { id: true, description: true },
    });
    for (const problem of batch) {
      problemIds.set(problem.key, findInserted(rows, (row) => row.description === problem.description, problem.key).id);
    }
  };
  await insert(problems.filter((problem) => problem.recurrenceOf === undefined));
  await insert(problems.filter((problem) => problem.recurrenceOf !== undefined));
  await tx.problemEvent.createMany({
    data: problems.flatMap((problem) =>
      eventsOf(problem, createdById, refs.users).map((event) => ({
        ...event,
        problemId: required(problemIds, problem.key),
      })),
    ),
  });
  return problemIds as ReadonlyMap<ProblemKey, number>;
}

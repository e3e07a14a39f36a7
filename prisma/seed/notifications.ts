import type { NotificationKind } from "@/lib/generated/prisma/enums";
import type { Transaction } from "@/lib/prisma-client";
import type { Username } from "./accounts";
import { required } from "./lookup";
import type { ProblemKey } from "./problems";
import type { ReportKey } from "./self-reports";
import { chinaTime } from "./time";
import type { TourKey } from "./tours";

/** What a notification points at; the link is built from the inserted row's id. */
type Subject = { report: ReportKey } | { problem: ProblemKey } | { tour: TourKey };

interface NotificationSeed {
  user: Username;
  kind: NotificationKind;
  title: string;
  body: string;
  subject: Subject;
  at: string;
  readAt?: string;
}

/** The secretary's inbox tells the story of the 市水务集团 report and problems; the observer was told of the cross tour. */
const NOTIFICATIONS: readonly NotificationSeed[] = [
  {
    user: "secretary",
    kind: "REPORT_RETURNED",
    title: "内部观摩自查报告被退回",
    body: "突出问题查摆过于笼统；整改措施缺少完成时限和责任人。请修改后重新提交。",
    subject: { report: "internal-shuiwu" },
    at: "2022-06-06T10:30",
    readAt: "2022-06-06T11:02",
  },
  {
    user: "secretary",
    kind: "REPORT_ACCEPTED",
    title: "内部观摩自查报告已通过",
    body: "市水务集团内部观摩阶段自查报告（第2版）已审核通过。",
    subject: { report: "internal-shuiwu" },
    at: "2022-06-16T11:00",
    readAt: "2022-06-16T14:20",
  },
  {
    user: "secretary",
    kind: "PROBLEM_ASSIGNED",
    title: "新问题：排水公司党支部党小组超期未调整",
    body: "整改期限：2022年6月30日。",
    subject: { problem: "shuiwu-group" },
    at: "2022-06-17T09:10",
    readAt: "2022-06-17T09:40",
  },
  {
    user: "secretary",
    kind: "PROBLEM_ASSIGNED",
    title: "新问题：党员教育沉浸式、数字化手段运用不足",
    body: "整改期限：2022年10月31日。",
    subject: { problem: "shuiwu-education" },
    at: "2022-06-17T09:00",
  },
  {
    user: "observer",
    kind: "TOUR_PUBLISHED",
    title: "观摩活动已发布：交叉观摩第二组",
    body: "2022年8月18日 09:00—12:00，观摩城投集团安置房项目和惠州供电局变电运行党员示范岗。您是评分成员。",
    subject: { tour: "cross-2" },
    at: "2022-08-10T16:00",
  },
];

function linkTo(
  subject: Subject,
  ids: {
    reportIds: ReadonlyMap<ReportKey, number>;
    problemIds: ReadonlyMap<ProblemKey, number>;
    tourIds: ReadonlyMap<TourKey, number>;
  },
): string {
  if ("report" in subject) return `/self-reports/${required(ids.reportIds, subject.report)}`;
  if ("problem" in subject) return `/problems/${required(ids.problemIds, subject.problem)}`;
  return `/tours/${required(ids.tourIds, subject.tour)}`;
}

export async function seedNotifications(
  tx: Transaction,
  refs: {
    users: ReadonlyMap<Username, number>;
    reportIds: ReadonlyMap<ReportKey, number>;
    problemIds: ReadonlyMap<ProblemKey, number>;
    tourIds: ReadonlyMap<TourKey, number>;
  },
) {
  await tx.notification.createMany({
    data: NOTIFICATIONS.map((notification) => ({
      userId: required(refs.users, notification.user),
      kind: notification.kind,
      title: notification.title,
      body: notification.body,
      link: linkTo(notification.subject, refs),
      createdAt: chinaTime(notification.at),
      readAt: notification.readAt === undefined ? null : chinaTime(notification.readAt),
    })),
  });
}

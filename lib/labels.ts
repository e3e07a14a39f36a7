import type {
  DelegationPart,
  EnterpriseCategory,
  ExperienceKind,
  NotificationKind,
  OrgLevel,
  PhaseKind,
  PhaseStatus,
  ProgrammeItem,
  ProblemSeverity,
  ProblemStatus,
  ReportStatus,
  ScoreMethod,
  SelectionCategory,
  SheetStatus,
  SignupStatus,
  TierMode,
  TourStatus,
} from "@/lib/generated/prisma/enums";

/** The Chinese words for the domain's states, shared by every page that shows them. */

export const PHASE_KIND_LABELS: Record<PhaseKind, string> = {
  INTERNAL: "内部观摩",
  CROSS: "交叉观摩",
  DEMONSTRATION: "示范观摩",
};

export const PHASE_STATUS_LABELS: Record<PhaseStatus, string> = {
  PLANNED: "未开始",
  ACTIVE: "进行中",
  CLOSED: "已结束",
};

export const TOUR_STATUS_LABELS: Record<TourStatus, string> = {
  DRAFT: "草稿",
  PUBLISHED: "已发布",
  COMPLETED: "已完成",
  CANCELLED: "已取消",
};

export const DELEGATION_PART_LABELS: Record<DelegationPart, string> = {
  HEAD: "团长",
  MEMBER: "成员",
};

export const PROGRAMME_ITEM_LABELS: Record<ProgrammeItem, string> = {
  BRIEFING: "听取介绍",
  ON_SITE: "现场观摩",
  IMMERSIVE: "沉浸式体验",
  EXCHANGE: "互动交流",
};

export const REPORT_STATUS_LABELS: Record<ReportStatus, string> = {
  DRAFT: "草稿",
  SUBMITTED: "已提交待审核",
  RETURNED: "已退回",
  ACCEPTED: "已通过",
};

export const SHEET_STATUS_LABELS: Record<SheetStatus, string> = {
  DRAFT: "草稿",
  SUBMITTED: "已提交",
};

export const PROBLEM_STATUS_LABELS: Record<ProblemStatus, string> = {
  OPEN: "待整改",
  RECTIFYING: "整改中",
  AWAITING_VERIFICATION: "待核验",
  CLOSED: "已销号",
};

export const PROBLEM_SOURCE_LABELS = { TOUR: "观摩发现", SELF_REPORT: "自查报告" } as const;

export const NOTIFICATION_KIND_LABELS: Record<NotificationKind, string> = {
  REPORT_RETURNED: "报告退回",
  REPORT_ACCEPTED: "报告通过",
  PROBLEM_ASSIGNED: "新问题",
  PROBLEM_OVERDUE: "问题逾期",
  TOUR_PUBLISHED: "观摩活动",
  VISIT_PROMOTED: "候补转正",
  VISIT_SLOT_CANCELLED: "时段取消",
};

export const PROBLEM_SEVERITY_LABELS: Record<ProblemSeverity, string> = {
  MINOR: "一般",
  MAJOR: "较重",
  SEVERE: "严重",
};

export const SIGNUP_STATUS_LABELS: Record<SignupStatus, string> = {
  CONFIRMED: "已报名",
  WAITLISTED: "候补中",
  CANCELLED: "已取消",
};

export const SCORE_METHOD_LABELS: Record<ScoreMethod, string> = {
  MEAN: "平均分",
  TRIMMED_MEAN: "去掉最高分和最低分后的平均分",
};

export const TIER_MODE_LABELS: Record<TierMode, string> = {
  THRESHOLD: "按分数线",
  QUOTA: "按名额比例",
};

/** Record types named in the audit log (AuditLog.entityType). Unknown types show as written. */
export const ENTITY_TYPE_LABELS: Record<string, string> = {
  User: "用户",
  Campaign: "观摩活动年度",
  Phase: "阶段",
  PhaseTier: "分类档次",
  Enterprise: "企业",
  PartyOrganization: "党组织",
  Site: "观摩点",
  Tour: "观摩活动",
  TourStop: "观摩站点",
  DelegationMember: "观摩团成员",
  TourGuest: "特邀嘉宾",
  Remark: "互动交流",
  Rubric: "评分细则",
  RubricCategory: "评分类别",
  RubricItem: "评分条目",
  ScoreSheet: "评分表",
  SelfReport: "自查报告",
  Problem: "问题",
  ExperienceEntry: "经验",
  DemonstrationSelection: "示范评选",
  AssetFigure: "资产数据",
  AssetTarget: "资产目标",
  VisitSlot: "示范观摩时段",
  VisitSignup: "示范观摩报名",
  ApiToken: "接口令牌",
  StoredFile: "附件",
  Notification: "消息",
};

export function entityTypeLabel(entityType: string): string {
  return ENTITY_TYPE_LABELS[entityType] ?? entityType;
}

/** Verbs of audit actions ("tour.publish" → 发布); the record type gives the noun. */
const ACTION_VERB_LABELS: Record<string, string> = {
  signIn: "登录",
  signOut: "退出登录",
  create: "新建",
  update: "修改",
  delete: "删除",
  archive: "归档",
  disable: "停用",
  enable: "启用",
  resetPassword: "重置密码",
  changePassword: "修改密码",
  changeRole: "变更角色",
  submit: "提交",
  resubmit: "重新提交",
  return: "退回",
  accept: "通过",
  publish: "发布",
  complete: "完成",
  cancel: "取消",
  unlock: "解锁",
  lock: "锁定",
  activate: "启用",
  open: "开启",
  close: "关闭",
  verify: "核验",
  reopen: "重新打开",
  promote: "标记推广",
  select: "评选",
  file: "填报",
  correct: "更正",
  revoke: "吊销",
  signup: "报名",
  fillFromWaitlist: "候补递补",
  seed: "载入演示数据",
  updateScoring: "修改评分设置",
  publishResults: "公布结果",
  withdrawResults: "撤回公布结果",
  save: "保存",
  saveDraft: "保存草稿",
  copy: "复制为新版本",
  move: "调整顺序",
  retire: "停用",
  start: "开始整改",
  read: "标为已读",
  readAll: "全部标为已读",
};

/** 登录, 发布, ...; null when the verb is not known (the raw code is shown instead). */
export function actionLabel(action: string): string | null {
  const verb = action.split(".").at(-1) ?? action;
  return ACTION_VERB_LABELS[verb] ?? null;
}

export const ORG_LEVEL_LABELS: Record<OrgLevel, string> = {
  COMMITTEE: "党委/党组",
  GENERAL_BRANCH: "党总支",
  BRANCH: "党支部",
};

export const ENTERPRISE_CATEGORY_LABELS: Record<EnterpriseCategory, string> = {
  MUNICIPAL: "市属企业",
  CENTRAL: "驻惠央企",
  OTHER: "其他单位",
};

export const EXPERIENCE_KIND_LABELS: Record<ExperienceKind, string> = {
  BRAND: "党建品牌",
  INNOVATION_CASE: "创新案例",
  HIGHLIGHT_CARD: "亮点名片",
  CHARACTERISTIC_SECTION: "特色板块",
};

export const SELECTION_CATEGORY_LABELS: Record<SelectionCategory, string> = {
  UNIT: "党建先进示范单位",
  PROJECT: "党建优秀示范项目",
  SITE: "国企党建观摩示范点",
};

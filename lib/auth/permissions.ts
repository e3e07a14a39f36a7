import type { Role } from "@/lib/generated/prisma/enums";

/**
 * Every permission of the platform and the roles that hold it: the one table that pages, route
 * handlers and server actions consult (through `can` / `requirePermission`). Scope (which
 * enterprise, which tour) is checked separately, against the row being read or changed.
 */
export const PERMISSIONS = {
  "campaign.manage": { roles: ["ADMIN"], label: "设置活动、阶段与评分细则" },
  "enterprise.manage": { roles: ["ADMIN"], label: "管理企业、党组织与观摩点" },
  "user.manage": { roles: ["ADMIN"], label: "管理用户账号" },
  "audit.read": { roles: ["ADMIN"], label: "查看操作日志" },
  "tour.manage": { roles: ["ADMIN"], label: "安排观摩活动与观摩团" },
  "tour.readAll": { roles: ["ADMIN", "LEADER"], label: "查看全部观摩活动" },
  "tour.readOwn": { roles: ["ADMIN", "LEADER", "SECRETARY"], label: "查看本人参加的观摩活动" },
  "remark.record": { roles: ["ADMIN", "LEADER", "SECRETARY"], label: "记录互动交流发言" },
  "score.write": { roles: ["ADMIN", "LEADER", "SECRETARY"], label: "为所在观摩团的观摩点评分" },
  "score.unlock": { roles: ["ADMIN"], label: "解锁已提交的评分表" },
  "ranking.readAll": { roles: ["ADMIN", "LEADER"], label: "查看全部排名与评分明细" },
  "ranking.readOwn": { roles: ["SECRETARY"], label: "查看本企业已公布的结果" },
  "consistency.read": { roles: ["ADMIN"], label: "查看评分一致性分析" },
  "report.write": { roles: ["SECRETARY"], label: "撰写和提交本企业自查报告" },
  "report.review": { roles: ["ADMIN"], label: "审核自查报告" },
  "report.readAccepted": { roles: ["ADMIN", "LEADER"], label: "阅读已通过的自查报告" },
  "problem.manage": { roles: ["ADMIN"], label: "登记、核验和销号问题" },
  "problem.rectify": { roles: ["SECRETARY"], label: "整改本企业问题并上传佐证" },
  "problem.readAll": { roles: ["ADMIN", "LEADER"], label: "查看全部问题清单" },
  "experience.read": { roles: ["ADMIN", "LEADER", "SECRETARY"], label: "浏览经验库" },
  "experience.manage": { roles: ["ADMIN"], label: "维护经验库并标记推广" },
  "demonstration.select": { roles: ["ADMIN"], label: "评选示范单位、项目与观摩点" },
  "visit.signup": { roles: ["ADMIN", "LEADER", "SECRETARY"], label: "报名参加示范观摩" },
  "visit.manage": { roles: ["ADMIN"], label: "安排示范观摩时段并查看报名名单" },
  "asset.fileOwn": { roles: ["SECRETARY"], label: "填报本企业月末资产总额" },
  "asset.fileAny": { roles: ["ADMIN"], label: "填报或更正任一企业资产数据" },
  "asset.readAll": { roles: ["ADMIN", "LEADER"], label: "查看资产目标进度" },
  "dashboard.read": { roles: ["ADMIN", "LEADER"], label: "查看领导看板" },
  "api.read": { roles: ["ADMIN", "LEADER"], label: "调用只读接口" },
  "notification.read": { roles: ["ADMIN", "LEADER", "SECRETARY"], label: "查看和处理本人的消息" },
  "account.securityOwn": { roles: ["ADMIN", "LEADER", "SECRETARY"], label: "修改本人密码与两步验证" },
} as const satisfies Record<string, { roles: readonly Role[]; label: string }>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission].roles as readonly Role[]).includes(role);
}

export function permissionsOf(role: Role): Permission[] {
  return (Object.keys(PERMISSIONS) as Permission[]).filter((permission) => can(role, permission));
}

export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: "市国资委工作人员",
  LEADER: "领导",
  SECRETARY: "企业党委书记",
};

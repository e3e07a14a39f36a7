import { can, type Permission } from "@/lib/auth/permissions";
import type { Role } from "@/lib/generated/prisma/enums";

/**
 * The one list of places in the app. Each entry names the permission it needs; the shell shows
 * an entry only to roles holding it (the page itself checks again on the server).
 * To add a page: add one line here, in the section where it belongs.
 */
export type NavIcon =
  | "home"
  | "tours"
  | "calendar"
  | "score"
  | "ranking"
  | "report"
  | "problem"
  | "library"
  | "assets"
  | "users"
  | "audit"
  | "visits"
  | "campaign"
  | "enterprise"
  | "site"
  | "screen"
  | "account";

export type NavSection = "work" | "admin";

export type NavItem = {
  href: string;
  label: string;
  icon: NavIcon;
  section: NavSection;
  /** null: every signed-in user. */
  permission: Permission | null;
  /** Hidden from roles that hold this permission (they have a fuller page of the same thing). */
  unless?: Permission;
  /** "exact" for "/", otherwise the item is active on its own sub-pages too. */
  match?: "exact" | "prefix";
};

export const NAV_SECTION_LABELS: Record<NavSection, string> = {
  work: "工作台",
  admin: "系统管理",
};

export const NAV_ITEMS: readonly NavItem[] = [
  { href: "/", label: "首页", icon: "home", section: "work", permission: null, match: "exact" },
  { href: "/tours", label: "观摩活动", icon: "tours", section: "work", permission: "tour.readAll" },
  { href: "/my-tours", label: "我的观摩", icon: "tours", section: "work", permission: null },
  { href: "/tours/calendar", label: "观摩日历", icon: "calendar", section: "work", permission: "tour.readAll" },
  // Later: 观摩活动 (tour.readOwn), 我的评分 (score.write), 排名 (ranking.readAll / ranking.readOwn),
  // 自查报告 (report.write / report.review), 问题清单, 经验库 (experience.read), 资产目标 (asset.readAll).
  { href: "/scoring", label: "我的评分", icon: "score", section: "work", permission: "score.write" },
  { href: "/problems", label: "问题清单", icon: "problem", section: "work", permission: "problem.readAll" },
  { href: "/problems", label: "问题清单", icon: "problem", section: "work", permission: "problem.rectify" },
  { href: "/visits", label: "示范观摩报名", icon: "visits", section: "work", permission: "visit.signup" },
  { href: "/rankings", label: "排名", icon: "ranking", section: "work", permission: "ranking.readAll" },
  { href: "/rankings/mine", label: "本企业结果", icon: "ranking", section: "work", permission: "ranking.readOwn" },
  {
    href: "/rankings/consistency",
    label: "评分一致性",
    icon: "problem",
    section: "work",
    permission: "consistency.read",
  },
  { href: "/reports", label: "自查报告", icon: "report", section: "work", permission: "report.write" },
  { href: "/admin/reports", label: "自查报告审核", icon: "report", section: "work", permission: "report.review" },
  {
    href: "/reports/accepted",
    label: "自查报告",
    icon: "report",
    section: "work",
    permission: "report.readAccepted",
    unless: "report.review",
  },
  { href: "/library", label: "经验库", icon: "library", section: "work", permission: "experience.read" },
  { href: "/demonstration", label: "示范名单", icon: "ranking", section: "work", permission: "experience.read" },
  { href: "/assets", label: "资产目标", icon: "assets", section: "work", permission: "asset.readAll" },
  { href: "/assets/file", label: "资产填报", icon: "assets", section: "work", permission: "asset.fileOwn" },
  { href: "/dashboard/screen", label: "大屏", icon: "screen", section: "work", permission: "dashboard.read" },
  { href: "/account", label: "个人设置", icon: "account", section: "work", permission: null },
  { href: "/admin/campaign", label: "活动与阶段", icon: "campaign", section: "admin", permission: "campaign.manage" },
  {
    href: "/admin/enterprises",
    label: "企业与党组织",
    icon: "enterprise",
    section: "admin",
    permission: "enterprise.manage",
  },
  { href: "/admin/sites", label: "观摩点", icon: "site", section: "admin", permission: "enterprise.manage" },
  { href: "/admin/rubrics", label: "评分细则", icon: "report", section: "admin", permission: "campaign.manage" },
  { href: "/admin/visits", label: "示范观摩时段", icon: "visits", section: "admin", permission: "visit.manage" },
  {
    href: "/admin/demonstration",
    label: "示范评选",
    icon: "ranking",
    section: "admin",
    permission: "demonstration.select",
  },
  { href: "/admin/assets", label: "资产数据", icon: "assets", section: "admin", permission: "asset.fileAny" },
  { href: "/admin/users", label: "用户管理", icon: "users", section: "admin", permission: "user.manage" },
  { href: "/admin/audit", label: "操作日志", icon: "audit", section: "admin", permission: "audit.read" },
  {
    href: "/account/security",
    label: "账号安全",
    icon: "users",
    section: "work",
    permission: "account.securityOwn",
  },
];

export type NavGroup = { section: NavSection; label: string; items: NavItem[] };

/** The entries a role may see, grouped by section in the order of NAV_ITEMS. */
export function navigationFor(role: Role, items: readonly NavItem[] = NAV_ITEMS): NavGroup[] {
  const groups: NavGroup[] = [];
  for (const item of items) {
    if (item.permission && !can(role, item.permission)) continue;
    if (item.unless && can(role, item.unless)) continue;
    let group = groups.find((candidate) => candidate.section === item.section);
    if (!group) {
      group = { section: item.section, label: NAV_SECTION_LABELS[item.section], items: [] };
      groups.push(group);
    }
    group.items.push(item);
  }
  return groups;
}

/** Whether an entry is the current page (or, for prefix entries, one of its sub-pages). */
export function isActive(item: Pick<NavItem, "href" | "match">, pathname: string): boolean {
  if (item.match === "exact" || item.href === "/") return pathname === item.href;
  return pathname === item.href || pathname.startsWith(`${item.href}/`);
}

/**
 * The entry to mark as current: of those that match, the most specific (longest href), so that
 * /tours/calendar marks 观摩日历 and not also 观摩活动.
 */
export function currentHref(items: readonly Pick<NavItem, "href" | "match">[], pathname: string): string | null {
  let best: string | null = null;
  for (const item of items) {
    if (isActive(item, pathname) && (best === null || item.href.length > best.length)) best = item.href;
  }
  return best;
}

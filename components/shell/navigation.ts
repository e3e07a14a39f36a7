import { can, type Permission } from "@/lib/auth/permissions";
import type { Role } from "@/lib/generated/prisma/enums";

/**
 * The one list of places in the app. Each entry names the permission it needs; the shell shows
 * an entry only to roles holding it (the page itself checks again on the server).
 * To add a page: add one line here, in the section where it belongs.
 */
export type NavIcon =
  "home" | "tours" | "score" | "ranking" | "report" | "problem" | "library" | "assets" | "users" | "audit";

export type NavSection = "work" | "admin";

export type NavItem = {
  href: string;
  label: string;
  icon: NavIcon;
  section: NavSection;
  /** null: every signed-in user. */
  permission: Permission | null;
  /** "exact" for "/", otherwise the item is active on its own sub-pages too. */
  match?: "exact" | "prefix";
};

export const NAV_SECTION_LABELS: Record<NavSection, string> = {
  work: "工作台",
  admin: "系统管理",
};

export const NAV_ITEMS: readonly NavItem[] = [
  { href: "/", label: "首页", icon: "home", section: "work", permission: null, match: "exact" },
  // Later: 观摩活动 (tour.readOwn), 我的评分 (score.write), 排名 (ranking.readAll / ranking.readOwn),
  // 自查报告 (report.write / report.review), 问题清单, 经验库 (experience.read), 资产目标 (asset.readAll).
  { href: "/scoring", label: "我的评分", icon: "score", section: "work", permission: "score.write" },
  { href: "/admin/rubrics", label: "评分细则", icon: "report", section: "admin", permission: "campaign.manage" },
  { href: "/admin/users", label: "用户管理", icon: "users", section: "admin", permission: "user.manage" },
  { href: "/admin/audit", label: "操作日志", icon: "audit", section: "admin", permission: "audit.read" },
];

export type NavGroup = { section: NavSection; label: string; items: NavItem[] };

/** The entries a role may see, grouped by section in the order of NAV_ITEMS. */
export function navigationFor(role: Role, items: readonly NavItem[] = NAV_ITEMS): NavGroup[] {
  const groups: NavGroup[] = [];
  for (const item of items) {
    if (item.permission && !can(role, item.permission)) continue;
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

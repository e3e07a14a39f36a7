import { describe, expect, it } from "vitest";
import { NAV_ITEMS, currentHref, isActive, navigationFor, type NavItem } from "@/components/shell/navigation";

const hrefs = (role: "ADMIN" | "LEADER" | "SECRETARY") =>
  navigationFor(role).flatMap((group) => group.items.map((item) => item.href));

describe("navigation", () => {
  it("shows administration only to ADMIN", () => {
    expect(hrefs("ADMIN")).toEqual(expect.arrayContaining(["/", "/admin/users", "/admin/audit"]));
    for (const role of ["LEADER", "SECRETARY"] as const) {
      expect(hrefs(role)).toContain("/");
      expect(hrefs(role).filter((href) => href.startsWith("/admin"))).toEqual([]);
    }
  });

  it("gives everyone 我的观摩 and the tour calendar only to those who read all tours", () => {
    for (const role of ["ADMIN", "LEADER", "SECRETARY"] as const) expect(hrefs(role)).toContain("/my-tours");
    expect(hrefs("ADMIN")).toContain("/tours/calendar");
    expect(hrefs("LEADER")).toContain("/tours/calendar");
    expect(hrefs("SECRETARY")).not.toContain("/tours/calendar");
  });

  it("offers demonstration-visit sign-up to everyone and its slots to staff", () => {
    for (const role of ["ADMIN", "LEADER", "SECRETARY"] as const) expect(hrefs(role)).toContain("/visits");
    expect(hrefs("ADMIN")).toContain("/admin/visits");
  });

  it("lists 观摩活动 for the roles that read all tours", () => {
    expect(hrefs("ADMIN")).toContain("/tours");
    expect(hrefs("LEADER")).toContain("/tours");
    expect(hrefs("SECRETARY")).not.toContain("/tours");
  });

  it("shows rankings to ADMIN and LEADER, consistency to ADMIN, own results to secretaries", () => {
    expect(hrefs("ADMIN")).toEqual(expect.arrayContaining(["/rankings", "/rankings/consistency"]));
    expect(hrefs("LEADER")).toContain("/rankings");
    expect(hrefs("LEADER")).not.toContain("/rankings/consistency");
    expect(hrefs("SECRETARY")).toContain("/rankings/mine");
    expect(hrefs("SECRETARY")).not.toContain("/rankings");
    expect(hrefs("SECRETARY")).not.toContain("/rankings/consistency");
  });

  it("gives every scorer 我的评分 and staff the rubrics", () => {
    for (const role of ["ADMIN", "LEADER", "SECRETARY"] as const) expect(hrefs(role)).toContain("/scoring");
    expect(hrefs("ADMIN")).toContain("/admin/rubrics");
    expect(hrefs("LEADER")).not.toContain("/admin/rubrics");
  });

  it("offers the big screen to those who read the dashboard and 个人设置 to everyone", () => {
    expect(hrefs("ADMIN")).toContain("/dashboard/screen");
    expect(hrefs("LEADER")).toContain("/dashboard/screen");
    expect(hrefs("SECRETARY")).not.toContain("/dashboard/screen");
    for (const role of ["ADMIN", "LEADER", "SECRETARY"] as const) expect(hrefs(role)).toContain("/account");
  });

  it("shows 问题清单 once to every role (all problems, or a secretary's own enterprise's)", () => {
    for (const role of ["ADMIN", "LEADER", "SECRETARY"] as const) {
      expect(
        hrefs(role).filter((href) => href === "/problems"),
        role,
      ).toHaveLength(1);
    }
  });

  it("gives everyone the library and the demonstration list, and staff the selection", () => {
    for (const role of ["ADMIN", "LEADER", "SECRETARY"] as const) {
      expect(hrefs(role)).toEqual(expect.arrayContaining(["/library", "/demonstration"]));
    }
    expect(hrefs("ADMIN")).toContain("/admin/demonstration");
  });

  it("groups entries by section in list order", () => {
    const groups = navigationFor("ADMIN");
    expect(groups.map((group) => group.label)).toEqual(["工作台", "系统管理"]);
  });

  it("filters any list by the permission each entry names", () => {
    const items: NavItem[] = [
      { href: "/scores", label: "我的评分", icon: "score", section: "work", permission: "score.write" },
      { href: "/reports", label: "自查报告", icon: "report", section: "work", permission: "report.write" },
    ];
    const leader = navigationFor("LEADER", items).flatMap((group) => group.items.map((item) => item.href));
    expect(leader).toEqual(["/scores"]);
  });

  it("marks the home entry only on / and others on their sub-pages", () => {
    const home = NAV_ITEMS[0]!;
    expect(isActive(home, "/")).toBe(true);
    expect(isActive(home, "/admin/audit")).toBe(false);
    const audit = { href: "/admin/audit" };
    expect(isActive(audit, "/admin/audit")).toBe(true);
    expect(isActive(audit, "/admin/audit/12")).toBe(true);
    expect(isActive(audit, "/admin/auditors")).toBe(false);
  });

  it("marks only the most specific entry as current", () => {
    expect(currentHref(NAV_ITEMS, "/tours/calendar")).toBe("/tours/calendar");
    expect(currentHref(NAV_ITEMS, "/tours/12/edit")).toBe("/tours");
    expect(currentHref(NAV_ITEMS, "/")).toBe("/");
    expect(currentHref(NAV_ITEMS, "/nowhere")).toBeNull();
    expect(currentHref(NAV_ITEMS, "/rankings/consistency")).toBe("/rankings/consistency");
    expect(currentHref(NAV_ITEMS, "/rankings/3/organizations/7")).toBe("/rankings");
  });
});

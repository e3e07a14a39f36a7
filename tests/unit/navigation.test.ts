import { describe, expect, it } from "vitest";
import { NAV_ITEMS, isActive, navigationFor, type NavItem } from "@/components/shell/navigation";

const hrefs = (role: "ADMIN" | "LEADER" | "SECRETARY") =>
  navigationFor(role).flatMap((group) => group.items.map((item) => item.href));

describe("navigation", () => {
  it("shows administration only to ADMIN", () => {
    expect(hrefs("ADMIN")).toEqual(expect.arrayContaining(["/", "/admin/users", "/admin/audit"]));
    expect(hrefs("ADMIN")).toEqual(expect.arrayContaining(["/scoring", "/admin/rubrics"]));
    expect(hrefs("LEADER")).toEqual(["/", "/scoring"]);
    expect(hrefs("SECRETARY")).toEqual(["/", "/scoring"]);
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
});

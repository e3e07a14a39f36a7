import { describe, expect, it } from "vitest";
import { NAV_ITEMS, isActive, isCurrent, navigationFor, type NavItem } from "@/components/shell/navigation";

const hrefs = (role: "ADMIN" | "LEADER" | "SECRETARY") =>
  navigationFor(role).flatMap((group) => group.items.map((item) => item.href));

describe("navigation", () => {
  it("shows administration only to ADMIN", () => {
    expect(hrefs("ADMIN")).toEqual(expect.arrayContaining(["/", "/admin/users", "/admin/audit"]));
    expect(hrefs("LEADER").filter((href) => href.startsWith("/admin"))).toEqual([]);
    expect(hrefs("SECRETARY").filter((href) => href.startsWith("/admin"))).toEqual([]);
  });

  it("shows rankings to ADMIN and LEADER, consistency to ADMIN, own results to secretaries", () => {
    expect(hrefs("ADMIN")).toEqual(expect.arrayContaining(["/rankings", "/rankings/consistency"]));
    expect(hrefs("LEADER")).toContain("/rankings");
    expect(hrefs("LEADER")).not.toContain("/rankings/consistency");
    expect(hrefs("SECRETARY")).toContain("/rankings/mine");
    expect(hrefs("SECRETARY")).not.toContain("/rankings");
    expect(hrefs("SECRETARY")).not.toContain("/rankings/consistency");
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

  it("marks only the most specific entry current when one lies under another", () => {
    const rankings = NAV_ITEMS.find((item) => item.href === "/rankings")!;
    const consistency = NAV_ITEMS.find((item) => item.href === "/rankings/consistency")!;
    expect(isCurrent(rankings, NAV_ITEMS, "/rankings/consistency")).toBe(false);
    expect(isCurrent(consistency, NAV_ITEMS, "/rankings/consistency")).toBe(true);
    expect(isCurrent(rankings, NAV_ITEMS, "/rankings/3/organizations/7")).toBe(true);
  });
});

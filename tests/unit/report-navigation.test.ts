import { describe, expect, it } from "vitest";
import { navigationFor } from "@/components/shell/navigation";

const hrefs = (role: "ADMIN" | "LEADER" | "SECRETARY") =>
  navigationFor(role).flatMap((group) => group.items.map((item) => item.href));

describe("自查报告 in the navigation", () => {
  it("sends secretaries to their reports, staff to review and leaders to accepted reports", () => {
    expect(hrefs("SECRETARY")).toContain("/reports");
    expect(hrefs("ADMIN")).toContain("/admin/reports");
    expect(hrefs("LEADER")).toContain("/reports/accepted");
  });

  it("gives each role one entry only", () => {
    for (const role of ["ADMIN", "LEADER", "SECRETARY"] as const) {
      expect(hrefs(role).filter((href) => href.includes("reports"))).toHaveLength(1);
    }
  });
});

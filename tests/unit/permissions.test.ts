import { describe, expect, it } from "vitest";
import { PERMISSIONS, can, permissionsOf, type Permission } from "@/lib/auth/permissions";

describe("the permission table", () => {
  it("gives administration only to ADMIN", () => {
    const adminOnly: Permission[] = [
      "campaign.manage",
      "enterprise.manage",
      "user.manage",
      "audit.read",
      "tour.manage",
      "score.unlock",
      "report.review",
      "problem.manage",
      "experience.manage",
      "demonstration.select",
      "asset.fileAny",
      "visit.manage",
    ];
    for (const permission of adminOnly) {
      expect(can("ADMIN", permission), permission).toBe(true);
      expect(can("LEADER", permission), permission).toBe(false);
      expect(can("SECRETARY", permission), permission).toBe(false);
    }
  });

  it("lets leaders read campaign-wide figures and the API but change nothing administrative", () => {
    expect(can("LEADER", "dashboard.read")).toBe(true);
    expect(can("LEADER", "ranking.readAll")).toBe(true);
    expect(can("LEADER", "asset.readAll")).toBe(true);
    expect(can("LEADER", "api.read")).toBe(true);
    expect(can("LEADER", "score.write")).toBe(true);
    expect(permissionsOf("LEADER").filter((permission) => permission.endsWith(".manage"))).toEqual([]);
  });

  it("keeps secretaries to their own enterprise's work and away from campaign-wide reads", () => {
    expect(can("SECRETARY", "report.write")).toBe(true);
    expect(can("SECRETARY", "problem.rectify")).toBe(true);
    expect(can("SECRETARY", "asset.fileOwn")).toBe(true);
    expect(can("SECRETARY", "ranking.readOwn")).toBe(true);
    expect(can("SECRETARY", "ranking.readAll")).toBe(false);
    expect(can("SECRETARY", "dashboard.read")).toBe(false);
    expect(can("SECRETARY", "api.read")).toBe(false);
    expect(can("SECRETARY", "asset.readAll")).toBe(false);
  });

  it("lets every signed-in role sign up for demonstration visits, and only ADMIN arrange them", () => {
    for (const role of ["ADMIN", "LEADER", "SECRETARY"] as const) expect(can(role, "visit.signup"), role).toBe(true);
    expect(permissionsOf("ADMIN")).toContain("visit.manage");
    expect(permissionsOf("SECRETARY")).not.toContain("visit.manage");
  });

  it("gives every role its own notifications, the problem ledger by scope, and the problem API to staff and leaders", () => {
    for (const role of ["ADMIN", "LEADER", "SECRETARY"] as const)
      expect(can(role, "notification.read"), role).toBe(true);
    expect(can("LEADER", "problem.readAll")).toBe(true);
    expect(can("LEADER", "problem.rectify")).toBe(false);
    expect(can("SECRETARY", "problem.readAll")).toBe(false);
    expect(can("ADMIN", "problem.rectify")).toBe(false);
  });

  it("lets every signed-in role change their own password and second factor", () => {
    for (const role of ["ADMIN", "LEADER", "SECRETARY"] as const)
      expect(can(role, "account.securityOwn"), role).toBe(true);
  });

  it("has a Chinese label and at least one role for every permission", () => {
    for (const [permission, entry] of Object.entries(PERMISSIONS)) {
      expect(entry.roles.length, permission).toBeGreaterThan(0);
      expect(entry.label, permission).toMatch(/[\u4e00-\u9fa5]/);
    }
  });

  it("lists a role's permissions exactly as `can` answers", () => {
    for (const role of ["ADMIN", "LEADER", "SECRETARY"] as const) {
      const listed = new Set(permissionsOf(role));
      for (const permission of Object.keys(PERMISSIONS) as Permission[]) {
        expect(listed.has(permission)).toBe(can(role, permission));
      }
    }
  });
});

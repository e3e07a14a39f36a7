import { describe, expect, it } from "vitest";
import type { ReportStatus } from "@/lib/generated/prisma/enums";
import { isEditable, nextStatus, refusal, type ReportMove } from "@/lib/reports/state";

const STATUSES: ReportStatus[] = ["DRAFT", "SUBMITTED", "RETURNED", "ACCEPTED"];
const MOVES: ReportMove[] = ["edit", "submit", "return", "accept"];

/** Every allowed move and where it leads; anything not listed is forbidden. */
const ALLOWED: Record<string, ReportStatus> = {
  "DRAFT edit": "DRAFT",
  "DRAFT submit": "SUBMITTED",
  "RETURNED edit": "RETURNED",
  "RETURNED submit": "SUBMITTED",
  "SUBMITTED return": "RETURNED",
  "SUBMITTED accept": "ACCEPTED",
};

describe("report state machine", () => {
  for (const status of STATUSES) {
    for (const move of MOVES) {
      const expected = ALLOWED[`${status} ${move}`] ?? null;
      it(`${move} from ${status} ${expected ? `leads to ${expected}` : "is forbidden"}`, () => {
        expect(nextStatus(status, move)).toBe(expected);
      });
    }
  }

  it("lets the secretary change drafts and returned reports only", () => {
    expect(STATUSES.filter(isEditable)).toEqual(["DRAFT", "RETURNED"]);
  });

  it("explains forbidden moves in Chinese", () => {
    expect(refusal("ACCEPTED", "edit")).toBe("报告已通过审核，不能再修改");
    expect(refusal("SUBMITTED", "submit")).toContain("正在审核");
    expect(refusal("DRAFT", "accept")).toContain("尚未提交");
    expect(refusal("RETURNED", "return")).toContain("不能审核");
  });
});

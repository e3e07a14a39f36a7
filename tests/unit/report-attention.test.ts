import { describe, expect, it } from "vitest";
import type { ReportStatusRow } from "@/lib/home/leader-queries";
import { reportRowsToShow } from "@/lib/home/report-attention";

const row = (enterpriseId: number, status: ReportStatusRow["status"], late = false): ReportStatusRow => ({
  enterpriseId,
  enterpriseName: `企业${enterpriseId}`,
  status,
  late,
  statusCount: 0,
});

describe("reportRowsToShow", () => {
  it("lists every enterprise in the given order while they fit", () => {
    const rows = [row(1, "ACCEPTED"), row(2, null), row(3, "SUBMITTED")];
    expect(reportRowsToShow(rows, 3)).toEqual({ rows, hidden: 0 });
  });

  it("puts the ones needing attention first once there are more, late before on time", () => {
    const rows = [
      row(1, "ACCEPTED"),
      row(2, "SUBMITTED"),
      row(3, "SUBMITTED", true),
      row(4, "RETURNED"),
      row(5, "DRAFT"),
      row(6, null),
      row(7, "ACCEPTED"),
    ];
    const shown = reportRowsToShow(rows, 4);
    expect(shown.rows.map((r) => r.enterpriseId)).toEqual([6, 5, 4, 3]);
    expect(shown.hidden).toBe(3);
  });
});

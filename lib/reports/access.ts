import type { SessionUser } from "@/lib/auth/session-user";
import { can } from "@/lib/auth/permissions";
import type { ReportStatus } from "@/lib/generated/prisma/enums";

/**
 * Who may read a self-report (and its attachments): its own enterprise's secretaries, staff who
 * review reports, and readers of accepted reports (leaders) once it is accepted.
 */
export function canReadReport(
  user: Pick<SessionUser, "role" | "enterpriseId">,
  report: { enterpriseId: number; status: ReportStatus },
): boolean {
  if (can(user.role, "report.review")) return true;
  if (can(user.role, "report.write")) return user.enterpriseId === report.enterpriseId;
  return report.status === "ACCEPTED" && can(user.role, "report.readAccepted");
}

import type { SessionUser } from "@/lib/auth/session-user";
import { inScope, problemScope } from "@/lib/problems/scope";
import type { ReportStatus } from "@/lib/generated/prisma/enums";
import { canReadReport } from "@/lib/reports/access";

/** The owner columns of a StoredFile row that decide who may read it. */
export type FileOwnerColumns = {
  siteId: number | null;
  selfReportId: number | null;
  problemEventId: number | null;
  experienceEntryId: number | null;
  /** For rectification evidence: the enterprise of the event's problem (loaded with the file). */
  problemEvent?: { problem: { enterpriseId: number } } | null;
  /** The owning report's scope, loaded with the file when selfReportId is set. */
  selfReport?: { enterpriseId: number; status: ReportStatus } | null;
};

/**
 * Who may read a stored file. Site photos are public to every signed-in user (the site page
 * shows them to all). Attachments of self-reports, problems and the experience library get
 * their own rules with those features (issue 5); until then only staff read them.
 */
export function canSeeFile(user: SessionUser, file: FileOwnerColumns): boolean {
  if (file.siteId !== null) return true;
  // Rectification evidence: whoever may see the problem (lib/problems/scope.ts).
  if (file.problemEventId !== null) {
    return file.problemEvent ? inScope(problemScope(user), file.problemEvent.problem.enterpriseId) : false;
  }
  // Self-report attachments: whoever may read the report (its secretaries, staff, leaders once accepted).
  if (file.selfReportId !== null) return file.selfReport ? canReadReport(user, file.selfReport) : false;
  // The experience library is open to everyone signed in, photos included (docs/library.md).
  if (file.experienceEntryId !== null) return true;
  return user.role === "ADMIN";
}

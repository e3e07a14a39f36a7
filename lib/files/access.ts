import type { SessionUser } from "@/lib/auth/session-user";

/** The owner columns of a StoredFile row that decide who may read it. */
export type FileOwnerColumns = {
  siteId: number | null;
  selfReportId: number | null;
  problemEventId: number | null;
  experienceEntryId: number | null;
};

/**
 * Who may read a stored file. Site photos are public to every signed-in user (the site page
 * shows them to all). Attachments of self-reports, problems and the experience library get
 * their own rules with those features (issue 5); until then only staff read them.
 */
export function canSeeFile(user: SessionUser, file: FileOwnerColumns): boolean {
  if (file.siteId !== null) return true;
  // The experience library is open to everyone signed in, photos included (docs/library.md).
  if (file.experienceEntryId !== null) return true;
  return user.role === "ADMIN";
}

/**
 * Where each figure of the leader's home and big screen leads. The problem ledger (/problems),
 * the accepted self-reports (/reports/accepted) and the experience library (/library) are built by
 * their own features; their filters are named here once so a rename touches one file.
 */
export const homeLinks = {
  tours: (phaseId?: number, status?: "COMPLETED" | "PUBLISHED") => {
    const search = new URLSearchParams();
    if (phaseId) search.set("phase", String(phaseId));
    if (status) search.set("status", status);
    return search.size ? `/tours?${search}` : "/tours";
  },
  tour: (tourId: number) => `/tours/${tourId}`,
  rankings: (phaseId?: number, tier?: string) => {
    const search = new URLSearchParams();
    if (phaseId) search.set("phase", String(phaseId));
    if (tier) search.set("tier", tier);
    return search.size ? `/rankings?${search}` : "/rankings";
  },
  organization: (phaseId: number, organizationId: number) => `/rankings/${phaseId}/organizations/${organizationId}`,
  bulletin: (phaseId: number) => `/rankings/${phaseId}/bulletin`,
  problems: (filter: { enterpriseId?: number; overdue?: boolean; status?: "CLOSED" | "OPEN" } = {}) => {
    const search = new URLSearchParams();
    if (filter.enterpriseId) search.set("enterprise", String(filter.enterpriseId));
    if (filter.overdue) search.set("overdue", "1");
    if (filter.status) search.set("status", filter.status);
    return search.size ? `/problems?${search}` : "/problems";
  },
  // Leaders read accepted reports only (report.readAccepted); the review list is staff's.
  reports: (phaseId?: number) => (phaseId ? `/reports/accepted?phase=${phaseId}` : "/reports/accepted"),
  library: () => "/library",
  libraryEntry: (entryId: number) => `/library/${entryId}`,
  assets: () => "/assets",
};

import ExcelJS from "exceljs";
import { ASSET_IMPORT_COLUMNS, ASSET_IMPORT_SHEET } from "@/lib/assets/import/columns";
import { totpCode } from "@/lib/auth/totp";
import { openTotpSecret } from "@/lib/auth/totp-secret-box";
import { importWorkbook } from "@/tests/support/import-workbook";
import { DEMO_PASSWORD } from "@/prisma/seed/accounts";
import type { Caller, PerCaller } from "./callers";
import type { ActionFixtures } from "./action-fixtures";

/**
 * Every server action (tests/support/server-actions.ts lists them) against every caller, walked
 * through the real action entry point by tests/integration/authz-actions.test.ts.
 *   "ok": the call succeeds (input valid for that caller);
 *   "sign in": 登录已失效 (no session); "no permission": 您没有执行此操作的权限 (role);
 *   "not found": the 不存在或您无权查看 answer for a row outside the caller's scope (another
 *   enterprise's report, problem or file, another person's notification or token, a tour the
 *   caller is not on). Every refusal leaves every table of the database as it was.
 * Input is built per caller from the demo data, so that a refusal is about the caller, never
 * about bad input: where the allowed caller's input would be accepted, others get the same.
 */
export type ActionAnswer = "ok" | "sign in" | "no permission" | "not found";

export type ActionRow = {
  /** "lib/users/actions.ts#createUserAction", as listServerActions() names it. */
  action: string;
  note?: string;
  /** The input names a row of enterprise A (or B): every secretary of another enterprise must get "not found". */
  enterprise?: "A" | "B";
  input: (fixtures: ActionFixtures, caller: Caller) => Record<string, unknown> | Promise<Record<string, unknown>>;
  answers: PerCaller<ActionAnswer>;
};

const SI = "sign in";
const NP = "no permission";
const NF = "not found";
const OK = "ok";

const PNG = Uint8Array.from(
  Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
    "base64",
  ),
);
const png = (name: string) => [new File([PNG], name, { type: "image/png" })];
const s = (value: number) => String(value);
/** The caller's own id (the anonymous caller borrows A's secretary: it is refused before any lookup). */
const own = (f: ActionFixtures, caller: Caller) => f.users[caller === "anonymous" ? "secretaryA" : caller];
const ownOf = <T>(map: Record<Exclude<Caller, "anonymous">, T>, caller: Caller) =>
  map[caller === "anonymous" ? "secretaryA" : caller];

/** A full report for the phase: every section written, every active item self-scored. */
async function fullReport(f: ActionFixtures, caller: Caller, phaseId: number) {
  const items = await f.database.rubricItem.findMany({
    where: { rubric: { phaseId, status: "ACTIVE" } },
    select: { id: true },
  });
  const report = await f.database.selfReport.findFirst({
    where: { phaseId, enterprise: { users: { some: { id: own(f, caller) } } } },
    select: { editVersion: true },
  });
  return {
    phaseId: s(phaseId),
    baseVersion: s(report?.editVersion ?? 0),
    workDone: "矩阵测试：组织开展交叉观摩准备。",
    highlights: "矩阵测试：党员责任区。",
    problemsFound: "矩阵测试：阵地利用率不高。",
    rectificationPlan: "矩阵测试：九月底前完成整合。",
    experience: "矩阵测试：党建与业务融合。",
    selfScores: Object.fromEntries(items.map((item) => [String(item.id), "1"])),
  };
}

async function sheetInput(f: ActionFixtures, caller: Caller) {
  const items = await f.database.rubricItem.findMany({
    where: { rubric: { phaseId: f.crossPhase, status: "ACTIVE" } },
    select: { id: true },
  });
  const sheet = await f.database.scoreSheet.findFirst({
    where: { stopId: f.stopOn, scorerId: own(f, caller) },
    select: { version: true },
  });
  return {
    stopId: f.stopOn,
    baseVersion: sheet?.version ?? 0,
    scores: Object.fromEntries(items.map((item) => [String(item.id), 1])),
    comment: "矩阵测试评语",
  };
}

async function tourVersion(f: ActionFixtures, tourId: number) {
  const tour = await f.database.tour.findUniqueOrThrow({ where: { id: tourId }, select: { version: true } });
  return { tourId: s(tourId), version: s(tour.version) };
}

const tourFields = (f: ActionFixtures, title: string) => ({
  title,
  phaseId: s(f.crossPhase),
  date: "2022-09-27",
  startTime: "09:00",
  endTime: "11:00",
  meetingPoint: "市国资委",
  notes: "",
  stops: [{ siteId: s(f.siteA), arriveTime: "09:30", departTime: "10:30", programme: ["BRIEFING"] }],
  members: [{ userId: s(f.users.leader), part: "HEAD", isScoring: "true" }],
  guests: [],
});

async function phaseUpdatedAt(f: ActionFixtures, phaseId: number) {
  return (await f.database.phase.findUniqueOrThrow({ where: { id: phaseId } })).updatedAt.toISOString();
}

const slotFields = (f: ActionFixtures, siteId: number) => ({
  siteId: s(siteId),
  date: "2099-11-21",
  startTime: "09:00",
  endTime: "11:00",
  capacity: "20",
  note: "矩阵测试",
});

/** The id of a row the matrix made earlier (or the demo data holds), found by its unique name. */
async function idOf(
  f: ActionFixtures,
  table: "enterprise" | "org" | "site" | "user" | "tour" | "rubricItem" | "rubricCategory" | "experience",
  name: string,
) {
  const database = f.database;
  const found =
    table === "enterprise"
      ? await database.enterprise.findFirst({ where: { name }, select: { id: true } })
      : table === "org"
        ? await database.partyOrganization.findFirst({ where: { name }, select: { id: true } })
        : table === "site"
          ? await database.site.findFirst({ where: { name }, select: { id: true } })
          : table === "user"
            ? await database.user.findFirst({ where: { username: name }, select: { id: true } })
            : table === "tour"
              ? await database.tour.findFirst({ where: { title: name }, select: { id: true } })
              : table === "rubricItem"
                ? await database.rubricItem.findFirst({ where: { title: name }, select: { id: true } })
                : table === "rubricCategory"
                  ? await database.rubricCategory.findFirst({ where: { name }, select: { id: true } })
                  : // The newest: the update row above gives A's entry the same title.
                    await database.experienceEntry.findFirst({
                      where: { title: name },
                      orderBy: { id: "desc" },
                      select: { id: true },
                    });
  // Before the row exists (the refusals run first) any id does: the caller is refused before the lookup.
  return found?.id ?? 1;
}

async function committeeOf(f: ActionFixtures, enterpriseId: number) {
  return (await f.database.partyOrganization.findFirstOrThrow({ where: { enterpriseId, level: "COMMITTEE" } })).id;
}

const siteFields = (f: ActionFixtures) => ({
  partyOrganizationId: s(f.orgA),
  name: "矩阵测试观摩点",
  theme: "矩阵",
  address: "惠州市矩阵路 1 号",
  capacity: "10",
});

const entryFields = (f: ActionFixtures) => ({
  kind: "BRAND",
  title: "矩阵测试品牌",
  summary: "矩阵测试：党建品牌的简介，至少十个字。",
  partyOrganizationId: s(f.orgA),
  phaseId: s(f.internalPhase),
  tags: "矩阵",
});

function organizationWorkbook() {
  return importWorkbook([
    {
      enterprise: "惠州市矩阵导入集团有限公司",
      shortName: "矩阵导入",
      category: "市属企业",
      org: "矩阵导入集团党委",
      level: "党委",
    },
  ]);
}

async function assetWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(ASSET_IMPORT_SHEET);
  sheet.addRow(ASSET_IMPORT_COLUMNS.map((column) => column.header));
  sheet.addRow(["市水务集团", "2022-02", "345.67", "是"]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

// The order is the order the allowed calls run in (each changes the database for the next):
// a row that needs another's result comes after it.
// prettier-ignore
export const ACTION_ROWS: readonly ActionRow[] = [
  // ── Account: every signed-in caller acts on their own account ──────────────── anon admin leader secA secB scorerOn scorerOff
  { action: "lib/users/account-actions.ts#startTotpEnrolmentAction", input: () => ({}),                 answers: [SI, OK, OK, OK, OK, OK, OK] },
  { action: "lib/users/account-actions.ts#confirmTotpAction", note: "code from the caller's own new secret",
    input: async (f, caller) => {
      const user = await f.database.user.findUniqueOrThrow({ where: { id: own(f, caller) }, select: { totpSecret: true } });
      return { code: user.totpSecret ? totpCode(openTotpSecret(user.totpSecret)) : "000000" };
    },                                                                                                    answers: [SI, OK, OK, OK, OK, OK, OK] },
  { action: "lib/users/account-actions.ts#disableTotpAction",
    input: async (f, caller) => {
      const user = await f.database.user.findUniqueOrThrow({ where: { id: own(f, caller) }, select: { totpSecret: true } });
      return { code: user.totpSecret ? totpCode(openTotpSecret(user.totpSecret), new Date(Date.now() + 30_000)) : "000000" };
    },                                                                                                    answers: [SI, OK, OK, OK, OK, OK, OK] },
  { action: "lib/notifications/actions.ts#markNotificationReadAction", note: "A's secretary's notification",
    input: (f) => ({ notificationId: s(f.notifications.secretaryA) }),                                    answers: [SI, NF, NF, OK, NF, NF, NF] },
  { action: "lib/notifications/actions.ts#markNotificationReadAction", note: "the caller's own notification",
    input: (f, caller) => ({ notificationId: s(ownOf(f.notifications, caller)) }),                        answers: [SI, OK, OK, OK, OK, OK, OK] },
  { action: "lib/notifications/actions.ts#markAllNotificationsReadAction", input: () => ({}),           answers: [SI, OK, OK, OK, OK, OK, OK] },
  { action: "lib/api-tokens/actions.ts#createApiTokenAction", input: () => ({ name: "矩阵令牌" }),       answers: [SI, OK, OK, NP, NP, NP, NP] },
  { action: "lib/api-tokens/actions.ts#revokeApiTokenAction", note: "the leader's token",
    input: (f) => ({ tokenId: s(f.tokens.leader) }),                                                      answers: [SI, NF, OK, NP, NP, NP, NP] },
  { action: "lib/api-tokens/actions.ts#revokeApiTokenAction", note: "the admin's token",
    input: (f) => ({ tokenId: s(f.tokens.admin) }),                                                       answers: [SI, OK, NF, NP, NP, NP, NP] },

  // ── Self-reports: a secretary writes their own enterprise's; staff review ──────────
  { action: "lib/reports/actions.ts#returnReportAction", note: "a submitted cross report",
    input: (f) => ({ reportId: s(f.submittedReport.id), version: s(f.submittedReport.submissionCount), reasons: { workDone: "矩阵测试：请补充。" } }),
                                                                                                          answers: [SI, OK, NP, NP, NP, NP, NP] },
  { action: "lib/reports/actions.ts#acceptReportAction", note: "another submitted cross report",
    input: (f) => ({ reportId: s(f.otherSubmittedReport.id), version: s(f.otherSubmittedReport.submissionCount), items: "[]" }),
                                                                                                          answers: [SI, OK, NP, NP, NP, NP, NP] },
  { action: "lib/reports/actions.ts#saveReportDraftAction", note: "the caller's own enterprise's cross report",
    input: (f, caller) => fullReport(f, caller, f.crossPhase),                                            answers: [SI, NP, NP, OK, OK, OK, OK] },
  { action: "lib/reports/actions.ts#addReportAttachmentsAction", note: "the caller's own cross report",
    input: (f) => ({ phaseId: s(f.crossPhase), files: png("矩阵附件.png") }),                              answers: [SI, NP, NP, OK, OK, OK, OK] },
  { action: "lib/reports/actions.ts#deleteReportAttachmentAction", note: "a file of A's draft report", enterprise: "A",
    input: (f) => ({ fileId: s(f.reportFileA) }),                                                         answers: [SI, NP, NP, OK, NF, NF, NF] },
  { action: "lib/reports/actions.ts#deleteReportAttachmentAction", note: "a photo of A's site, not an attachment",
    input: (f) => ({ fileId: s(f.sitePhotoA) }),                                                          answers: [SI, NP, NP, NF, NF, NF, NF] },
  { action: "lib/reports/actions.ts#submitReportAction", note: "A's cross report", enterprise: "A",
    input: async (f) => {
      const report = await f.database.selfReport.findUniqueOrThrow({ where: { id: f.reportACross } });
      return { reportId: s(report.id), baseVersion: s(report.editVersion) };
    },                                                                                                    answers: [SI, NP, NP, OK, NF, NF, NF] },

  // ── Problems: staff file and verify; the enterprise's secretary rectifies ──────────
  { action: "lib/problems/actions.ts#rectifyProblemAction", note: "A's open problem", enterprise: "A",
    input: (f) => ({ problemId: s(f.openProblemA), move: "start", comment: "矩阵测试整改说明", evidence: [] }),                                                                                                    answers: [SI, NP, NP, OK, NF, NF, NF] },
  { action: "lib/problems/actions.ts#rectifyProblemAction", note: "B's open problem", enterprise: "B",
    input: (f) => ({ problemId: s(f.problemB), move: "start", comment: "矩阵测试整改说明", evidence: [] }),
                                                                                                          answers: [SI, NP, NP, NF, OK, NF, NF] },
  { action: "lib/problems/actions.ts#verifyProblemAction", note: "A's problem awaiting verification, returned",
    input: async (f) => ({ problemId: s(f.problemA), move: "return", comment: "矩阵测试退回", evidence: [] }),
                                                                                                          answers: [SI, OK, NP, NP, NP, NP, NP] },
  { action: "lib/problems/actions.ts#createProblemAction", note: "at cross-2's first stop",
    input: (f) => ({ stopId: s(f.stopOn), description: "矩阵测试发现的问题", severity: "MINOR", owner: "矩阵责任人", deadline: "2099-12-31" }),
                                                                                                          answers: [SI, OK, NP, NP, NP, NP, NP] },

  // ── Scoring and remarks: the members of the tour ────────────────────────────────
  { action: "lib/scoring/actions.ts#saveScoreSheetAction", note: "cross-2 stop 1",
    input: (f, caller) => sheetInput(f, caller),                                                          answers: [SI, NF, NF, NF, NF, OK, NF] },
  { action: "lib/scoring/actions.ts#submitScoreSheetAction", note: "cross-2 stop 1",
    input: (f, caller) => sheetInput(f, caller),                                                          answers: [SI, NF, NF, NF, NF, OK, NF] },
  { action: "lib/scoring/actions.ts#unlockScoreSheetAction", note: "a submitted sheet of cross-2",
    input: (f) => ({ sheetId: s(f.submittedSheet.id), version: s(f.submittedSheet.version), reason: "矩阵测试解锁" }),
                                                                                                          answers: [SI, OK, NP, NP, NP, NP, NP] },
  { action: "lib/remarks/actions.ts#recordRemarkAction", note: "cross-2 stop 1",
    input: (f) => ({ stopId: s(f.stopOn), content: "矩阵测试发言" }),                                      answers: [SI, NF, NF, NF, NF, OK, NF] },
  { action: "lib/remarks/actions.ts#recordGuestRemarkAction", note: "a guest of internal-1",
    input: async (f) => {
      const guest = await f.database.tourGuest.findFirstOrThrow({ select: { id: true, tourId: true } });
      const stop = await f.database.tourStop.findFirstOrThrow({ where: { tourId: guest.tourId }, select: { id: true } });
      return { stopId: s(stop.id), guestId: s(guest.id), content: "矩阵测试嘉宾发言" };
    },                                                                                                    answers: [SI, OK, NP, NP, NP, NP, NP] },

  // ── Visits (示范观摩): everyone signs up; staff manage the slots ───────────────────
  { action: "lib/visits/actions.ts#cancelVisitSignupAction", note: "A's secretary's sign-up",
    input: (f) => ({ signupId: s(f.signupA) }),                                                           answers: [SI, NF, NF, OK, NF, NF, NF] },
  { action: "lib/visits/actions.ts#signUpForVisitAction", note: "an open slot",
    input: (f) => ({ slotId: s(f.emptySlot) }),                                                           answers: [SI, OK, OK, OK, OK, OK, OK] },
  { action: "lib/visits/actions.ts#createVisitSlotAction",
    input: async (f) => ({ phaseId: s(f.demonstrationPhase), ...slotFields(f, (await f.database.visitSlot.findUniqueOrThrow({ where: { id: f.visitSlot } })).siteId) }),
                                                                                                          answers: [SI, OK, NP, NP, NP, NP, NP] },
  { action: "lib/visits/actions.ts#updateVisitSlotAction", note: "the open slot",
    input: async (f) => ({ slotId: s(f.emptySlot), ...slotFields(f, (await f.database.visitSlot.findUniqueOrThrow({ where: { id: f.emptySlot } })).siteId), date: "2099-11-20", capacity: "40" }),
                                                                                                          answers: [SI, OK, NP, NP, NP, NP, NP] },
  { action: "lib/visits/actions.ts#cancelVisitSlotAction", note: "the open slot",
    input: (f) => ({ slotId: s(f.emptySlot), reason: "矩阵测试取消" }),                                    answers: [SI, OK, NP, NP, NP, NP, NP] },
  { action: "lib/visits/actions.ts#deleteVisitSlotAction", note: "the slot made above",
    input: async (f) => ({ slotId: s((await f.database.visitSlot.findFirstOrThrow({ where: { note: "矩阵测试" } }).catch(() => ({ id: f.emptySlot }))).id) }),
                                                                                                          answers: [SI, OK, NP, NP, NP, NP, NP] },

  // ── Assets ─────────────────────────────────────────────────────────────────────
  { action: "lib/assets/actions.ts#fileOwnAssetFigureAction", note: "the caller's own enterprise",
    input: () => ({ month: "2022-01", totalAssets: "123.45", correct: "true" }),                          answers: [SI, NP, NP, OK, OK, OK, OK] },
  { action: "lib/assets/actions.ts#fileAnyAssetFigureAction", note: "enterprise A",
    input: (f) => ({ enterpriseId: s(f.enterpriseA), month: "2022-01", totalAssets: "234.56", correct: "true" }),
                                                                                                          answers: [SI, OK, NP, NP, NP, NP, NP] },
  { action: "lib/assets/actions.ts#saveAssetTargetAction",
    input: () => ({ year: "2030", amount: "9000", label: "矩阵测试目标", create: "true" }),               answers: [SI, OK, NP, NP, NP, NP, NP] },
  { action: "lib/assets/actions.ts#deleteAssetTargetAction", note: "the target made above",
    input: async (f) => ({ targetId: s((await f.database.assetTarget.findFirst({ where: { year: 2030 } }))?.id ?? 1) }),
                                                                                                          answers: [SI, OK, NP, NP, NP, NP, NP] },
  { action: "lib/assets/import/actions.ts#importAssetFiguresAction", note: "one figure of A",
    input: async () => ({ file: new File([new Uint8Array(await assetWorkbook())], "矩阵.xlsx") }),                        answers: [SI, OK, NP, NP, NP, NP, NP] },
  // ── Setup: staff only ──────────────────────────────────────────────────────── anon admin leader secA secB scorerOn scorerOff
  { action: "lib/enterprises/actions.ts#createEnterpriseAction",
    input: () => ({ name: "矩阵测试集团有限公司", shortName: "矩阵集团", category: "OTHER" }),          answers: [SI, OK, NP, NP, NP, NP, NP] },
  { action: "lib/enterprises/actions.ts#updateEnterpriseAction", note: "the enterprise made above",
    input: async (f) => ({ enterpriseId: s(await idOf(f, "enterprise", "矩阵测试集团有限公司")), name: "矩阵测试集团有限公司", shortName: "矩阵", category: "OTHER" }),
                                                                                                          answers: [SI, OK, NP, NP, NP, NP, NP] },
  { action: "lib/enterprises/actions.ts#setEnterpriseActiveAction", note: "the enterprise made above",
    input: async (f) => ({ enterpriseId: s(await idOf(f, "enterprise", "矩阵测试集团有限公司")), active: "false" }),
                                                                                                          answers: [SI, OK, NP, NP, NP, NP, NP] },
  { action: "lib/enterprises/org-actions.ts#createOrgAction", note: "under A's committee",
    input: async (f) => ({ enterpriseId: s(f.enterpriseA), parentId: s(await committeeOf(f, f.enterpriseA)), name: "矩阵测试党支部", level: "BRANCH" }),
                                                                                                          answers: [SI, OK, NP, NP, NP, NP, NP] },
  { action: "lib/enterprises/org-actions.ts#updateOrgAction", note: "the org made above",
    input: async (f) => ({ orgId: s(await idOf(f, "org", "矩阵测试党支部")), name: "矩阵测试党支部", level: "BRANCH", memberCount: "3" }),
                                                                                                          answers: [SI, OK, NP, NP, NP, NP, NP] },
  { action: "lib/enterprises/org-actions.ts#moveOrgAction", note: "the org made above, under A's 党总支",
    input: async (f) => ({ orgId: s(await idOf(f, "org", "矩阵测试党支部")), parentId: s(await idOf(f, "org", "市水务集团供水板块党总支")) }),
                                                                                                          answers: [SI, OK, NP, NP, NP, NP, NP] },
  { action: "lib/enterprises/org-actions.ts#setOrgActiveAction", note: "the org made above",
    input: async (f) => ({ orgId: s(await idOf(f, "org", "矩阵测试党支部")), active: "false" }),            answers: [SI, OK, NP, NP, NP, NP, NP] },
  { action: "lib/import/actions.ts#importOrganizationsAction", note: "one new enterprise",
    input: async () => ({ file: new File([new Uint8Array(await organizationWorkbook())], "矩阵.xlsx") }), answers: [SI, OK, NP, NP, NP, NP, NP] },
  { action: "lib/sites/actions.ts#createSiteAction", note: "for A's branch",
    input: (f) => ({ ...siteFields(f), photos: [] }),                                                     answers: [SI, OK, NP, NP, NP, NP, NP] },
  { action: "lib/sites/actions.ts#updateSiteAction", note: "the site made above",
    input: async (f) => ({ siteId: s(await idOf(f, "site", "矩阵测试观摩点")), ...siteFields(f) }),         answers: [SI, OK, NP, NP, NP, NP, NP] },
  { action: "lib/sites/actions.ts#setSiteActiveAction", note: "the site made above",
    input: async (f) => ({ siteId: s(await idOf(f, "site", "矩阵测试观摩点")), active: "false" }),          answers: [SI, OK, NP, NP, NP, NP, NP] },
  { action: "lib/sites/actions.ts#addSitePhotosAction", note: "A's site",
    input: (f) => ({ siteId: s(f.siteA), photos: png("矩阵照片.png") }),                                   answers: [SI, OK, NP, NP, NP, NP, NP] },
  { action: "lib/sites/actions.ts#deleteSitePhotoAction", note: "an attachment of A's report, not a site photo",
    input: (f) => ({ fileId: s(f.reportFileA) }),                                                         answers: [SI, NF, NP, NP, NP, NP, NP] },
  { action: "lib/sites/actions.ts#deleteSitePhotoAction", note: "a photo of A's site",
    input: (f) => ({ fileId: s(f.sitePhotoA) }),                                                          answers: [SI, OK, NP, NP, NP, NP, NP] },
  { action: "lib/library/actions.ts#createExperienceEntryAction", note: "for A's branch",
    input: (f) => ({ ...entryFields(f), photos: [] }),                                                    answers: [SI, OK, NP, NP, NP, NP, NP] },
  { action: "lib/library/actions.ts#updateExperienceEntryAction", note: "A's entry",
    input: (f) => ({ entryId: s(f.experienceA), ...entryFields(f) }),                                     answers: [SI, OK, NP, NP, NP, NP, NP] },
  { action: "lib/library/actions.ts#setExperiencePromotedAction", note: "A's entry",
    input: async (f) => ({ entryId: s(f.experienceA), promoted: (await f.database.experienceEntry.findUniqueOrThrow({ where: { id: f.experienceA } })).promoted ? "false" : "true" }),
                                                                                                          answers: [SI, OK, NP, NP, NP, NP, NP] },
  { action: "lib/library/actions.ts#addExperiencePhotosAction", note: "A's entry",
    input: (f) => ({ entryId: s(f.experienceA), photos: png("矩阵照片.png") }),                            answers: [SI, OK, NP, NP, NP, NP, NP] },
  { action: "lib/library/actions.ts#deleteExperiencePhotoAction", note: "a photo of A's site, not of an entry",
    input: (f) => ({ fileId: s(f.sitePhotoA) }),                                                          answers: [SI, NF, NP, NP, NP, NP, NP] },
  { action: "lib/library/actions.ts#deleteExperiencePhotoAction", note: "a photo of A's entry",
    input: (f) => ({ fileId: s(f.experiencePhotoA) }),                                                    answers: [SI, OK, NP, NP, NP, NP, NP] },
  { action: "lib/library/actions.ts#deleteExperienceEntryAction", note: "the entry made above (not promoted, not chosen)",
    input: async (f) => ({ entryId: s(await idOf(f, "experience", "矩阵测试品牌")) }),                     answers: [SI, OK, NP, NP, NP, NP, NP] },
  { action: "lib/users/actions.ts#createUserAction", note: "a secretary of A",
    input: (f) => ({ username: "authz.matrix", password: "Matrix-Strong-2026", displayName: "矩阵测试", title: "", role: "SECRETARY", enterpriseId: s(f.enterpriseA) }),
                                                                                                          answers: [SI, OK, NP, NP, NP, NP, NP] },
  { action: "lib/users/actions.ts#updateUserAction", note: "the account made above",
    input: async (f) => ({ userId: s(await idOf(f, "user", "authz.matrix")), displayName: "矩阵测试改名", title: "", role: "SECRETARY", enterpriseId: s(f.enterpriseA) }),
                                                                                                          answers: [SI, OK, NP, NP, NP, NP, NP] },
  { action: "lib/users/actions.ts#resetPasswordAction", note: "the account made above",
    input: async (f) => ({ userId: s(await idOf(f, "user", "authz.matrix")), password: "Matrix-Reset-2026" }),
                                                                                                          answers: [SI, OK, NP, NP, NP, NP, NP] },
  { action: "lib/users/actions.ts#setUserActiveAction", note: "the account made above",
    input: async (f) => ({ userId: s(await idOf(f, "user", "authz.matrix")), active: "false" }),           answers: [SI, OK, NP, NP, NP, NP, NP] },

  // ── Rubrics: staff edit a draft of the demonstration phase ───────────────────────
  { action: "lib/rubrics/content-actions.ts#addCategoryAction", note: "the draft rubric",
    input: (f) => ({ rubricId: s(f.draftRubric), name: "矩阵新类别" }),                                   answers: [SI, OK, NP, NP, NP, NP, NP] },
  { action: "lib/rubrics/content-actions.ts#renameCategoryAction", note: "its first category",
    input: (f) => ({ categoryId: s(f.draftCategories[0]!), name: "矩阵类别甲" }),                          answers: [SI, OK, NP, NP, NP, NP, NP] },
  { action: "lib/rubrics/content-actions.ts#moveCategoryAction", note: "its second category",
    input: (f) => ({ categoryId: s(f.draftCategories[1]!), direction: "up" }),                            answers: [SI, OK, NP, NP, NP, NP, NP] },
  { action: "lib/rubrics/content-actions.ts#addItemAction", note: "into its first category",
    input: (f) => ({ categoryId: s(f.draftCategories[0]!), title: "矩阵新条目", guidance: "", maxPoints: "10" }),
                                                                                                          answers: [SI, OK, NP, NP, NP, NP, NP] },
  { action: "lib/rubrics/content-actions.ts#updateItemAction", note: "its first item",
    input: (f) => ({ itemId: s(f.draftItems[0]!), categoryId: s(f.draftCategories[0]!), title: "矩阵条目甲", guidance: "", maxPoints: "60" }),
                                                                                                          answers: [SI, OK, NP, NP, NP, NP, NP] },
  { action: "lib/rubrics/content-actions.ts#moveItemAction", note: "its second item",
    input: (f) => ({ itemId: s(f.draftItems[1]!), direction: "up" }),                                     answers: [SI, OK, NP, NP, NP, NP, NP] },
  { action: "lib/rubrics/content-actions.ts#deleteItemAction", note: "the item added above",
    input: async (f) => ({ itemId: s(await idOf(f, "rubricItem", "矩阵新条目")) }),                       answers: [SI, OK, NP, NP, NP, NP, NP] },
  { action: "lib/rubrics/content-actions.ts#deleteCategoryAction", note: "the category added above",
    input: async (f) => ({ categoryId: s(await idOf(f, "rubricCategory", "矩阵新类别")) }),               answers: [SI, OK, NP, NP, NP, NP, NP] },
  { action: "lib/rubrics/actions.ts#updateRubricAction", note: "the draft rubric",
    input: (f) => ({ rubricId: s(f.draftRubric), title: "矩阵测试细则（修订）" }),                         answers: [SI, OK, NP, NP, NP, NP, NP] },
  { action: "lib/rubrics/actions.ts#copyRubricAction", note: "the draft rubric",
    input: (f) => ({ rubricId: s(f.draftRubric) }),                                                       answers: [SI, OK, NP, NP, NP, NP, NP] },
  { action: "lib/rubrics/actions.ts#deleteRubricAction", note: "the copy made above",
    input: async (f) => ({ rubricId: s((await f.database.rubric.findFirstOrThrow({ where: { phaseId: f.demonstrationPhase }, orderBy: { version: "desc" } })).id) }),
                                                                                                          answers: [SI, OK, NP, NP, NP, NP, NP] },
  { action: "lib/rubrics/actions.ts#createRubricAction", note: "demonstration phase",
    input: (f) => ({ phaseId: s(f.demonstrationPhase), title: "矩阵测试新细则" }),                        answers: [SI, OK, NP, NP, NP, NP, NP] },
  { action: "lib/rubrics/actions.ts#activateRubricAction", note: "the draft rubric (100 points)",
    input: (f) => ({ rubricId: s(f.draftRubric) }),                                                       answers: [SI, OK, NP, NP, NP, NP, NP] },

  // ── Tours ──────────────────────────────────────────────────────────────────────
  { action: "lib/tours/actions.ts#createTourAction", note: "cross phase, at A's site",
    input: (f) => tourFields(f, "矩阵测试观摩"),                                                          answers: [SI, OK, NP, NP, NP, NP, NP] },
  { action: "lib/tours/actions.ts#updateTourAction", note: "the tour made above",
    input: async (f) => ({ ...(await tourVersion(f, await idOf(f, "tour", "矩阵测试观摩"))), ...tourFields(f, "矩阵测试观摩"), notes: "改" }),
                                                                                                          answers: [SI, OK, NP, NP, NP, NP, NP] },
  { action: "lib/tours/actions.ts#publishTourAction", note: "the tour made above",
    input: async (f) => tourVersion(f, await idOf(f, "tour", "矩阵测试观摩")),                             answers: [SI, OK, NP, NP, NP, NP, NP] },
  { action: "lib/tours/actions.ts#completeTourAction", note: "the tour made above",
    input: async (f) => tourVersion(f, await idOf(f, "tour", "矩阵测试观摩")),                             answers: [SI, OK, NP, NP, NP, NP, NP] },
  { action: "lib/tours/actions.ts#cancelTourAction", note: "cross-3 (draft)",
    input: async (f) => ({ ...(await tourVersion(f, f.tourDraft)), reason: "矩阵测试取消" }),               answers: [SI, OK, NP, NP, NP, NP, NP] },

  // ── Demonstration selection ──────────────────────────────────────────────────────
  { action: "lib/demonstration/actions.ts#selectCandidateAction", note: "A's site, shown in the internal phase",
    input: (f) => ({ phaseId: s(f.demonstrationPhase), category: "SITE", targetId: s(f.siteA), reason: "矩阵测试入选理由" }),
                                                                                                          answers: [SI, OK, NP, NP, NP, NP, NP] },
  { action: "lib/demonstration/actions.ts#removeSelectionAction", note: "the selection made above",
    input: async (f) => ({ selectionId: s((await f.database.demonstrationSelection.findFirst({ where: { reason: "矩阵测试入选理由" } }))?.id ?? 1) }),
                                                                                                          answers: [SI, OK, NP, NP, NP, NP, NP] },

  // ── Rankings and the campaign (closing a phase last: it locks scoring) ──────────
  { action: "lib/rankings/actions.ts#withdrawResultsAction", note: "internal phase",
    input: (f) => ({ phaseId: s(f.internalPhase), reason: "矩阵测试撤回" }),                               answers: [SI, OK, NP, NP, NP, NP, NP] },
  { action: "lib/rankings/actions.ts#updatePhaseSettingsAction", note: "internal phase",
    input: async (f) => ({ phaseId: s(f.internalPhase), updatedAt: await phaseUpdatedAt(f, f.internalPhase), scoreMethod: "TRIMMED_MEAN", trimMinScorers: "5", tierMode: "THRESHOLD", disagreementThreshold: "15", excludeOwnEnterprise: "false", tierName: ["好", "较好", "一般"], tierMinScore: ["90", "80", ""], tierQuota: ["", "", ""] }),
                                                                                                          answers: [SI, OK, NP, NP, NP, NP, NP] },
  { action: "lib/rankings/actions.ts#publishResultsAction", note: "internal phase",
    input: (f) => ({ phaseId: s(f.internalPhase) }),                                                      answers: [SI, OK, NP, NP, NP, NP, NP] },
  { action: "lib/campaign/actions.ts#createCampaignAction",
    input: () => ({ year: "2095", name: "矩阵测试活动", goals: "" }),                                     answers: [SI, OK, NP, NP, NP, NP, NP] },
  { action: "lib/campaign/actions.ts#updateCampaignAction", note: "the campaign made above",
    input: async (f) => ({ campaignId: s((await f.database.campaign.findUnique({ where: { year: 2095 } }))?.id ?? 1), name: "矩阵测试活动（改）", goals: "" }),
                                                                                                          answers: [SI, OK, NP, NP, NP, NP, NP] },
  { action: "lib/campaign/actions.ts#updatePhaseAction", note: "demonstration phase",
    input: (f) => ({ phaseId: s(f.demonstrationPhase), name: "示范观摩", startsOn: "2022-10-01", endsOn: "2022-12-31", travelMinutes: "20" }),
                                                                                                          answers: [SI, OK, NP, NP, NP, NP, NP] },
  { action: "lib/campaign/actions.ts#closePhaseAction", note: "cross phase",
    input: (f) => ({ phaseId: s(f.crossPhase) }),                                                         answers: [SI, OK, NP, NP, NP, NP, NP] },
  { action: "lib/campaign/actions.ts#openPhaseAction", note: "demonstration phase",
    input: (f) => ({ phaseId: s(f.demonstrationPhase) }),                                                 answers: [SI, OK, NP, NP, NP, NP, NP] },

  // ── Own password last: it moves the caller's sessionsValidFrom ────────────────────
  { action: "lib/users/account-actions.ts#changeOwnPasswordAction",
    input: () => ({ currentPassword: DEMO_PASSWORD, newPassword: "Matrix-Own-Pass-2026", confirmPassword: "Matrix-Own-Pass-2026" }),
                                                                                                          answers: [SI, OK, OK, OK, OK, OK, OK] },
];

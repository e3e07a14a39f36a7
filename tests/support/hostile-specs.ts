import {
  refusedEnum as en,
  refusedFormat as fmt,
  refusedInteger as int,
  refusedStructure as st,
  refusedText as text,
  refusedValues,
  type Refused,
} from "@/tests/support/hostile-values";
import {
  id,
  optionalId,
  files,
  active,
  dateMisses,
  amountMisses,
  passwords,
  code,
  tourFields,
  tourBase,
  sheetFields,
  reportRows,
  caseRows,
  entryFields,
  siteFields,
  enterpriseFields,
  orgFields,
  profileFields,
  slotFields,
  problemFields,
  move,
  itemFields,
  campaignFields,
  month,
  amount,
  tiers,
  type ActionSpec,
  type SeedIds,
} from "@/tests/support/hostile-fields";

export { LENIENT_FIELDS, type ActionSpec, type SeedIds } from "@/tests/support/hostile-fields";

/**
 * For every server action: who may call it, a base input whose shape the schema accepts, and for
 * each field the values that must be refused (the field sets live in hostile-fields.ts).
 */
export function actionSpecs(ids: SeedIds): Record<string, ActionSpec> {
  const admin = (base: Record<string, unknown>, fields: Record<string, Refused>): ActionSpec => ({
    actor: "admin",
    base,
    fields,
  });
  const secretary = (base: Record<string, unknown>, fields: Record<string, Refused>): ActionSpec => ({
    actor: "secretary",
    base,
    fields,
  });
  const enterpriseBase = { name: "测试企业集团", shortName: "测试", category: "MUNICIPAL", sortOrder: 5 };
  const siteBase = {
    partyOrganizationId: ids.org,
    name: "测试观摩点",
    theme: "党建引领",
    highlights: "",
    address: "惠州市惠城区",
    capacity: 30,
  };
  const slotBase = {
    siteId: ids.site,
    date: "2022-10-12",
    startTime: "09:30",
    endTime: "11:00",
    capacity: 20,
    note: "",
  };
  const problemBase = {
    description: "学习阵地建设不足",
    severity: "MINOR",
    owner: "支部书记",
    deadline: "2022-12-31",
    rubricItemId: "",
  };
  const entryBase = {
    kind: "BRAND",
    title: "红色物流",
    summary: "以党建引领物流配送中心建设。",
    partyOrganizationId: ids.org,
    phaseId: ids.phase,
    tags: "学习角",
  };
  const profile = { displayName: "测试人员", title: "", role: "SECRETARY", enterpriseId: ids.enterprise };
  const reportBase = {
    phaseId: ids.phase,
    baseVersion: 0,
    workDone: "",
    highlights: "",
    problemsFound: "",
    rectificationPlan: "",
    experience: "",
    brands: [],
    innovationCases: [],
    selfScores: {},
  };
  const settingsBase = {
    phaseId: ids.phase,
    updatedAt: new Date().toISOString(),
    scoreMethod: "MEAN",
    trimMinScorers: 5,
    tierMode: "THRESHOLD",
    disagreementThreshold: "15",
    excludeOwnEnterprise: "on",
    tierName: ["好", "一般"],
    tierMinScore: ["85", ""],
    tierQuota: ["", ""],
  };
  return {
    "lib/api-tokens/actions.ts#createApiTokenAction": admin({ name: "大屏" }, { name: text(40, { min: 1 }) }),
    "lib/api-tokens/actions.ts#revokeApiTokenAction": admin({ tokenId: 1 }, { tokenId: id }),
    "lib/assets/actions.ts#fileOwnAssetFigureAction": secretary(
      { month: "2022-12", totalAssets: "12.5" },
      { month, totalAssets: amount },
    ),
    "lib/assets/actions.ts#fileAnyAssetFigureAction": admin(
      { enterpriseId: ids.enterprise, month: "2022-12", totalAssets: "12.5" },
      { enterpriseId: id, month, totalAssets: amount },
    ),
    "lib/assets/actions.ts#saveAssetTargetAction": admin(
      { year: 2030, amount: "7000", label: "", create: "true" },
      { year: int(2000, 2100), amount: fmt(["0", "0.00", ...amountMisses]), label: text(60) },
    ),
    "lib/assets/actions.ts#deleteAssetTargetAction": admin({ targetId: ids.target }, { targetId: id }),
    "lib/assets/import/actions.ts#importAssetFiguresAction": admin({ file: [] }, { file: files }),
    "lib/campaign/actions.ts#updatePhaseAction": admin(
      {
        phaseId: ids.phase,
        name: "内部观摩",
        startsOn: "2022-03-01",
        endsOn: "2022-05-31",
        selfReportDeadline: "",
        travelMinutes: 20,
      },
      {
        phaseId: id,
        name: text(40, { min: 1 }),
        startsOn: fmt(dateMisses),
        endsOn: fmt(dateMisses),
        selfReportDeadline: fmt(["2022-03-01", "2022-03-01T25:00", "x"], { required: false }),
        travelMinutes: int(0, 240),
      },
    ),
    "lib/campaign/actions.ts#openPhaseAction": admin({ phaseId: ids.phase }, { phaseId: id }),
    "lib/campaign/actions.ts#closePhaseAction": admin({ phaseId: ids.phase }, { phaseId: id }),
    "lib/campaign/actions.ts#createCampaignAction": admin(
      { year: 2031, name: "测试活动", goals: "找差距补短板", description: "" },
      { year: int(2000, 2100), ...campaignFields },
    ),
    "lib/campaign/actions.ts#updateCampaignAction": admin(
      { campaignId: ids.campaign, name: "测试活动", goals: "找差距补短板", description: "" },
      { campaignId: id, ...campaignFields },
    ),
    "lib/demonstration/actions.ts#selectCandidateAction": admin(
      { phaseId: ids.phase, category: "UNIT", targetId: ids.org, reason: "党建工作成效突出" },
      { phaseId: id, category: en(["UNIT", "PROJECT", "SITE"]), targetId: id, reason: text(500, { min: 5 }) },
    ),
    "lib/demonstration/actions.ts#removeSelectionAction": admin({ selectionId: ids.selection }, { selectionId: id }),
    "lib/enterprises/actions.ts#createEnterpriseAction": admin(enterpriseBase, enterpriseFields),
    "lib/enterprises/actions.ts#updateEnterpriseAction": admin(
      { enterpriseId: ids.enterprise, ...enterpriseBase },
      { enterpriseId: id, ...enterpriseFields },
    ),
    "lib/enterprises/actions.ts#setEnterpriseActiveAction": admin(
      { enterpriseId: ids.enterprise, active: "true" },
      { enterpriseId: id, active },
    ),
    "lib/enterprises/org-actions.ts#createOrgAction": admin(
      {
        enterpriseId: ids.enterprise,
        parentId: "",
        name: "测试党支部",
        level: "BRANCH",
        memberCount: 10,
        sortOrder: 0,
      },
      { enterpriseId: id, parentId: optionalId, ...orgFields },
    ),
    "lib/enterprises/org-actions.ts#updateOrgAction": admin(
      { orgId: ids.org, name: "测试党支部", level: "BRANCH", memberCount: 10, sortOrder: 0 },
      { orgId: id, ...orgFields },
    ),
    "lib/enterprises/org-actions.ts#moveOrgAction": admin(
      { orgId: ids.org, parentId: "" },
      { orgId: id, parentId: optionalId },
    ),
    "lib/enterprises/org-actions.ts#setOrgActiveAction": admin(
      { orgId: ids.org, active: "true" },
      { orgId: id, active },
    ),
    "lib/import/actions.ts#importOrganizationsAction": admin({ file: [] }, { file: files }),
    "lib/library/actions.ts#createExperienceEntryAction": admin(
      { ...entryBase, photos: [] },
      { ...entryFields, photos: files },
    ),
    "lib/library/actions.ts#updateExperienceEntryAction": admin(
      { entryId: ids.entry, ...entryBase },
      { entryId: id, ...entryFields },
    ),
    "lib/library/actions.ts#setExperiencePromotedAction": admin(
      { entryId: ids.entry, promoted: "true" },
      { entryId: id, promoted: active },
    ),
    "lib/library/actions.ts#addExperiencePhotosAction": admin(
      { entryId: ids.entry, photos: [] },
      { entryId: id, photos: files },
    ),
    "lib/library/actions.ts#deleteExperiencePhotoAction": admin({ fileId: ids.file }, { fileId: id }),
    "lib/library/actions.ts#deleteExperienceEntryAction": admin({ entryId: ids.entry }, { entryId: id }),
    "lib/notifications/actions.ts#markNotificationReadAction": admin(
      { notificationId: ids.notification },
      { notificationId: id },
    ),
    "lib/notifications/actions.ts#markAllNotificationsReadAction": admin({}, {}),
    "lib/problems/actions.ts#createProblemAction": admin(
      { stopId: ids.stop, ...problemBase, recurrenceOfId: "" },
      { stopId: id, ...problemFields, recurrenceOfId: optionalId },
    ),
    "lib/problems/actions.ts#rectifyProblemAction": secretary(
      { problemId: ids.problem, move: "start", comment: "已开始整改", evidence: [] },
      move(["start", "submit", "close", "return"]),
    ),
    "lib/problems/actions.ts#verifyProblemAction": admin(
      { problemId: ids.problem, move: "close", comment: "整改到位", evidence: [] },
      move(["start", "submit", "close", "return"]),
    ),
    "lib/rankings/actions.ts#updatePhaseSettingsAction": admin(settingsBase, {
      phaseId: id,
      updatedAt: fmt(["2022-03-24", "yesterday", "2022-13-01T00:00:00Z"]),
      scoreMethod: en(["MEAN", "TRIMMED_MEAN"]),
      trimMinScorers: int(3, 99),
      tierMode: en(["THRESHOLD", "QUOTA"]),
      disagreementThreshold: fmt(["-1", "100.01", "1e2", "abc", "1.234", "1000"]),
      tierName: tiers,
      tierMinScore: st([
        ["abc", ""],
        ["101", ""],
        ["-5", ""],
        [["1"], ""],
        ["NaN", ""],
      ]),
      tierQuota: st([
        ["abc", ""],
        ["0", ""],
        ["100.001", ""],
        ["1e2", ""],
        [["1"], ""],
      ]),
    }),
    "lib/rankings/actions.ts#publishResultsAction": admin({ phaseId: ids.phase }, { phaseId: id }),
    "lib/rankings/actions.ts#withdrawResultsAction": admin(
      { phaseId: ids.phase, reason: "评分数据需复核" },
      { phaseId: id, reason: text(200, { min: 4 }) },
    ),
    "lib/remarks/actions.ts#recordRemarkAction": admin(
      { stopId: ids.stop, content: "很受启发" },
      { stopId: id, content: text(1000, { min: 1 }) },
    ),
    "lib/remarks/actions.ts#recordGuestRemarkAction": admin(
      { stopId: ids.stop, guestId: ids.guest, content: "很受启发" },
      { stopId: id, guestId: id, content: text(1000, { min: 1 }) },
    ),
    "lib/reports/actions.ts#saveReportDraftAction": secretary(reportBase, {
      phaseId: id,
      baseVersion: int(0, 2_147_483_647),
      workDone: text(20_000),
      highlights: text(20_000),
      problemsFound: text(20_000),
      rectificationPlan: text(20_000),
      experience: text(20_000),
      brands: reportRows,
      innovationCases: caseRows,
      selfScores: st([
        { abc: "5" },
        { "1": "-1" },
        { "1": "7.3" },
        { "1": 7 },
        { "99999999999999999999": "5" },
        { "1": "5".repeat(11) },
      ]),
    }),
    "lib/reports/actions.ts#submitReportAction": secretary(
      { reportId: ids.report, baseVersion: ids.reportVersion },
      { reportId: id, baseVersion: int(0, 2_147_483_647) },
    ),
    "lib/reports/actions.ts#returnReportAction": admin(
      { reportId: ids.report, version: ids.reportVersion || 1, reasons: { workDone: "请补充" } },
      {
        reportId: id,
        version: id,
        reasons: st([{ workDone: "理".repeat(1001) }, { evil: "x" }, { workDone: 42 }, ["理由"]]),
      },
    ),
    "lib/reports/actions.ts#acceptReportAction": admin(
      { reportId: ids.report, version: ids.reportVersion || 1, items: [] },
      {
        reportId: id,
        version: id,
        items: st([[42], Array.from({ length: 51 }, () => ({})), "[1,2]", { a: 1 }, [{ partyOrganizationId: "x" }]]),
      },
    ),
    "lib/reports/actions.ts#addReportAttachmentsAction": secretary(
      { phaseId: ids.phase, files: [] },
      { phaseId: id, files },
    ),
    "lib/reports/actions.ts#deleteReportAttachmentAction": secretary({ fileId: ids.file }, { fileId: id }),
    "lib/rubrics/actions.ts#createRubricAction": admin(
      { phaseId: ids.phase, title: "评分细则" },
      { phaseId: id, title: text(80, { min: 1 }) },
    ),
    "lib/rubrics/actions.ts#updateRubricAction": admin(
      { rubricId: ids.rubric, title: "评分细则" },
      { rubricId: id, title: text(80, { min: 1 }) },
    ),
    "lib/rubrics/actions.ts#activateRubricAction": admin({ rubricId: ids.rubric }, { rubricId: id }),
    "lib/rubrics/actions.ts#copyRubricAction": admin({ rubricId: ids.rubric }, { rubricId: id }),
    "lib/rubrics/actions.ts#deleteRubricAction": admin({ rubricId: ids.rubric }, { rubricId: id }),
    "lib/rubrics/content-actions.ts#addCategoryAction": admin(
      { rubricId: ids.rubric, name: "组织体系" },
      { rubricId: id, name: text(40, { min: 1 }) },
    ),
    "lib/rubrics/content-actions.ts#renameCategoryAction": admin(
      { categoryId: ids.category, name: "组织体系" },
      { categoryId: id, name: text(40, { min: 1 }) },
    ),
    "lib/rubrics/content-actions.ts#moveCategoryAction": admin(
      { categoryId: ids.category, direction: "up" },
      { categoryId: id, direction: en(["up", "down"]) },
    ),
    "lib/rubrics/content-actions.ts#deleteCategoryAction": admin({ categoryId: ids.category }, { categoryId: id }),
    "lib/rubrics/content-actions.ts#addItemAction": admin(
      { categoryId: ids.category, title: "条目", guidance: "", maxPoints: "5" },
      { categoryId: id, ...itemFields },
    ),
    "lib/rubrics/content-actions.ts#updateItemAction": admin(
      { itemId: ids.item, categoryId: ids.category, title: "条目", guidance: "", maxPoints: "5" },
      { itemId: id, categoryId: id, ...itemFields },
    ),
    "lib/rubrics/content-actions.ts#moveItemAction": admin(
      { itemId: ids.item, direction: "down" },
      { itemId: id, direction: en(["up", "down"]) },
    ),
    "lib/rubrics/content-actions.ts#deleteItemAction": admin({ itemId: ids.item }, { itemId: id }),
    "lib/scoring/actions.ts#saveScoreSheetAction": admin(
      { stopId: ids.stop, baseVersion: 0, scores: {}, comment: "" },
      sheetFields,
    ),
    "lib/scoring/actions.ts#submitScoreSheetAction": admin(
      { stopId: ids.stop, baseVersion: 0, scores: {}, comment: "" },
      sheetFields,
    ),
    "lib/scoring/actions.ts#unlockScoreSheetAction": admin(
      { sheetId: ids.sheet, version: ids.sheetVersion, reason: "评分有误需更正" },
      { sheetId: id, version: id, reason: text(500, { min: 4 }) },
    ),
    "lib/sites/actions.ts#createSiteAction": admin({ ...siteBase, photos: [] }, { ...siteFields, photos: files }),
    "lib/sites/actions.ts#updateSiteAction": admin({ siteId: ids.site, ...siteBase }, { siteId: id, ...siteFields }),
    "lib/sites/actions.ts#setSiteActiveAction": admin({ siteId: ids.site, active: "true" }, { siteId: id, active }),
    "lib/sites/actions.ts#addSitePhotosAction": admin({ siteId: ids.site, photos: [] }, { siteId: id, photos: files }),
    "lib/sites/actions.ts#deleteSitePhotoAction": admin({ fileId: ids.file }, { fileId: id }),
    "lib/tours/actions.ts#createTourAction": admin(tourBase(ids), tourFields(ids)),
    "lib/tours/actions.ts#updateTourAction": admin(
      { tourId: ids.tour, version: ids.tourVersion, ...tourBase(ids) },
      { tourId: id, version: id, ...tourFields(ids) },
    ),
    "lib/tours/actions.ts#publishTourAction": admin(
      { tourId: ids.tour, version: ids.tourVersion },
      { tourId: id, version: id },
    ),
    "lib/tours/actions.ts#completeTourAction": admin(
      { tourId: ids.tour, version: ids.tourVersion },
      { tourId: id, version: id },
    ),
    "lib/tours/actions.ts#cancelTourAction": admin(
      { tourId: ids.tour, version: ids.tourVersion, reason: "天气原因" },
      { tourId: id, version: id, reason: text(200, { min: 1 }) },
    ),
    "lib/users/account-actions.ts#changeOwnPasswordAction": admin(
      { currentPassword: "Guanmo@2022", newPassword: "观摩平台新密码2026!", confirmPassword: "观摩平台新密码2026!" },
      {
        currentPassword: refusedValues(["", "x".repeat(257), 42, ["a", "b"], null, "\u0000"]),
        newPassword: passwords,
        confirmPassword: refusedValues(["x".repeat(257), 42, ["a"], "不一致的确认密码"]),
      },
    ),
    "lib/users/account-actions.ts#startTotpEnrolmentAction": admin({}, {}),
    "lib/users/account-actions.ts#confirmTotpAction": admin({ code: "123456" }, { code }),
    "lib/users/account-actions.ts#disableTotpAction": admin({ code: "123456" }, { code }),
    "lib/users/actions.ts#createUserAction": admin(
      { username: "hostile-test", password: "观摩平台新密码2026!", ...profile },
      {
        username: st(["ab", "admin!", "-abc", "a".repeat(33), "用户名", "a b", "admin'--", "<script>", 42]),
        password: passwords,
        ...profileFields,
      },
    ),
    "lib/users/actions.ts#updateUserAction": admin({ userId: ids.user, ...profile }, { userId: id, ...profileFields }),
    "lib/users/actions.ts#setUserActiveAction": admin({ userId: ids.user, active: "true" }, { userId: id, active }),
    "lib/users/actions.ts#resetPasswordAction": admin(
      { userId: ids.user, password: "观摩平台新密码2026!" },
      { userId: id, password: passwords },
    ),
    "lib/visits/actions.ts#signUpForVisitAction": admin({ slotId: ids.slot }, { slotId: id }),
    "lib/visits/actions.ts#cancelVisitSignupAction": admin({ signupId: ids.signup }, { signupId: id }),
    "lib/visits/actions.ts#createVisitSlotAction": admin(
      { phaseId: ids.phase, ...slotBase },
      { phaseId: id, ...slotFields },
    ),
    "lib/visits/actions.ts#updateVisitSlotAction": admin(
      { slotId: ids.slot, ...slotBase },
      { slotId: id, ...slotFields },
    ),
    "lib/visits/actions.ts#cancelVisitSlotAction": admin(
      { slotId: ids.slot, reason: "场地调整" },
      { slotId: id, reason: text(200, { min: 2 }) },
    ),
    "lib/visits/actions.ts#deleteVisitSlotAction": admin({ slotId: ids.slot }, { slotId: id }),
  };
}

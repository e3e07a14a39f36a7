"use server";

import { defineAction } from "@/lib/actions/define-action";
import { conflict, invalid, notFound } from "@/lib/errors";
import { checkUploads, deleteStoredFile, saveFiles } from "@/lib/files/stored-files";
import { notifySecretaries } from "@/lib/reports/notify";
import { onReportAccepted } from "@/lib/reports/on-accepted";
import {
  activeItems,
  assertPhase,
  createReportIfMissing,
  checkSelfScores,
  findOwnReport,
  ownEnterprise,
  REPORT_AUDIT_FIELDS,
  snapshotOf,
  STALE_MESSAGE,
  submitProblems,
} from "@/lib/reports/report-writes";
import {
  acceptReportSchema,
  addReportAttachmentsSchema,
  deleteReportAttachmentSchema,
  returnReportSchema,
  saveReportDraftSchema,
  submitReportSchema,
} from "@/lib/reports/schemas";
import { SECTION_LABELS, type ReviewSectionKey } from "@/lib/reports/sections";
import { isEditable, nextStatus, refusal } from "@/lib/reports/state";
import type { Transaction } from "@/lib/prisma-client";

/** A report per page of a phase; an autosave answers with the version the next save is based on. */
const secretaryPages = (phaseId: number) => ["/reports", `/reports/${phaseId}`];
const staffPages = (reportId: number) => ["/admin/reports", `/admin/reports/${reportId}`, "/admin/reports/gap"];

/** Only the sections that changed go into the audit row of an autosave. */
function changedFields(before: Record<string, unknown>, after: Record<string, unknown>) {
  const keys = Object.keys(after).filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
  return {
    before: Object.fromEntries(keys.map((key) => [key, before[key]])),
    after: Object.fromEntries(keys.map((key) => [key, after[key]])),
  };
}

export const saveReportDraftAction = defineAction({
  name: "saveReportDraft",
  schema: saveReportDraftSchema,
  permission: "report.write",
  async run({ input, user, tx, audit }) {
    const enterpriseId = ownEnterprise(user);
    await assertPhase(tx, input.phaseId);
    const { phaseId, baseVersion, selfScores, ...content } = input;
    const scores = checkSelfScores(await activeItems(tx, phaseId), selfScores);
    const existing = await findOwnReport(tx, user, phaseId);

    let reportId: number;
    let editVersion: number;
    if (!existing) {
      if (baseVersion !== 0) throw notFound("自查报告");
      const created = await createReportIfMissing(tx, { enterpriseId, phaseId, ...content });
      if (!created) throw conflict(STALE_MESSAGE);
      await audit({ action: "selfReport.create", entityType: "SelfReport", entityId: created.id, after: created });
      reportId = created.id;
      editVersion = created.editVersion;
    } else {
      if (!isEditable(existing.status)) throw conflict(refusal(existing.status, "edit"));
      // Compare-and-set: a save based on an older version (another tab) never overwrites.
      const { count } = await tx.selfReport.updateMany({
        where: { id: existing.id, editVersion: baseVersion, status: existing.status },
        data: { ...content, editVersion: { increment: 1 } },
      });
      if (count === 0) throw conflict(STALE_MESSAGE);
      const { before, after } = changedFields(existing, content);
      reportId = existing.id;
      editVersion = baseVersion + 1;
      const previous = await tx.selfScore.findMany({ where: { reportId }, select: { itemId: true, score: true } });
      const scoreChange = changedFields(
        { selfScores: Object.fromEntries(previous.map((row) => [row.itemId, row.score.toFixed(1)])) },
        { selfScores: Object.fromEntries(scores.map((row) => [row.itemId, Number(row.score).toFixed(1)])) },
      );
      await audit({
        action: "selfReport.saveDraft",
        entityType: "SelfReport",
        entityId: reportId,
        before: { ...before, ...scoreChange.before, editVersion: baseVersion },
        after: { ...after, ...scoreChange.after, editVersion },
      });
    }
    await tx.selfScore.deleteMany({ where: { reportId } });
    if (scores.length > 0) {
      await tx.selfScore.createMany({
        data: scores.map((row) => ({ reportId, itemId: row.itemId, score: row.score })),
      });
    }
    return { reportId, phaseId, editVersion, savedAt: new Date() };
  },
  revalidate: (output) => secretaryPages(output.phaseId),
});

export const submitReportAction = defineAction({
  name: "submitReport",
  schema: submitReportSchema,
  permission: "report.write",
  async run({ input, user, tx, audit }) {
    const report = await tx.selfReport.findFirst({
      where: { id: input.reportId, enterpriseId: ownEnterprise(user) },
      select: { ...REPORT_AUDIT_FIELDS, phase: { select: { selfReportDeadline: true } } },
    });
    if (!report) throw notFound("自查报告");
    const to = nextStatus(report.status, "submit");
    if (!to) throw conflict(refusal(report.status, "submit"));
    if (report.editVersion !== input.baseVersion) throw conflict(STALE_MESSAGE);

    const items = await activeItems(tx, report.phaseId);
    const scored = await tx.selfScore.findMany({ where: { reportId: report.id }, select: { itemId: true } });
    const problems = submitProblems(report, items, new Set(scored.map((row) => row.itemId)));
    if (Object.keys(problems).length > 0) throw invalid("报告还有未完成的部分，请补充后再提交", problems);

    const now = new Date();
    const deadline = report.phase.selfReportDeadline;
    const late = deadline !== null && now > deadline;
    const version = report.submissionCount + 1;
    const { count } = await tx.selfReport.updateMany({
      where: { id: report.id, editVersion: input.baseVersion, status: report.status },
      data: {
        status: to,
        submissionCount: version,
        lastSubmittedAt: now,
        editVersion: { increment: 1 },
      },
    });
    if (count === 0) throw conflict(STALE_MESSAGE);
    const snapshot = await snapshotOf(tx, report.id);
    await tx.selfReportVersion.create({
      data: { reportId: report.id, version, snapshot, submittedAt: now, late, submittedById: user.id },
    });
    await audit({
      action: "selfReport.submit",
      entityType: "SelfReport",
      entityId: report.id,
      before: { status: report.status, submissionCount: report.submissionCount },
      after: { status: to, submissionCount: version, late },
    });
    return { reportId: report.id, phaseId: report.phaseId, version, late };
  },
  revalidate: (output) => [...secretaryPages(output.phaseId), ...staffPages(output.reportId)],
});

/** Loads a report for review; `version` must be the submission the reviewer read. */
async function loadForReview(tx: Transaction, reportId: number, version: number, move: "return" | "accept") {
  const report = await tx.selfReport.findUnique({
    where: { id: reportId },
    select: {
      id: true,
      enterpriseId: true,
      phaseId: true,
      status: true,
      submissionCount: true,
      phase: { select: { name: true } },
    },
  });
  if (!report) throw notFound("自查报告");
  const to = nextStatus(report.status, move);
  if (!to) throw conflict(refusal(report.status, move));
  if (report.submissionCount !== version) throw conflict("报告已重新提交，请先阅读最新版本再审核");
  return { report, to };
}

/** Moves a submitted report on, unless someone else reviewed it first. */
async function moveReviewed(tx: Transaction, reportId: number, version: number, data: object) {
  const { count } = await tx.selfReport.updateMany({
    where: { id: reportId, status: "SUBMITTED", submissionCount: version },
    data: { ...data, editVersion: { increment: 1 } },
  });
  if (count === 0) throw conflict("报告刚刚已被他人审核，请刷新页面查看");
}

export const returnReportAction = defineAction({
  name: "returnReport",
  schema: returnReportSchema,
  permission: "report.review",
  async run({ input, user, tx, audit }) {
    const reasons = input.reasons as Partial<Record<ReviewSectionKey, string>>;
    if (Object.keys(reasons).length === 0) {
      throw invalid("请至少为一个部分填写退回理由", { reasons: ["请至少为一个部分填写退回理由"] });
    }
    const { report, to } = await loadForReview(tx, input.reportId, input.version, "return");
    await moveReviewed(tx, report.id, input.version, { status: to });
    const review = await tx.selfReportReview.create({
      data: { reportId: report.id, version: input.version, decision: "RETURNED", reasons, reviewerId: user.id },
      select: { id: true },
    });
    await audit({
      action: "selfReport.return",
      entityType: "SelfReport",
      entityId: report.id,
      before: { status: report.status },
      after: { status: to, version: input.version, reviewId: review.id, reasons },
    });
    const sections = Object.keys(reasons).map((key) => SECTION_LABELS[key as ReviewSectionKey]);
    await notifySecretaries(tx, report.enterpriseId, {
      kind: "REPORT_RETURNED",
      title: `${report.phase.name}自查报告被退回修改`,
      body: `需修改：${sections.join("、")}`,
      link: `/reports/${report.phaseId}`,
    });
    return { reportId: report.id, phaseId: report.phaseId };
  },
  revalidate: (output) => [...secretaryPages(output.phaseId), ...staffPages(output.reportId)],
});

export const acceptReportAction = defineAction({
  name: "acceptReport",
  schema: acceptReportSchema,
  permission: "report.review",
  async run({ input, user, tx, audit }) {
    const { report, to } = await loadForReview(tx, input.reportId, input.version, "accept");
    await moveReviewed(tx, report.id, input.version, { status: to, acceptedAt: new Date() });
    const review = await tx.selfReportReview.create({
      data: { reportId: report.id, version: input.version, decision: "ACCEPTED", reviewerId: user.id },
      select: { id: true },
    });
    await audit({
      action: "selfReport.accept",
      entityType: "SelfReport",
      entityId: report.id,
      before: { status: report.status },
      after: { status: to, version: input.version, reviewId: review.id },
    });
    const problemIds = await onReportAccepted(tx, report.id, input.items, { actorId: user.id, audit });
    await notifySecretaries(tx, report.enterpriseId, {
      kind: "REPORT_ACCEPTED",
      title: `${report.phase.name}自查报告已通过审核`,
      body: "",
      link: `/reports/${report.phaseId}`,
    });
    return { reportId: report.id, phaseId: report.phaseId, problemIds };
  },
  revalidate: (output) => [
    ...secretaryPages(output.phaseId),
    ...staffPages(output.reportId),
    ...(output.problemIds.length > 0 ? ["/problems"] : []),
  ],
});

const MAX_ATTACHMENTS = 20;

export const addReportAttachmentsAction = defineAction({
  name: "addReportAttachments",
  schema: addReportAttachmentsSchema,
  permission: "report.write",
  async run({ input, user, tx, audit }) {
    if (input.files.length === 0) throw invalid("请选择文件", { files: ["请选择要上传的文件"] });
    const enterpriseId = ownEnterprise(user);
    await assertPhase(tx, input.phaseId);
    let report = await findOwnReport(tx, user, input.phaseId);
    if (!report) {
      report = await tx.selfReport.create({
        data: { enterpriseId, phaseId: input.phaseId },
        select: REPORT_AUDIT_FIELDS,
      });
      await audit({ action: "selfReport.create", entityType: "SelfReport", entityId: report.id, after: report });
    }
    if (!isEditable(report.status)) throw conflict(refusal(report.status, "edit"));
    // Rows of this report are locked so two uploads at once cannot both pass the count.
    await tx.$queryRaw`SELECT id FROM "SelfReport" WHERE id = ${report.id} FOR UPDATE`;
    const already = await tx.storedFile.count({ where: { selfReportId: report.id } });
    if (already + input.files.length > MAX_ATTACHMENTS) {
      throw invalid("附件数量已达上限", {
        files: [`每份报告最多 ${MAX_ATTACHMENTS} 个附件，已有 ${already} 个，请先删除不需要的附件`],
      });
    }
    const checked = await checkUploads("reportAttachment", input.files, "files");
    const files = await saveFiles(tx, checked, { selfReportId: report.id }, user.id);
    for (const file of files) {
      await audit({ action: "storedFile.create", entityType: "StoredFile", entityId: file.id, after: file });
    }
    return { reportId: report.id, phaseId: input.phaseId, added: files.length };
  },
  revalidate: (output) => secretaryPages(output.phaseId),
});

export const deleteReportAttachmentAction = defineAction({
  name: "deleteReportAttachment",
  schema: deleteReportAttachmentSchema,
  permission: "report.write",
  async run({ input, user, tx, audit }) {
    const file = await tx.storedFile.findFirst({
      where: { id: input.fileId, selfReport: { enterpriseId: ownEnterprise(user) } },
      select: {
        id: true,
        storageKey: true,
        originalName: true,
        mimeType: true,
        sizeBytes: true,
        selfReportId: true,
        selfReport: { select: { status: true, phaseId: true } },
      },
    });
    if (!file || !file.selfReport) throw notFound("附件");
    if (!isEditable(file.selfReport.status)) throw conflict(refusal(file.selfReport.status, "edit"));
    const { storageKey, selfReport, ...before } = file;
    await audit({ action: "storedFile.delete", entityType: "StoredFile", entityId: file.id, before });
    await deleteStoredFile(tx, { id: file.id, storageKey });
    return { phaseId: selfReport.phaseId };
  },
  revalidate: (output) => secretaryPages(output.phaseId),
});

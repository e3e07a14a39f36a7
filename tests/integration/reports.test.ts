import { mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createPrismaClient } from "@/lib/prisma-client";
import {
  acceptReportAction,
  addReportAttachmentsAction,
  deleteReportAttachmentAction,
  returnReportAction,
  saveReportDraftAction,
  submitReportAction,
} from "@/lib/reports/actions";
import { STALE_MESSAGE } from "@/lib/reports/report-writes";
import { selfAssessmentGap } from "@/lib/reports/gap-queries";
import { getOwnReport } from "@/lib/reports/queries";
import { getReportForStaff, listPhaseReports } from "@/lib/reports/staff-queries";
import { resolveSessionUser } from "@/lib/auth/session-user";
import { GET as getFile } from "@/app/api/files/[id]/route";
import { runAs } from "@/tests/support/per-call-session";
import { actAs } from "@/tests/support/request-context";
import { userIdOf } from "@/tests/support/setup-fixtures";
import { chinaDateKey } from "@/lib/format";
import { DOCX_BYTES } from "@/tests/support/zip";

// Sequential calls sign in with `actAs`; concurrent ones each carry their own user through `runAs`.
vi.mock("next/headers", () => import("@/tests/support/per-call-session"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const filesDir = await mkdtemp(path.join(os.tmpdir(), "daguanmo-report-files-"));
process.env.FILES_DIR = filesDir;

const database = createPrismaClient(process.env.DATABASE_URL!, 2);
const ids: Record<string, number> = {};
let crossPhaseId: number;
let demoPhaseId: number;
let crossItems: { id: number; maxPoints: { toString(): string } }[];

const PDF = new TextEncoder().encode("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n");
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 1, 2, 3, 4]);
const EXE = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0xff, 0xff]);
const file = (name: string, bytes: Uint8Array) => new File([new Uint8Array(bytes)], name);
const upload = (phaseId: number, files: File | File[]) => {
  const data = new FormData();
  data.set("phaseId", String(phaseId));
  for (const one of [files].flat()) data.append("files", one);
  return addReportAttachmentsAction(null, data);
};
const fetchFile = (id: number) =>
  getFile(new Request(`http://localhost/api/files/${id}`), { params: Promise.resolve({ id: String(id) }) });

const SECTIONS = {
  workDone: "一、组织开展交叉观摩准备。\n二、完善支部标准化建设。",
  highlights: "“清水先锋”党员责任区。",
  problemsFound: "部分支部阵地利用率不高。",
  rectificationPlan: "九月底前完成阵地整合，责任人：党群工作部。",
  experience: "党建与供水保障融合的做法。",
};
const fullScores = () => Object.fromEntries(crossItems.map((item) => [String(item.id), "3"]));

async function shuiwuCross() {
  return database.selfReport.findFirstOrThrow({
    where: { phaseId: crossPhaseId, enterprise: { users: { some: { username: "secretary" } } } },
    include: { selfScores: true, versions: true, reviews: true, attachments: true },
  });
}

async function sessionOf(username: string) {
  return (await resolveSessionUser(database, { sub: String(ids[username]), signedInAt: Date.now() }))!;
}

beforeAll(async () => {
  for (const username of ["admin", "leader", "secretary", "deputy-shuiwu", "sec-gangtou", "sec-yidong", "observer"]) {
    ids[username] = await userIdOf(database, username);
  }
  crossPhaseId = (await database.phase.findFirstOrThrow({ where: { kind: "CROSS" } })).id;
  demoPhaseId = (await database.phase.findFirstOrThrow({ where: { kind: "DEMONSTRATION" } })).id;
  crossItems = await database.rubricItem.findMany({
    where: { rubric: { phaseId: crossPhaseId, status: "ACTIVE" } },
    select: { id: true, maxPoints: true },
  });
});

afterAll(async () => {
  await database.$disconnect();
  await rm(filesDir, { recursive: true, force: true });
});

describe("autosaved drafts", () => {
  it("saves the whole draft against the version it saw and records what changed", async () => {
    await actAs(ids.secretary!);
    const before = await shuiwuCross();
    expect(before.status).toBe("DRAFT");
    const result = await saveReportDraftAction(null, {
      phaseId: crossPhaseId,
      baseVersion: before.editVersion,
      ...SECTIONS,
      brands: [
        { name: "清水先锋", description: "党员责任区" },
        { name: "", description: "" },
      ],
      innovationCases: [{ title: "智慧水务党建", summary: "党员攻关" }],
      selfScores: { [crossItems[0]!.id]: "2.5", [crossItems[1]!.id]: "" },
    });
    expect(result).toMatchObject({ ok: true, data: { reportId: before.id, editVersion: before.editVersion + 1 } });
    const after = await shuiwuCross();
    expect(after).toMatchObject({ ...SECTIONS, brands: [{ name: "清水先锋", description: "党员责任区" }] });
    expect(after.selfScores.map((row) => [row.itemId, row.score.toString()])).toEqual([[crossItems[0]!.id, "2.5"]]);
    const audit = await database.auditLog.findFirstOrThrow({
      where: { action: "selfReport.saveDraft", entityId: String(before.id) },
      orderBy: { id: "desc" },
    });
    expect(audit.actorId).toBe(ids.secretary);
    expect(Object.keys(audit.after as object)).toEqual(expect.arrayContaining(["workDone", "brands", "selfScores"]));
  });

  it("refuses a stale save from another tab and keeps what was saved", async () => {
    await actAs(ids.secretary!);
    const current = await shuiwuCross();
    const fresh = await saveReportDraftAction(null, {
      phaseId: crossPhaseId,
      baseVersion: current.editVersion,
      ...SECTIONS,
      workDone: "新窗口写的内容",
    });
    expect(fresh.ok).toBe(true);
    const stale = await saveReportDraftAction(null, {
      phaseId: crossPhaseId,
      baseVersion: current.editVersion,
      ...SECTIONS,
      workDone: "旧窗口的内容",
    });
    expect(stale).toEqual({ ok: false, error: STALE_MESSAGE });
    expect((await shuiwuCross()).workDone).toBe("新窗口写的内容");
  });

  it("checks self-scores against the phase's active rubric", async () => {
    await actAs(ids.secretary!);
    const { editVersion } = await shuiwuCross();
    const item = crossItems[0]!;
    const otherRubricItem = await database.rubricItem.findFirstOrThrow({
      where: { rubric: { phase: { kind: "INTERNAL" } } },
    });
    const result = await saveReportDraftAction(null, {
      phaseId: crossPhaseId,
      baseVersion: editVersion,
      ...SECTIONS,
      selfScores: { [item.id]: String(Number(item.maxPoints.toString()) + 0.5), [otherRubricItem.id]: "1" },
    });
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        [`selfScores.${item.id}`]: [expect.stringContaining("分值须在 0 到")],
        [`selfScores.${otherRubricItem.id}`]: ["该条目不在本阶段启用的评分细则中"],
      },
    });
    expect(
      await saveReportDraftAction(null, {
        phaseId: crossPhaseId,
        baseVersion: editVersion,
        selfScores: { [item.id]: "1.3" },
      }),
    ).toMatchObject({ ok: false, fieldErrors: { selfScores: [expect.stringContaining("0.5")] } });
    expect((await shuiwuCross()).editVersion).toBe(editVersion);
  });

  it("creates a report on the first save of a phase", async () => {
    await actAs(ids.secretary!);
    const result = await saveReportDraftAction(null, {
      phaseId: demoPhaseId,
      baseVersion: 0,
      workDone: "示范观摩准备",
    });
    expect(result).toMatchObject({ ok: true, data: { editVersion: 1 } });
    const again = await saveReportDraftAction(null, { phaseId: demoPhaseId, baseVersion: 0, workDone: "另一窗口" });
    expect(again).toEqual({ ok: false, error: STALE_MESSAGE });
  });
});

describe("the life of a report", () => {
  it("refuses to submit an incomplete report, naming what is missing", async () => {
    await actAs(ids.secretary!);
    const report = await shuiwuCross();
    const saved = await saveReportDraftAction(null, {
      phaseId: crossPhaseId,
      baseVersion: report.editVersion,
      ...SECTIONS,
      experience: " ",
      selfScores: {},
    });
    expect(saved.ok).toBe(true);
    const result = await submitReportAction(null, { reportId: report.id, baseVersion: report.editVersion + 1 });
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { experience: ["请填写可推广经验"], selfScores: [`还有 ${crossItems.length} 个评分条目未自评`] },
    });
    expect((await shuiwuCross()).status).toBe("DRAFT");
  });

  it("draft → submitted (late) → returned → submitted → accepted, with versions, reviews and notifications", async () => {
    await actAs(ids.secretary!);
    let report = await shuiwuCross();
    const saved = await saveReportDraftAction(null, {
      phaseId: crossPhaseId,
      baseVersion: report.editVersion,
      ...SECTIONS,
      selfScores: fullScores(),
    });
    expect(saved.ok).toBe(true);
    expect(await upload(crossPhaseId, file("现场照片.jpg", JPEG))).toMatchObject({ ok: true });
    report = await shuiwuCross();
    // A submit based on an older version than the server's is refused.
    expect(await submitReportAction(null, { reportId: report.id, baseVersion: report.editVersion - 1 })).toEqual({
      ok: false,
      error: STALE_MESSAGE,
    });
    const first = await submitReportAction(null, { reportId: report.id, baseVersion: report.editVersion });
    // The cross phase's deadline (15 August 2022) has long passed: accepted, and marked late.
    expect(first).toMatchObject({ ok: true, data: { version: 1, late: true } });
    report = await shuiwuCross();
    expect(report).toMatchObject({ status: "SUBMITTED", submissionCount: 1 });
    expect(report.versions[0]).toMatchObject({ version: 1, late: true, submittedById: ids.secretary });
    expect(report.versions[0]!.snapshot).toMatchObject({
      ...SECTIONS,
      selfScores: { [crossItems[0]!.id]: "3.0" },
      attachments: [{ name: "现场照片.jpg" }],
    });

    // Submitted: the secretary can no longer change it.
    expect(
      await saveReportDraftAction(null, { phaseId: crossPhaseId, baseVersion: report.editVersion, ...SECTIONS }),
    ).toMatchObject({ ok: false, error: "报告已提交，正在审核，暂不能修改" });
    expect(await upload(crossPhaseId, file("b.pdf", PDF))).toMatchObject({ ok: false });

    // Staff return it: at least one reason, and only for the version they read.
    await actAs(ids.admin!);
    expect(
      await returnReportAction(null, { reportId: report.id, version: 1, reasons: { workDone: "  " } }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { reasons: ["请至少为一个部分填写退回理由"] },
    });
    expect(
      await returnReportAction(null, { reportId: report.id, version: 2, reasons: { workDone: "请补充" } }),
    ).toMatchObject({ ok: false, error: "报告已重新提交，请先阅读最新版本再审核" });
    const returnedAt = new Date();
    const returned = await returnReportAction(null, {
      reportId: report.id,
      version: 1,
      reasons: { problemsFound: "问题查摆不具体。", selfScores: "自评偏高。" },
    });
    expect(returned.ok).toBe(true);
    report = await shuiwuCross();
    expect(report.status).toBe("RETURNED");
    expect(report.reviews.at(-1)).toMatchObject({
      decision: "RETURNED",
      version: 1,
      reasons: { problemsFound: "问题查摆不具体。", selfScores: "自评偏高。" },
    });
    const notified = await database.notification.findMany({
      where: { kind: "REPORT_RETURNED", createdAt: { gte: returnedAt } },
      select: { userId: true, link: true },
    });
    expect(notified.map((row) => row.userId).sort()).toEqual([ids.secretary, ids["deputy-shuiwu"]].sort());
    expect(notified[0]!.link).toBe(`/reports/${crossPhaseId}`);
    // Returning twice is a forbidden move.
    expect(
      await returnReportAction(null, { reportId: report.id, version: 1, reasons: { workDone: "x" } }),
    ).toMatchObject({
      ok: false,
    });

    // The secretary sees the reasons, revises and resubmits.
    await actAs(ids.secretary!);
    const own = await getOwnReport(await sessionOf("secretary"), crossPhaseId);
    expect(own?.report?.lastReview?.reasons).toMatchObject({ problemsFound: "问题查摆不具体。" });
    const revised = await saveReportDraftAction(null, {
      phaseId: crossPhaseId,
      baseVersion: report.editVersion,
      ...SECTIONS,
      problemsFound: "一是江北水厂支部阵地利用率低。\n二是党员积分管理未全覆盖。",
      selfScores: fullScores(),
    });
    expect(revised.ok).toBe(true);
    const second = await submitReportAction(null, { reportId: report.id, baseVersion: report.editVersion + 1 });
    expect(second).toMatchObject({ ok: true, data: { version: 2 } });

    // Staff accept; the report is final.
    await actAs(ids.admin!);
    expect(await acceptReportAction(null, { reportId: report.id, version: 1 })).toMatchObject({ ok: false });
    expect(await acceptReportAction(null, { reportId: report.id, version: 2 })).toMatchObject({ ok: true });
    report = await shuiwuCross();
    expect(report).toMatchObject({ status: "ACCEPTED", submissionCount: 2 });
    expect(report.acceptedAt).not.toBeNull();
    expect(report.versions.map((v) => v.version).sort()).toEqual([1, 2]);
    // Accepted with no problems listed: nothing enters the ledger.
    expect(await database.problem.count({ where: { selfReportId: report.id } })).toBe(0);
    expect(
      await database.notification.count({
        where: { kind: "REPORT_ACCEPTED", userId: ids.secretary, createdAt: { gte: returnedAt } },
      }),
    ).toBe(1);
    expect(
      await returnReportAction(null, { reportId: report.id, version: 2, reasons: { workDone: "x" } }),
    ).toMatchObject({
      ok: false,
      error: "报告已通过审核，不能再修改",
    });

    await actAs(ids.secretary!);
    expect(await submitReportAction(null, { reportId: report.id, baseVersion: report.editVersion })).toMatchObject({
      ok: false,
      error: "报告已通过审核，不能再修改",
    });
    expect(await deleteReportAttachmentAction(null, { fileId: report.attachments[0]!.id })).toMatchObject({
      ok: false,
    });

    const actions = await database.auditLog.findMany({
      where: { entityType: "SelfReport", entityId: String(report.id) },
      select: { action: true },
    });
    expect(new Set(actions.map((row) => row.action))).toEqual(
      new Set(["selfReport.saveDraft", "selfReport.submit", "selfReport.return", "selfReport.accept"]),
    );
  });

  it("marks a submission before the deadline as on time", async () => {
    await database.phase.update({
      where: { id: demoPhaseId },
      data: { selfReportDeadline: new Date(Date.now() + 86_400_000) },
    });
    await actAs(ids.secretary!);
    const own = await database.selfReport.findFirstOrThrow({
      where: { phaseId: demoPhaseId, enterpriseId: (await shuiwuCross()).enterpriseId },
    });
    const saved = await saveReportDraftAction(null, {
      phaseId: demoPhaseId,
      baseVersion: own.editVersion,
      ...SECTIONS,
    });
    expect(saved.ok).toBe(true);
    // The demonstration rubric is still a draft, so there is nothing to self-score.
    expect(await submitReportAction(null, { reportId: own.id, baseVersion: own.editVersion + 1 })).toMatchObject({
      ok: true,
      data: { late: false },
    });
  });

  it("keeps review to staff and writing to secretaries", async () => {
    const submitted = await database.selfReport.findFirstOrThrow({
      where: { status: "SUBMITTED", phaseId: crossPhaseId },
    });
    await actAs(ids.secretary!);
    expect(await acceptReportAction(null, { reportId: submitted.id, version: submitted.submissionCount })).toEqual({
      ok: false,
      error: "您没有执行此操作的权限",
    });
    await actAs(ids.leader!);
    expect(await acceptReportAction(null, { reportId: submitted.id, version: submitted.submissionCount })).toEqual({
      ok: false,
      error: "您没有执行此操作的权限",
    });
    expect(await saveReportDraftAction(null, { phaseId: crossPhaseId, baseVersion: 0 })).toEqual({
      ok: false,
      error: "您没有执行此操作的权限",
    });
    expect((await database.selfReport.findUniqueOrThrow({ where: { id: submitted.id } })).status).toBe("SUBMITTED");
  });
});

describe("attachments", () => {
  let reportId: number;
  beforeAll(async () => {
    // 港投's internal report was returned, so its secretary may change attachments.
    const report = await database.selfReport.findFirstOrThrow({
      where: { status: "RETURNED", enterprise: { users: { some: { username: "sec-gangtou" } } } },
    });
    reportId = report.id;
  });
  const gangtou = () =>
    database.selfReport.findUniqueOrThrow({ where: { id: reportId }, include: { attachments: true } });

  it("stores a path-like name under a server key and shows only its last part", async () => {
    await actAs(ids["sec-gangtou"]!);
    const { phaseId } = await gangtou();
    expect(await upload(phaseId, file("../../x.pdf", PDF))).toMatchObject({ ok: true, data: { added: 1 } });
    const stored = (await gangtou()).attachments.at(-1)!;
    expect(stored).toMatchObject({ originalName: "x.pdf", mimeType: "application/pdf", selfReportId: reportId });
    expect(stored.storageKey).toMatch(/^\d{4}\/\d{2}\/[0-9a-f-]{36}$/);
    const onDisk = await readdir(filesDir, { recursive: true });
    expect(onDisk.some((name) => String(name).includes("x.pdf"))).toBe(false);
    const response = await fetchFile(stored.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-disposition")).toContain('filename="x.pdf"');
  });

  it("accepts a Word document by its content", async () => {
    await actAs(ids["sec-gangtou"]!);
    const { phaseId } = await gangtou();
    expect(await upload(phaseId, file("整改方案.docx", DOCX_BYTES()))).toMatchObject({ ok: true });
  });

  it.each([
    ["an executable renamed .pdf", () => file("报告.pdf", EXE), /「报告.pdf」不是/],
    ["a file over 20 MB", () => file("大文件.pdf", new Uint8Array(20 * 1024 * 1024 + 1)), /超过 20 MB/],
    ["two files in one request", () => [file("a.pdf", PDF), file("b.pdf", PDF)], /一次最多上传 1 个文件/],
  ])("refuses %s and leaves the report untouched", async (_name, make, message) => {
    await actAs(ids["sec-gangtou"]!);
    const before = await gangtou();
    const disk = await readdir(filesDir, { recursive: true });
    const result = await upload(before.phaseId, make());
    expect(result).toMatchObject({ ok: false, fieldErrors: { files: [expect.stringMatching(message)] } });
    expect(await gangtou()).toEqual(before);
    expect(await readdir(filesDir, { recursive: true })).toEqual(disk);
  });

  it("refuses the 21st file", async () => {
    await actAs(ids["sec-gangtou"]!);
    const { phaseId, attachments } = await gangtou();
    for (let index = attachments.length; index < 20; index++) {
      expect(await upload(phaseId, file(`第${index + 1}份.pdf`, PDF))).toMatchObject({ ok: true });
    }
    expect(await upload(phaseId, file("第21份.pdf", PDF))).toMatchObject({
      ok: false,
      fieldErrors: { files: [expect.stringContaining("每份报告最多 20 个附件")] },
    });
    expect((await gangtou()).attachments).toHaveLength(20);
  });

  it("lets the secretary delete an attachment of a returned report, with an audit row", async () => {
    await actAs(ids["sec-gangtou"]!);
    const target = (await gangtou()).attachments[0]!;
    expect(await deleteReportAttachmentAction(null, { fileId: target.id })).toMatchObject({ ok: true });
    expect(await database.storedFile.count({ where: { id: target.id } })).toBe(0);
    expect(await database.auditLog.count({ where: { action: "storedFile.delete", entityId: String(target.id) } })).toBe(
      1,
    );
  });
});

describe("at the same time", () => {
  it("lets only one of two staff decide on a submitted report", async () => {
    const report = await database.selfReport.findFirstOrThrow({
      where: {
        status: "SUBMITTED",
        phaseId: crossPhaseId,
        enterprise: { users: { some: { username: "sec-yidong" } } },
      },
    });
    const version = report.submissionCount;
    const results = await Promise.all([
      runAs(ids.admin!, () =>
        returnReportAction(null, { reportId: report.id, version, reasons: { workDone: "请补充" } }),
      ),
      runAs(ids.admin!, () => acceptReportAction(null, { reportId: report.id, version })),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    const after = await database.selfReport.findUniqueOrThrow({ where: { id: report.id }, include: { reviews: true } });
    expect(after.reviews.filter((review) => review.version === version)).toHaveLength(1);
  });

  it("lets only one of two tabs' saves based on the same version through", async () => {
    // 港投 has no demonstration report yet: both tabs start from nothing.
    const results = await Promise.all(
      ["第一个窗口", "第二个窗口"].map((text) =>
        runAs(ids["sec-gangtou"]!, () =>
          saveReportDraftAction(null, { phaseId: demoPhaseId, baseVersion: 0, workDone: text }),
        ),
      ),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toEqual({ ok: false, error: STALE_MESSAGE });
    expect(
      await database.selfReport.count({
        where: { phaseId: demoPhaseId, enterprise: { users: { some: { username: "sec-gangtou" } } } },
      }),
    ).toBe(1);
  });

  it("never lets two uploads at once pass 20 attachments", async () => {
    const report = await database.selfReport.findFirstOrThrow({
      where: { status: "RETURNED", enterprise: { users: { some: { username: "sec-gangtou" } } } },
      include: { _count: { select: { attachments: true } } },
    });
    expect(report._count.attachments).toBe(19);
    const results = await Promise.all(
      ["甲.pdf", "乙.pdf"].map((name) => runAs(ids["sec-gangtou"]!, () => upload(report.phaseId, file(name, PDF)))),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(await database.storedFile.count({ where: { selfReportId: report.id } })).toBe(20);
  });
});

describe("another enterprise's report", () => {
  it("is not found for a secretary of another enterprise, and nothing changes", async () => {
    const report = await shuiwuCross();
    const attachment = report.attachments[0]!;
    await actAs(ids["sec-gangtou"]!);
    expect(await submitReportAction(null, { reportId: report.id, baseVersion: report.editVersion })).toEqual({
      ok: false,
      error: "自查报告不存在或您无权查看",
    });
    expect(await deleteReportAttachmentAction(null, { fileId: attachment.id })).toEqual({
      ok: false,
      error: "附件不存在或您无权查看",
    });
    expect((await fetchFile(attachment.id)).status).toBe(404);
    expect(await getReportForStaff(await sessionOf("sec-gangtou"), report.id)).toBeNull();
    // Their own page of the same phase shows their own (absent) report, never 水务's.
    const ownView = await getOwnReport(await sessionOf("sec-gangtou"), crossPhaseId);
    expect(ownView?.report).toBeNull();
    expect(await shuiwuCross()).toEqual(report);
  });

  it("shows the file to the enterprise's own secretaries and staff", async () => {
    const { attachments } = await shuiwuCross();
    for (const username of ["secretary", "deputy-shuiwu", "admin"]) {
      await actAs(ids[username]!);
      expect((await fetchFile(attachments[0]!.id)).status).toBe(200);
    }
  });

  it("lets leaders read accepted reports and their files only", async () => {
    const leader = await sessionOf("leader");
    const accepted = await shuiwuCross();
    const submitted = await database.selfReport.findFirstOrThrow({
      where: { status: "SUBMITTED", phaseId: crossPhaseId },
    });
    expect(await getReportForStaff(leader, accepted.id)).not.toBeNull();
    expect(await getReportForStaff(leader, submitted.id)).toBeNull();
    const rows = await listPhaseReports(leader, crossPhaseId);
    expect(rows.map((row) => row.report?.status)).toEqual(rows.map(() => "ACCEPTED"));
    await actAs(ids.leader!);
    expect((await fetchFile(accepted.attachments[0]!.id)).status).toBe(200);
    const gangtouFile = await database.storedFile.findFirstOrThrow({ where: { selfReport: { status: "RETURNED" } } });
    expect((await fetchFile(gangtouFile.id)).status).toBe(404);
  });
});

describe("self-assessment gap", () => {
  it("puts the self-score beside the mean observed score per category", async () => {
    const cells = await selfAssessmentGap(crossPhaseId);
    const report = await shuiwuCross();
    const mine = cells.filter((cell) => cell.enterpriseId === report.enterpriseId);
    const categories = await database.rubricCategory.findMany({
      where: { rubric: { phaseId: crossPhaseId, status: "ACTIVE" } },
      include: { items: true },
    });
    expect(mine).toHaveLength(categories.length);
    for (const category of categories) {
      const cell = mine.find((row) => row.categoryId === category.id)!;
      expect(Number(cell.self)).toBe(category.items.length * 3);
      // The observed side, computed independently: each submitted sheet's points in the category, averaged.
      const sheets = await database.scoreSheet.findMany({
        where: { phaseId: crossPhaseId, status: "SUBMITTED", partyOrganization: { enterpriseId: report.enterpriseId } },
        include: { itemScores: { where: { item: { categoryId: category.id } } } },
      });
      const perSheet = sheets
        .filter((sheet) => sheet.itemScores.length > 0)
        .map((sheet) => sheet.itemScores.reduce((sum, row) => sum + Number(row.score), 0));
      expect(cell.sheets).toBe(perSheet.length);
      if (perSheet.length > 0) {
        expect(Number(cell.observed)).toBeCloseTo(perSheet.reduce((a, b) => a + b, 0) / perSheet.length, 2);
      } else {
        expect(cell.observed).toBeNull();
      }
    }
    // A draft's self-scores are not shown to staff.
    const drafts = await database.selfReport.findMany({ where: { phaseId: crossPhaseId, status: "DRAFT" } });
    for (const draft of drafts) {
      expect(cells.filter((cell) => cell.enterpriseId === draft.enterpriseId && cell.self !== null)).toEqual([]);
    }
  });
});

describe("problems declared in an accepted report", () => {
  /** 德赛's internal-phase report, submitted in the demo data. */
  const desayReport = () =>
    database.selfReport.findFirstOrThrow({
      where: { status: { in: ["SUBMITTED", "ACCEPTED"] }, enterprise: { users: { some: { username: "sec-desay" } } } },
      include: { phase: { select: { id: true } } },
    });
  const inDays = (days: number) => chinaDateKey(new Date(Date.now() + days * 86_400_000));
  let report: Awaited<ReturnType<typeof desayReport>>;
  let orgIds: number[];
  let rubricItemId: number;
  let item: (overrides?: Record<string, unknown>) => Record<string, unknown>;

  beforeAll(async () => {
    report = await desayReport();
    orgIds = (
      await database.partyOrganization.findMany({
        where: { enterpriseId: report.enterpriseId, isActive: true },
        orderBy: { id: "asc" },
      })
    ).map((org) => org.id);
    rubricItemId = (
      await database.rubricItem.findFirstOrThrow({ where: { rubric: { phaseId: report.phaseId, status: "ACTIVE" } } })
    ).id;
    item = (overrides = {}) => ({
      partyOrganizationId: String(orgIds[0]),
      rubricItemId: "",
      description: "基层支部阵地利用率不高。",
      severity: "MINOR",
      owner: "党群工作部",
      deadline: inDays(30),
      ...overrides,
    });
  });

  const unchanged = async () => {
    const after = await database.selfReport.findUniqueOrThrow({ where: { id: report.id }, include: { reviews: true } });
    expect(after.status).toBe("SUBMITTED");
    expect(after.reviews.filter((review) => review.decision === "ACCEPTED")).toHaveLength(0);
    expect(await database.problem.count({ where: { selfReportId: report.id } })).toBe(0);
  };

  it("refuses the whole accept for an organisation of another enterprise, naming the row", async () => {
    expect(report.status).toBe("SUBMITTED");
    const foreignOrg = await database.partyOrganization.findFirstOrThrow({
      where: { enterpriseId: { not: report.enterpriseId } },
    });
    await actAs(ids.admin!);
    const result = await acceptReportAction(null, {
      reportId: report.id,
      version: report.submissionCount,
      items: [item(), item({ partyOrganizationId: String(foreignOrg.id) })],
    });
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { "items.1.partyOrganizationId": ["党组织须属于报告所在企业"] },
    });
    await unchanged();
  });

  it("refuses a past deadline and a missing owner beside their rows", async () => {
    await actAs(ids.admin!);
    expect(
      await acceptReportAction(null, {
        reportId: report.id,
        version: report.submissionCount,
        items: [item({ deadline: inDays(-1) })],
      }),
    ).toMatchObject({ ok: false, fieldErrors: { "items.0.deadline": ["整改期限不能早于今天"] } });
    expect(
      await acceptReportAction(null, {
        reportId: report.id,
        version: report.submissionCount,
        items: [item({ deadline: inDays(-1) }), item({ owner: " " })],
      }),
    ).toMatchObject({
      ok: false,
      // Every bad row is named at once.
      fieldErrors: {
        "items.0.deadline": ["整改期限不能早于今天"],
        "items.1.owner": [expect.stringContaining("责任人")],
      },
    });
    await unchanged();
  });

  it("puts two listed problems into the ledger, linked to the report, and notifies the secretary", async () => {
    const since = new Date();
    await actAs(ids.admin!);
    // Sent as a form would: the rows as one JSON field.
    const form = new FormData();
    form.set("reportId", String(report.id));
    form.set("version", String(report.submissionCount));
    form.set(
      "items",
      JSON.stringify([
        item({ rubricItemId: String(rubricItemId) }),
        item({ partyOrganizationId: String(orgIds.at(-1)), severity: "MAJOR", description: "党建品牌宣传不足。" }),
      ]),
    );
    const result = await acceptReportAction(null, form);
    expect(result).toMatchObject({ ok: true });
    const problems = await database.problem.findMany({ where: { selfReportId: report.id }, orderBy: { id: "asc" } });
    expect(problems).toHaveLength(2);
    expect(problems.map((p) => [p.source, p.partyOrganizationId, p.rubricItemId, p.severity])).toEqual([
      ["SELF_REPORT", orgIds[0], rubricItemId, "MINOR"],
      ["SELF_REPORT", orgIds.at(-1), null, "MAJOR"],
    ]);
    expect(problems.every((p) => p.enterpriseId === report.enterpriseId && p.phaseId === report.phaseId)).toBe(true);
    expect((await database.selfReport.findUniqueOrThrow({ where: { id: report.id } })).status).toBe("ACCEPTED");
    expect(
      await database.notification.count({
        where: { kind: "PROBLEM_ASSIGNED", userId: await userIdOf(database, "sec-desay"), createdAt: { gte: since } },
      }),
    ).toBe(2);
    expect(
      await database.auditLog.count({
        where: { entityType: "Problem", entityId: { in: problems.map((p) => String(p.id)) } },
      }),
    ).toBeGreaterThanOrEqual(2);
  });
});

import { mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createPrismaClient } from "@/lib/prisma-client";
import { recordAudit } from "@/lib/audit";
import { createProblemAction, rectifyProblemAction, verifyProblemAction } from "@/lib/problems/actions";
import { createProblemsFromAcceptedReport } from "@/lib/problems/from-report";
import { problemDetail, problemRows, recurrenceChain } from "@/lib/problems/queries";
import { EXPORT_COLUMNS, EXPORT_HEADER_ROW } from "@/lib/problems/export";
import { GET as getFile } from "@/app/api/files/[id]/route";
import { GET as getExport } from "@/app/(app)/problems/export.xlsx/route";
import { GET as getApi } from "@/app/api/v1/problems/route";
import { chinaDateKey } from "@/lib/format";
import { actAnonymously, actAs } from "@/tests/support/request-context";
import { runAs } from "@/tests/support/per-call-session";
import { userIdOf } from "@/tests/support/setup-fixtures";
import { DOCX_BYTES } from "@/tests/support/zip";

// Calls outside runAs use actAs's cookie; runAs gives concurrent calls each their own session.
vi.mock("next/headers", () => import("@/tests/support/per-call-session"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const filesDir = await mkdtemp(path.join(os.tmpdir(), "daguanmo-problem-files-"));
process.env.FILES_DIR = filesDir;

const database = createPrismaClient(process.env.DATABASE_URL!, 2);

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 1, 2, 3, 4]);
const PDF = new TextEncoder().encode("%PDF-1.7\n%%EOF\n");
const EXE = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00]);
const file = (name: string, bytes: Uint8Array) => new File([new Uint8Array(bytes)], name);

/** 城投 (enterprise A, its secretary sec-chengtou) and 水务 (enterprise B, secretary). */
let ids: { admin: number; leader: number; secA: number; secB: number };
let enterpriseA: number;
let orgA: number;
/** A stop of a published cross-phase tour at 城投's organisation, and the internal-phase problem found there before. */
let crossStopA: number;
let internalProblemA: number;
let otherOrgProblem: number;

const inDays = (days: number) => chinaDateKey(new Date(Date.now() + days * 86_400_000));

async function filesOnDisk(): Promise<number> {
  const found = await readdir(filesDir, { recursive: true, withFileTypes: true });
  return found.filter((entry) => entry.isFile()).length;
}

async function newProblem(overrides: Record<string, unknown> = {}) {
  await actAs(ids.admin);
  const result = await createProblemAction(null, {
    stopId: String(crossStopA),
    description: "党建驿站使用率低，整改成效未巩固。",
    severity: "MAJOR",
    owner: "城投集团党委 项目建设党总支",
    deadline: inDays(30),
    rubricItemId: "",
    recurrenceOfId: "",
    ...overrides,
  });
  if (!result.ok) throw new Error(`${result.error} ${JSON.stringify(result.fieldErrors)}`);
  return result.data.id;
}

const move = (problemId: number, step: string, comment: string, evidence: File[] = []) => {
  const form = new FormData();
  form.set("problemId", String(problemId));
  form.set("move", step);
  form.set("comment", comment);
  for (const item of evidence) form.append("evidence", item);
  return form;
};

const statusOf = async (problemId: number) =>
  (await database.problem.findUniqueOrThrow({ where: { id: problemId }, select: { status: true } })).status;

beforeAll(async () => {
  ids = {
    admin: await userIdOf(database, "admin"),
    leader: await userIdOf(database, "leader"),
    secA: await userIdOf(database, "sec-chengtou"),
    secB: await userIdOf(database, "secretary"),
  };
  const internal = await database.problem.findFirstOrThrow({
    where: { description: { startsWith: "安置房项目党支部活动阵地为临时借用" } },
    select: { id: true, enterpriseId: true, partyOrganizationId: true },
  });
  internalProblemA = internal.id;
  enterpriseA = internal.enterpriseId;
  orgA = internal.partyOrganizationId;
  crossStopA = (
    await database.tourStop.findFirstOrThrow({
      where: { site: { partyOrganizationId: orgA }, tour: { phase: { kind: "CROSS" }, status: "PUBLISHED" } },
      select: { id: true },
    })
  ).id;
  otherOrgProblem = (
    await database.problem.findFirstOrThrow({
      where: { partyOrganizationId: { not: orgA }, phase: { kind: "INTERNAL" } },
      select: { id: true },
    })
  ).id;
});

afterAll(async () => {
  await database.$disconnect();
  await rm(filesDir, { recursive: true, force: true });
});

describe("recording a problem found on a tour", () => {
  it("takes the stop's organisation, enterprise and phase, writes the first event and an audit row, and tells the enterprise's secretary", async () => {
    const unreadBefore = await database.notification.count({ where: { userId: ids.secA, readAt: null } });
    const rubricItem = await database.rubricItem.findFirstOrThrow({
      where: { rubric: { phase: { kind: "CROSS" }, status: "ACTIVE" } },
      select: { id: true },
    });
    const id = await newProblem({ rubricItemId: String(rubricItem.id) });
    const problem = await database.problem.findUniqueOrThrow({
      where: { id },
      include: { events: true, phase: true },
    });
    expect(problem).toMatchObject({
      enterpriseId: enterpriseA,
      partyOrganizationId: orgA,
      stopId: crossStopA,
      source: "TOUR",
      status: "OPEN",
      rubricItemId: rubricItem.id,
      createdById: ids.admin,
    });
    expect(problem.phase.kind).toBe("CROSS");
    expect(problem.events).toHaveLength(1);
    expect(problem.events[0]).toMatchObject({ fromStatus: null, toStatus: "OPEN", actorId: ids.admin });
    expect(
      await database.auditLog.count({
        where: { entityType: "Problem", entityId: String(id), action: "problem.create" },
      }),
    ).toBe(1);
    const notice = await database.notification.findFirstOrThrow({
      where: { userId: ids.secA, link: `/problems/${id}` },
    });
    expect(notice).toMatchObject({ kind: "PROBLEM_ASSIGNED", readAt: null });
    expect(await database.notification.count({ where: { userId: ids.secA, readAt: null } })).toBe(unreadBefore + 1);
    // Only 城投's secretaries are told.
    expect(await database.notification.count({ where: { link: `/problems/${id}`, userId: { not: ids.secA } } })).toBe(
      0,
    );
  });

  it("refuses bad input beside the fields and saves nothing", async () => {
    const before = await database.problem.count();
    const otherPhaseItem = await database.rubricItem.findFirstOrThrow({
      where: { rubric: { phase: { kind: "INTERNAL" } } },
      select: { id: true },
    });
    await actAs(ids.admin);
    const result = await createProblemAction(null, {
      stopId: String(crossStopA),
      description: "短",
      severity: "HUGE",
      owner: "",
      deadline: "2022-02-30",
      rubricItemId: "",
    });
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        description: ["问题描述至少 5 个字"],
        severity: ["请选择严重程度"],
        owner: ["请填写责任人（至少 2 个字）"],
        deadline: ["整改期限不是有效的日期"],
      },
    });
    const past = await createProblemAction(null, {
      stopId: String(crossStopA),
      description: "党建驿站使用率低。",
      severity: "MINOR",
      owner: "项目党总支",
      deadline: inDays(-1),
    });
    expect(past).toMatchObject({ ok: false, fieldErrors: { deadline: ["整改期限不能早于今天"] } });
    const wrongItem = await createProblemAction(null, {
      stopId: String(crossStopA),
      description: "党建驿站使用率低。",
      severity: "MINOR",
      owner: "项目党总支",
      deadline: inDays(10),
      rubricItemId: String(otherPhaseItem.id),
    });
    expect(wrongItem).toMatchObject({
      ok: false,
      fieldErrors: { rubricItemId: ["所选评分条目不属于该阶段的评分细则"] },
    });
    expect(await database.problem.count()).toBe(before);
  });

  it("is staff work: a secretary or a leader may not record one", async () => {
    for (const userId of [ids.secA, ids.leader]) {
      await actAs(userId);
      const result = await createProblemAction(null, {
        stopId: String(crossStopA),
        description: "党建驿站使用率低。",
        severity: "MINOR",
        owner: "项目党总支",
        deadline: inDays(10),
      });
      expect(result).toEqual({ ok: false, error: "您没有执行此操作的权限" });
    }
  });

  it("links a recurrence to the same organisation's problem of an earlier phase and shows the chain", async () => {
    const id = await newProblem({ recurrenceOfId: String(internalProblemA) });
    expect((await database.problem.findUniqueOrThrow({ where: { id } })).recurrenceOfId).toBe(internalProblemA);
    const chain = await recurrenceChain(id, database);
    expect(chain.map((link) => [link.id, Math.sign(link.depth)])).toEqual([
      [internalProblemA, -1],
      ...chain.filter((link) => link.depth === 0).map((link) => [link.id, 0]),
      ...chain.filter((link) => link.depth > 0).map((link) => [link.id, 1]),
    ]);
    expect(chain.find((link) => link.depth === 0)?.id).toBe(id);
    // From the earlier problem, the new one is a later recurrence.
    const fromEarlier = await recurrenceChain(internalProblemA, database);
    expect(fromEarlier.filter((link) => link.depth > 0).map((link) => link.id)).toContain(id);
  });

  it("refuses a recurrence of another organisation's problem or of a problem of the same phase", async () => {
    const samePhase = await newProblem();
    for (const candidate of [otherOrgProblem, samePhase]) {
      await actAs(ids.admin);
      const result = await createProblemAction(null, {
        stopId: String(crossStopA),
        description: "党建驿站使用率低。",
        severity: "MINOR",
        owner: "项目党总支",
        deadline: inDays(10),
        recurrenceOfId: String(candidate),
      });
      expect(result).toMatchObject({
        ok: false,
        fieldErrors: { recurrenceOfId: ["只能关联同一党组织在此前阶段的问题"] },
      });
    }
  });
});

describe("the rectification steps through the actions", () => {
  it("goes open → rectifying → awaiting verification → back → awaiting → closed, each with a comment, evidence and an audit row", async () => {
    const id = await newProblem();

    await actAs(ids.secA);
    expect(await rectifyProblemAction(null, move(id, "start", "已制定整改方案。"))).toMatchObject({
      ok: true,
      data: { status: "RECTIFYING" },
    });
    const withoutEvidence = await rectifyProblemAction(null, move(id, "submit", "已整改完成。"));
    expect(withoutEvidence).toMatchObject({
      ok: false,
      fieldErrors: { evidence: ["提交核验时请至少上传一个整改佐证文件"] },
    });
    expect(await statusOf(id)).toBe("RECTIFYING");
    expect(
      await rectifyProblemAction(
        null,
        move(id, "submit", "驿站已每周开放。", [file("现场照片.png", PNG), file("使用台账.docx", DOCX_BYTES())]),
      ),
    ).toMatchObject({ ok: true, data: { status: "AWAITING_VERIFICATION", files: 2 } });

    await actAs(ids.admin);
    const noComment = await verifyProblemAction(null, move(id, "return", " "));
    expect(noComment).toMatchObject({ ok: false, fieldErrors: { comment: ["请填写说明（至少 2 个字）"] } });
    expect(await verifyProblemAction(null, move(id, "return", "缺少近三个月的活动记录。"))).toMatchObject({
      ok: true,
      data: { status: "RECTIFYING" },
    });

    await actAs(ids.secA);
    expect(
      await rectifyProblemAction(null, move(id, "submit", "补充了活动记录。", [file("活动记录.pdf", PDF)])),
    ).toMatchObject({ ok: true, data: { status: "AWAITING_VERIFICATION" } });

    await actAs(ids.admin);
    expect(await verifyProblemAction(null, move(id, "close", "经核查整改到位，销号。"))).toMatchObject({
      ok: true,
      data: { status: "CLOSED" },
    });

    const problem = await database.problem.findUniqueOrThrow({
      where: { id },
      include: { events: { orderBy: { id: "asc" }, include: { evidence: true } } },
    });
    expect(problem.closedAt).not.toBeNull();
    expect(problem.events.map((event) => [event.fromStatus, event.toStatus])).toEqual([
      [null, "OPEN"],
      ["OPEN", "RECTIFYING"],
      ["RECTIFYING", "AWAITING_VERIFICATION"],
      ["AWAITING_VERIFICATION", "RECTIFYING"],
      ["RECTIFYING", "AWAITING_VERIFICATION"],
      ["AWAITING_VERIFICATION", "CLOSED"],
    ]);
    expect(problem.events[3]?.comment).toBe("缺少近三个月的活动记录。");
    expect(problem.events[2]?.evidence.map((stored) => [stored.originalName, stored.mimeType])).toEqual([
      ["现场照片.png", "image/png"],
      ["使用台账.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
    ]);
    const actions = await database.auditLog.findMany({
      where: { entityType: "Problem", entityId: String(id) },
      orderBy: { id: "asc" },
      select: { action: true },
    });
    expect(actions.map((row) => row.action)).toEqual([
      "problem.create",
      "problem.start",
      "problem.submit",
      "problem.return",
      "problem.submit",
      "problem.close",
    ]);
    expect(
      await database.auditLog.count({
        where: { entityType: "StoredFile", action: "storedFile.create", after: { path: ["problemId"], equals: id } },
      }),
    ).toBe(3);

    // Closed is final, for everyone.
    expect(await verifyProblemAction(null, move(id, "return", "再看看。"))).toEqual({
      ok: false,
      error: "问题已销号，不能再变更",
    });
    expect(await statusOf(id)).toBe("CLOSED");
  });

  it("refuses moves out of turn and moves of the other party", async () => {
    const id = await newProblem();
    await actAs(ids.secA);
    expect(await rectifyProblemAction(null, move(id, "submit", "已完成。", [file("a.png", PNG)]))).toEqual({
      ok: false,
      error: "问题当前为“待整改”，不能提交整改佐证",
    });
    // A secretary calling the staff action, or naming a staff move in their own, gets nowhere.
    expect(await verifyProblemAction(null, move(id, "close", "自行销号。"))).toEqual({
      ok: false,
      error: "您没有执行此操作的权限",
    });
    expect(await rectifyProblemAction(null, move(id, "close", "自行销号。"))).toMatchObject({ ok: false });
    await actAs(ids.admin);
    expect(await rectifyProblemAction(null, move(id, "start", "代为整改。"))).toEqual({
      ok: false,
      error: "您没有执行此操作的权限",
    });
    expect(await verifyProblemAction(null, move(id, "start", "代为整改。"))).toMatchObject({ ok: false });
    expect(await statusOf(id)).toBe("OPEN");
  });
});

describe("two staff acting at once", () => {
  it("lets only one of a close and a return through; the other is told the status changed", async () => {
    const id = await newProblem();
    await actAs(ids.secA);
    await rectifyProblemAction(null, move(id, "start", "开始整改。"));
    await rectifyProblemAction(null, move(id, "submit", "见照片。", [file("照片.png", PNG)]));
    const secondAdmin = (
      await database.user.create({
        data: { username: "admin-two", displayName: "第二位工作人员", role: "ADMIN", passwordHash: "unused" },
        select: { id: true },
      })
    ).id;
    const results = await Promise.all([
      runAs(ids.admin, () => verifyProblemAction(null, move(id, "close", "整改到位，销号。"))),
      runAs(secondAdmin, () => verifyProblemAction(null, move(id, "return", "还需补充签到表。"))),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    const refused = results.find((result) => !result.ok);
    expect(refused && !refused.ok ? refused.error : "").toMatch(/问题状态已被他人更新|问题当前为|问题已销号/);
    const events = await database.problemEvent.count({ where: { problemId: id, fromStatus: "AWAITING_VERIFICATION" } });
    expect(events).toBe(1);
  });
});

describe("another enterprise's secretary", () => {
  it("cannot read, change or download A's problem and evidence: not found, and nothing changes", async () => {
    const id = await newProblem();
    await actAs(ids.secA);
    await rectifyProblemAction(null, move(id, "start", "开始整改。"));
    await rectifyProblemAction(null, move(id, "submit", "见照片。", [file("照片.png", PNG)]));
    const evidence = await database.storedFile.findFirstOrThrow({
      where: { problemEvent: { problemId: id } },
      select: { id: true },
    });
    const eventsBefore = await database.problemEvent.count({ where: { problemId: id } });

    expect(await problemDetail({ all: false, enterpriseId: enterpriseA }, id, new Date(), database)).not.toBeNull();
    const secretaryB = await database.user.findUniqueOrThrow({
      where: { id: ids.secB },
      select: { enterpriseId: true },
    });
    expect(
      await problemDetail({ all: false, enterpriseId: secretaryB.enterpriseId! }, id, new Date(), database),
    ).toBeNull();

    await actAs(ids.secB);
    expect(await rectifyProblemAction(null, move(id, "submit", "替别人提交。", [file("b.png", PNG)]))).toEqual({
      ok: false,
      error: "问题不存在或您无权查看",
    });
    expect(await statusOf(id)).toBe("AWAITING_VERIFICATION");
    expect(await database.problemEvent.count({ where: { problemId: id } })).toBe(eventsBefore);

    const fetchAs = async (userId: number | null) => {
      if (userId === null) actAnonymously();
      else await actAs(userId);
      return getFile(new Request(`http://localhost/api/files/${evidence.id}`), {
        params: Promise.resolve({ id: String(evidence.id) }),
      });
    };
    expect((await fetchAs(ids.secB)).status).toBe(404);
    expect((await fetchAs(null)).status).toBe(401);
    for (const userId of [ids.secA, ids.admin, ids.leader]) {
      const response = await fetchAs(userId);
      expect(response.status, String(userId)).toBe(200);
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(new Uint8Array(await response.arrayBuffer())).toEqual(PNG);
    }
  });
});

describe("evidence files", () => {
  async function rectifyingProblem() {
    const id = await newProblem();
    await actAs(ids.secA);
    await rectifyProblemAction(null, move(id, "start", "开始整改。"));
    return id;
  }

  it("refuses an executable renamed .pdf and an oversized file, leaving the problem and the disk as they were", async () => {
    const id = await rectifyingProblem();
    const before = await filesOnDisk();
    const renamed = await rectifyProblemAction(
      null,
      move(id, "submit", "整改报告见附件。", [file("整改报告.pdf", EXE)]),
    );
    expect(renamed).toMatchObject({ ok: false, fieldErrors: { evidence: [expect.stringContaining("整改报告.pdf")] } });
    const huge = new Uint8Array(20 * 1024 * 1024 + 1);
    huge.set(PNG);
    const oversized = await rectifyProblemAction(null, move(id, "submit", "高清照片。", [file("高清.png", huge)]));
    expect(oversized).toMatchObject({ ok: false, fieldErrors: { evidence: [expect.stringContaining("超过 20 MB")] } });
    expect(await statusOf(id)).toBe("RECTIFYING");
    expect(await filesOnDisk()).toBe(before);
  });

  it("keeps only the base name of ../../x.pdf and stores the bytes under a key of its own", async () => {
    const id = await rectifyingProblem();
    expect(await rectifyProblemAction(null, move(id, "submit", "见附件。", [file("../../x.pdf", PDF)]))).toMatchObject({
      ok: true,
    });
    const stored = await database.storedFile.findFirstOrThrow({
      where: { problemEvent: { problemId: id } },
      select: { originalName: true, storageKey: true, mimeType: true },
    });
    expect(stored.originalName).toBe("x.pdf");
    expect(stored.mimeType).toBe("application/pdf");
    expect(stored.storageKey).toMatch(/^\d{4}\/\d{2}\/[0-9a-f-]{36}$/);
  });
});

describe("the export and the API", () => {
  it("exports exactly the page's rows for the filter, and a secretary only their own enterprise's", async () => {
    await actAs(ids.admin);
    const response = await getExport(new Request("http://localhost/problems/export.xlsx?overdue=1"));
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.getWorksheet("问题清单")!;
    const exported: [number, string][] = [];
    for (let row = EXPORT_HEADER_ROW + 1; row <= sheet.rowCount; row += 1) {
      exported.push([Number(sheet.getCell(row, 1).value), String(sheet.getCell(row, EXPORT_COLUMNS.length - 2).value)]);
    }
    const rows = await problemRows({ all: true }, { overdue: true }, { limit: null, offset: 0 }, database);
    expect(rows.length).toBeGreaterThan(0);
    expect(exported).toEqual(rows.map((row) => [row.id, "已逾期"]));

    await actAs(ids.secA);
    const own = await getExport(new Request(`http://localhost/problems/export.xlsx?enterprise=${enterpriseA + 1}`));
    const ownBook = new ExcelJS.Workbook();
    await ownBook.xlsx.load(await own.arrayBuffer());
    const ownSheet = ownBook.getWorksheet("问题清单")!;
    const ownIds: number[] = [];
    for (let row = EXPORT_HEADER_ROW + 1; row <= ownSheet.rowCount; row += 1)
      ownIds.push(Number(ownSheet.getCell(row, 1).value));
    const expected = await database.problem.findMany({ where: { enterpriseId: enterpriseA }, select: { id: true } });
    expect(ownIds.sort((a, b) => a - b)).toEqual(expected.map((row) => row.id).sort((a, b) => a - b));

    actAnonymously();
    expect((await getExport(new Request("http://localhost/problems/export.xlsx"))).status).toBe(401);
  });

  it("answers GET /api/v1/problems with 401, 403 for secretaries, 400 for a bad filter, 200 with the documented shape", async () => {
    const call = async (userId: number | null, query = "") => {
      if (userId === null) actAnonymously();
      else await actAs(userId);
      return getApi(new Request(`http://localhost/api/v1/problems${query}`));
    };
    expect((await call(null)).status).toBe(401);
    expect((await call(ids.secA)).status).toBe(403);
    const bad = await call(ids.leader, "?status=DONE");
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ code: "invalid" });

    const response = await call(ids.leader, "?overdue=true");
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown>[];
    expect(body.length).toBeGreaterThan(0);
    for (const row of body) {
      expect(row).toMatchObject({
        id: expect.any(Number),
        status: expect.stringMatching(/^(OPEN|RECTIFYING|AWAITING_VERIFICATION)$/),
        deadline: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        overdue: true,
        enterprise: { id: expect.any(Number), name: expect.any(String) },
        partyOrganization: { id: expect.any(Number), name: expect.any(String) },
        severity: expect.stringMatching(/^(MINOR|MAJOR|SEVERE)$/),
      });
      expect(row).toHaveProperty("rubricItem");
    }
    const all = (await (await call(ids.admin)).json()) as { id: number }[];
    expect(all.length).toBe(await database.problem.count());
  });
});

describe("problems declared in an accepted self-report", () => {
  const asStaff = (run: (tx: Parameters<Parameters<typeof database.$transaction>[0]>[0]) => Promise<unknown>) =>
    database.$transaction((tx) => run(tx));
  const audit =
    (tx: Parameters<Parameters<typeof database.$transaction>[0]>[0]) =>
    (entry: { action: string; entityType: string; entityId: string | number; before?: unknown; after?: unknown }) =>
      recordAudit(tx, { ...entry, actor: { id: ids.admin, name: "admin" } });

  it("become SELF_REPORT ledger entries of the report's enterprise and phase, with a notice to its secretary", async () => {
    const report = await database.selfReport.findFirstOrThrow({
      where: { status: "ACCEPTED", enterprise: { users: { some: { id: ids.secB } } } },
      select: { id: true, enterpriseId: true, phaseId: true },
    });
    const org = await database.partyOrganization.findFirstOrThrow({
      where: { enterpriseId: report.enterpriseId },
      select: { id: true },
    });
    const created = (await asStaff((tx) =>
      createProblemsFromAcceptedReport(
        tx,
        report.id,
        [
          {
            partyOrganizationId: org.id,
            description: "支部书记培训覆盖不全。",
            severity: "MINOR",
            owner: "党委组织部",
            deadline: inDays(60),
            rubricItemId: null,
          },
          {
            partyOrganizationId: org.id,
            description: "党建品牌宣传不足。",
            severity: "MAJOR",
            owner: "党委宣传部",
            deadline: inDays(90),
            rubricItemId: null,
          },
        ],
        { actorId: ids.admin, audit: audit(tx) },
      ),
    )) as number[];
    expect(created).toHaveLength(2);
    const problems = await database.problem.findMany({ where: { id: { in: created } }, include: { events: true } });
    for (const problem of problems) {
      expect(problem).toMatchObject({
        source: "SELF_REPORT",
        selfReportId: report.id,
        enterpriseId: report.enterpriseId,
        phaseId: report.phaseId,
        status: "OPEN",
        stopId: null,
      });
      expect(problem.events).toHaveLength(1);
    }
    expect(
      await database.notification.count({
        where: { userId: ids.secB, kind: "PROBLEM_ASSIGNED", link: { in: created.map((id) => `/problems/${id}`) } },
      }),
    ).toBe(2);
  });

  it("writes nothing when one item names another enterprise's organisation, or the report is not accepted", async () => {
    const report = await database.selfReport.findFirstOrThrow({
      where: { status: "ACCEPTED", enterpriseId: { not: enterpriseA } },
      select: { id: true },
    });
    const before = await database.problem.count();
    await expect(
      asStaff((tx) =>
        createProblemsFromAcceptedReport(
          tx,
          report.id,
          [
            {
              partyOrganizationId: orgA,
              description: "别家的问题描述。",
              severity: "MINOR",
              owner: "某党支部",
              deadline: inDays(30),
              rubricItemId: null,
            },
          ],
          { actorId: ids.admin, audit: audit(tx) },
        ),
      ),
    ).rejects.toMatchObject({ fieldErrors: { "items.0.partyOrganizationId": ["党组织须属于报告所在企业"] } });
    const draft = await database.selfReport.findFirstOrThrow({
      where: { status: { not: "ACCEPTED" } },
      select: { id: true },
    });
    await expect(
      asStaff((tx) => createProblemsFromAcceptedReport(tx, draft.id, [], { actorId: ids.admin, audit: audit(tx) })),
    ).rejects.toMatchObject({ kind: "conflict" });
    expect(await database.problem.count()).toBe(before);
  });
});

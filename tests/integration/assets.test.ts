import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createPrismaClient } from "@/lib/prisma-client";
import { Prisma } from "@/lib/generated/prisma/client";
import { GET as progressRoute } from "@/app/api/v1/assets/progress/route";
import { GET as exportRoute } from "@/app/(app)/assets/export.xlsx/route";
import { fileAnyAssetFigureAction, fileOwnAssetFigureAction, saveAssetTargetAction } from "@/lib/assets/actions";
import { importAssetFiguresAction } from "@/lib/assets/import/actions";
import { ASSET_IMPORT_COLUMNS, ASSET_IMPORT_SHEET } from "@/lib/assets/import/columns";
import { FIGURES_HEADER_ROW, FIGURES_SHEET, TOTAL_ROW_LABEL } from "@/lib/assets/export-layout";
import { ratePercent } from "@/lib/assets/progress";
import { assetProgress, enterpriseGrowth, loadAssetPage } from "@/lib/assets/queries";
import { parseMonth } from "@/lib/assets/months";
import { assetSnapshot } from "@/lib/home/queries";
import { actAnonymously, actAs } from "@/tests/support/request-context";

vi.mock("next/headers", () => import("@/tests/support/request-context"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

// The file's database is a copy of the seeded template (tests/support/file-database.ts).
const database = createPrismaClient(process.env.DATABASE_URL!, 2);

afterAll(async () => {
  await database.$disconnect();
});

async function userId(username: string) {
  return (await database.user.findUniqueOrThrow({ where: { username }, select: { id: true } })).id;
}

const api = () => progressRoute(new Request("http://localhost/api/v1/assets/progress"));

/** The export as { header months, rows by first cell }. */
async function readExport() {
  const response = await exportRoute();
  expect(response.status).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await response.arrayBuffer()) as ArrayBuffer);
  const sheet = workbook.getWorksheet(FIGURES_SHEET)!;
  const header = (sheet.getRow(FIGURES_HEADER_ROW).values as unknown[]).slice(2).map(String);
  const rows = new Map<string, unknown[]>();
  for (let row = FIGURES_HEADER_ROW + 1; row <= sheet.rowCount; row++) {
    const values = (sheet.getRow(row).values as unknown[]).slice(1);
    rows.set(String(values[0]), values.slice(1));
  }
  return { header, rows };
}

describe("the demo data: page, home, export and API agree", () => {
  it("answers the anonymous with 401 and a secretary with 403", async () => {
    actAnonymously();
    expect((await api()).status).toBe(401);
    await actAs(await userId("secretary"));
    expect((await api()).status).toBe(403);
    expect((await exportRoute()).status).toBe(403);
  });

  it("gives the leader the as-of month, total and each target's figures", async () => {
    await actAs(await userId("leader"));
    const body = await (await api()).json();
    expect(body).toMatchObject({
      asOf: "2022-12",
      total: "2512.36",
      reportedEnterprises: 9,
      countingEnterprises: 9,
      later: [],
    });
    expect(body.targets).toHaveLength(2);
    expect(body.targets[0]).toMatchObject({
      year: 2022,
      amount: "2500.00",
      percent: "100.49",
      gap: "0.00",
      monthsLeft: 0,
      requiredAnnualGrowth: "0.00",
      onTrack: true,
    });
    // (6000 / 2512.36)^(12/36) − 1
    const required = new Prisma.Decimal("6000").dividedBy("2512.36").pow(new Prisma.Decimal(1).dividedBy(3)).minus(1);
    expect(body.targets[1]).toMatchObject({
      year: 2025,
      amount: "6000.00",
      percent: "41.87",
      gap: "3487.64",
      monthsLeft: 36,
      requiredAnnualGrowth: ratePercent(required),
      onTrack: false,
    });

    const page = await loadAssetPage(database);
    expect(page.figures.asOf?.total.toFixed(2)).toBe(body.total);
    expect(ratePercent(page.figures.achieved!.rate)).toBe(body.targets[1].achievedAnnualGrowth);
    const home = await assetSnapshot(database);
    expect(home.complete?.total.toFixed(2)).toBe("2512.36");

    const exported = await readExport();
    const column = exported.header.indexOf("2022年12月");
    expect(exported.rows.get(TOTAL_ROW_LABEL)![column]).toBe(2512.36);
    expect(exported.header.indexOf("2021年1月")).toBe(0);
    expect(exported.rows.get(TOTAL_ROW_LABEL)![0]).toBe(2150.48);
  });
});

describe("a small fixed data set, worked out by hand", () => {
  const ids: Record<"a" | "b" | "c" | "central", number> = { a: 0, b: 0, c: 0, central: 0 };
  let secretaryA = 0;
  let centralSecretary = 0;
  let admin = 0;

  beforeAll(async () => {
    admin = await userId("admin");
    // Only this file's three enterprises count from here on; the demo figures stop counting.
    await database.enterprise.updateMany({ data: { countsTowardAssetTarget: false } });
    await database.assetTarget.deleteMany();
    for (const [key, name, counts] of [
      ["a", "测试甲集团", true],
      ["b", "测试乙集团", true],
      ["c", "测试丙集团", true],
      ["central", "测试央企", false],
    ] as const) {
      const enterprise = await database.enterprise.create({
        data: {
          name,
          shortName: name.slice(2),
          category: counts ? "MUNICIPAL" : "CENTRAL",
          countsTowardAssetTarget: counts,
        },
      });
      ids[key] = enterprise.id;
    }
    const figures: [keyof typeof ids, string, string][] = [
      ["a", "2021-12", "100.00"],
      ["b", "2021-12", "50.00"],
      ["c", "2021-12", "30.00"],
      ["a", "2022-06", "105.00"],
      ["b", "2022-06", "52.00"],
      ["a", "2022-12", "110.00"],
      ["b", "2022-12", "60.00"],
      ["c", "2022-12", "28.00"],
      ["a", "2023-01", "111.11"],
    ];
    await database.assetFigure.createMany({
      data: figures.map(([key, month, value]) => ({
        enterpriseId: ids[key],
        month: parseMonth(month)!,
        totalAssets: new Prisma.Decimal(value),
        filedById: admin,
      })),
    });
    await database.assetTarget.createMany({
      data: [
        { year: 2022, amount: new Prisma.Decimal("190.00") },
        { year: 2023, amount: new Prisma.Decimal("217.80") },
      ],
    });
    const secretary = (enterpriseId: number, username: string) =>
      database.user.create({
        data: { username, displayName: username, passwordHash: "x", role: "SECRETARY", enterpriseId },
      });
    secretaryA = (await secretary(ids.a, "asset-sec-a")).id;
    centralSecretary = (await secretary(ids.central, "asset-sec-central")).id;
  });

  it("takes the latest complete month as the total, skipping the incomplete one, with the later partial month", async () => {
    const figures = await assetProgress(database);
    expect(figures.countingEnterprises).toBe(3);
    expect(figures.asOf?.month.toISOString().slice(0, 7)).toBe("2022-12");
    expect(figures.asOf?.total.toFixed(2)).toBe("198.00");
    expect(figures.complete.map((m) => m.total.toFixed(2))).toEqual(["180.00", "198.00"]);
    expect(figures.pending.map((m) => [m.month.toISOString().slice(0, 7), m.filed])).toEqual([["2023-01", 1]]);
    // 198 / 180 − 1
    expect(ratePercent(figures.achieved!.rate)).toBe("10.00");
  });

  it("answers the API with the hand-worked target figures", async () => {
    await actAs(await userId("leader"));
    const body = await (await api()).json();
    expect(body).toEqual({
      asOf: "2022-12",
      total: "198.00",
      reportedEnterprises: 3,
      countingEnterprises: 3,
      later: [{ month: "2023-01", reportedEnterprises: 1 }],
      targets: [
        {
          year: 2022,
          label: "",
          amount: "190.00",
          percent: "104.21",
          gap: "0.00",
          monthsLeft: 0,
          requiredAnnualGrowth: "0.00",
          achievedAnnualGrowth: "10.00",
          onTrack: true,
        },
        {
          year: 2023,
          label: "",
          amount: "217.80",
          percent: "90.91",
          gap: "19.80",
          monthsLeft: 12,
          // 217.8 / 198 − 1: exactly what was achieved, so on track
          requiredAnnualGrowth: "10.00",
          achievedAnnualGrowth: "10.00",
          onTrack: true,
        },
      ],
    });
  });

  it("computes each enterprise's growth and share in SQL", async () => {
    const rows = await enterpriseGrowth(parseMonth("2022-12")!, database);
    expect(
      rows.map((row) => [
        row.name,
        row.current?.toFixed(2),
        row.change?.toFixed(2),
        row.growthPercent,
        row.sharePercent,
      ]),
    ).toEqual([
      ["测试甲集团", "110.00", "10.00", "10.00", "55.56"],
      ["测试乙集团", "60.00", "10.00", "20.00", "30.30"],
      ["测试丙集团", "28.00", "-2.00", "-6.67", "14.14"],
    ]);
    expect(rows[0]!.latestMonth?.toISOString().slice(0, 7)).toBe("2023-01");
  });

  it("exports every enterprise and month with the page's totals, and no total for incomplete months", async () => {
    await actAs(admin);
    const { header, rows } = await readExport();
    expect(header[0]).toBe("2021年12月");
    expect(header.at(-1)).toBe("2023年1月");
    const total = rows.get(TOTAL_ROW_LABEL)!;
    expect(total[header.indexOf("2021年12月")]).toBe(180);
    expect(total[header.indexOf("2022年6月")]).toBe("未报齐（2/3）");
    expect(total[header.indexOf("2022年12月")]).toBe(198);
    expect(total[header.indexOf("2023年1月")]).toBe("未报齐（1/3）");
    expect(rows.get("测试丙集团")![header.indexOf("2022年6月")]).toBeUndefined();
    expect(rows.get("测试甲集团")![header.indexOf("2023年1月")]).toBe(111.11);
  });

  it("lets a secretary file only for their own enterprise, whatever the form says", async () => {
    await actAs(secretaryA);
    const result = await fileOwnAssetFigureAction(null, {
      enterpriseId: String(ids.b),
      month: "2023-01",
      totalAssets: "9.99",
    });
    expect(result.ok).toBe(false); // A filed January already: the form's enterprise B is ignored
    if (!result.ok) expect(result.fieldErrors?.month?.[0]).toContain("已填报 111.11亿元");
    const filed = await fileOwnAssetFigureAction(null, {
      enterpriseId: String(ids.b),
      month: "2023-02",
      totalAssets: "112.5",
    });
    expect(filed.ok).toBe(true);
    const rows = await database.assetFigure.findMany({ where: { month: parseMonth("2023-02")! } });
    expect(rows.map((row) => [row.enterpriseId, row.totalAssets.toFixed(2), row.filedById])).toEqual([
      [ids.a, "112.50", secretaryA],
    ]);
  });

  it("refuses staff-only and non-counting filings, and leaders", async () => {
    await actAs(secretaryA);
    const staffAction = await fileAnyAssetFigureAction(null, {
      enterpriseId: String(ids.b),
      month: "2023-01",
      totalAssets: "1",
    });
    expect(staffAction).toEqual({ ok: false, error: "您没有执行此操作的权限" });
    await actAs(centralSecretary);
    const central = await fileOwnAssetFigureAction(null, { month: "2023-01", totalAssets: "1" });
    expect(central.ok).toBe(false);
    if (!central.ok) expect(central.error).toBe("该企业不计入资产目标，无需填报");
    await actAs(await userId("leader"));
    expect((await fileOwnAssetFigureAction(null, { month: "2023-01", totalAssets: "1" })).ok).toBe(false);
    await actAs(secretaryA);
    const future = await fileOwnAssetFigureAction(null, { month: "2099-01", totalAssets: "1" });
    expect(future.ok).toBe(false);
    if (!future.ok) expect(future.fieldErrors?.month).toEqual(["不能填报未来的月份"]);
  });

  it("keeps the earlier value when a month is corrected, with an audit row", async () => {
    await actAs(admin);
    const corrected = await fileAnyAssetFigureAction(null, {
      enterpriseId: String(ids.c),
      month: "2022-12",
      totalAssets: "40.00",
      correct: "on",
    });
    expect(corrected).toMatchObject({ ok: true, data: { corrected: true } });
    const figure = await database.assetFigure.findUniqueOrThrow({
      where: { enterpriseId_month: { enterpriseId: ids.c, month: parseMonth("2022-12")! } },
      include: { revisions: true },
    });
    expect(figure.totalAssets.toFixed(2)).toBe("40.00");
    expect(figure.revisions.map((r) => [r.previousValue.toFixed(2), r.newValue.toFixed(2), r.changedById])).toEqual([
      ["28.00", "40.00", admin],
    ]);
    const audit = await database.auditLog.findFirstOrThrow({
      where: { action: "asset.correct", entityId: String(figure.id) },
    });
    expect(audit.actorId).toBe(admin);
    expect((audit.before as { totalAssets: string }).totalAssets).toBe("28");
    // The total follows: 110 + 60 + 40.
    expect((await assetProgress(database)).asOf?.total.toFixed(2)).toBe("210.00");
  });

  it("keeps every value when two corrections of one month race, and files a new month once", async () => {
    await actAs(admin);
    const correct = (value: string) =>
      fileAnyAssetFigureAction(null, {
        enterpriseId: String(ids.c),
        month: "2022-12",
        totalAssets: value,
        correct: "on",
      });
    const results = await Promise.all([correct("41.00"), correct("42.00")]);
    expect(results.every((result) => result.ok)).toBe(true);
    const revisions = await database.assetFigureRevision.findMany({
      where: { figure: { enterpriseId: ids.c, month: parseMonth("2022-12")! } },
      orderBy: { id: "asc" },
    });
    // 40 → x → y: the second correction starts from the first one's value.
    expect(revisions).toHaveLength(3);
    expect(revisions[1]!.previousValue.toFixed(2)).toBe("40.00");
    expect(revisions[2]!.previousValue.toFixed(2)).toBe(revisions[1]!.newValue.toFixed(2));

    const file = (value: string) =>
      fileAnyAssetFigureAction(null, { enterpriseId: String(ids.c), month: "2023-02", totalAssets: value });
    const firsts = await Promise.all([file("1.00"), file("2.00")]);
    expect(firsts.filter((result) => result.ok)).toHaveLength(1);
    const refused = firsts.find((result) => !result.ok);
    expect(refused && !refused.ok && refused.error).toMatch(/已由他人填报|已填报/);
    expect(await database.assetFigure.count({ where: { enterpriseId: ids.c, month: parseMonth("2023-02")! } })).toBe(1);
    // Back to the value the following tests were worked out with.
    await correct("40.00");
    await database.assetFigure.delete({
      where: { enterpriseId_month: { enterpriseId: ids.c, month: parseMonth("2023-02")! } },
    });
  });

  it("reads the whole page in 4 statements, whatever the data", async () => {
    let statements = 0;
    const counting = database.$extends({
      query: {
        async $allOperations({ args, query }) {
          statements += 1;
          return query(args);
        },
      },
    }) as unknown as typeof database;
    await loadAssetPage(counting);
    expect(statements).toBe(4);
  });

  it("imports nothing when one row is bad, and lists that row's errors", async () => {
    await actAs(admin);
    const before = await database.assetFigure.count();
    const file = await workbook([
      ["测试甲集团", "2023-03", "113.00", ""],
      ["乙集团", "2023-03", "12.345", ""],
      ["测试丙集团", "2023-03", "41", ""],
    ]);
    const result = await importAssetFiguresAction(null, { file });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toBe("有 1 行不符合要求，未导入任何数据。请修改后重新上传。");
    expect(result.fieldErrors).toEqual({ "row:3": ["资产总额：最多保留两位小数"] });
    expect(await database.assetFigure.count()).toBe(before);
  });

  it("imports a good sheet: new months filed, a marked correction kept in history", async () => {
    await actAs(admin);
    const file = await workbook([
      ["测试甲集团", "2023-03", "113.00", ""],
      ["乙集团", "2023-03", "62", ""],
      ["丙集团", "2023-03", "41.5", ""],
      ["测试乙集团", "2022-12", "61.00", "是"],
      ["测试甲集团", "2022-12", "110", ""],
    ]);
    const result = await importAssetFiguresAction(null, { file });
    expect(result).toEqual({ ok: true, data: { created: 3, corrected: 1, unchanged: 1 } });
    const march = await database.assetFigure.findMany({
      where: { month: parseMonth("2023-03")! },
      orderBy: { enterpriseId: "asc" },
    });
    expect(march.map((row) => row.totalAssets.toFixed(2))).toEqual(["113.00", "62.00", "41.50"]);
    const revisions = await database.assetFigureRevision.findMany({ where: { figure: { enterpriseId: ids.b } } });
    expect(revisions.map((r) => [r.previousValue.toFixed(2), r.newValue.toFixed(2)])).toEqual([["60.00", "61.00"]]);
    expect(await database.auditLog.count({ where: { action: "asset.import" } })).toBe(1);
    // March is complete: 113 + 62 + 41.5.
    expect((await assetProgress(database)).asOf?.total.toFixed(2)).toBe("216.50");
  });

  it("lets staff set a target, audited, and the page follows", async () => {
    await actAs(admin);
    expect((await saveAssetTargetAction(null, { year: "2024", amount: "300", label: "测试目标" })).ok).toBe(true);
    const bad = await saveAssetTargetAction(null, { year: "1999", amount: "0", label: "" });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(Object.keys(bad.fieldErrors ?? {}).sort()).toEqual(["amount", "year"]);
    expect(await database.auditLog.count({ where: { action: "assetTarget.create" } })).toBe(1);
    const again = await saveAssetTargetAction(null, { year: "2024", amount: "400", label: "", create: "true" });
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.fieldErrors?.year).toEqual(["2024年已有目标，请在上方修改"]);
    expect((await saveAssetTargetAction(null, { year: "2024", amount: "300.5", label: "测试目标" })).ok).toBe(true);
    expect(await database.auditLog.count({ where: { action: "assetTarget.update" } })).toBe(1);
    const years = (await assetProgress(database)).targets.map((target) => [target.year, target.amount.toFixed(2)]);
    expect(years).toEqual([
      [2022, "190.00"],
      [2023, "217.80"],
      [2024, "300.50"],
    ]);
    await actAs(await userId("leader"));
    expect((await saveAssetTargetAction(null, { year: "2030", amount: "1", label: "" })).ok).toBe(false);
  });
});

async function workbook(rows: string[][]) {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(ASSET_IMPORT_SHEET);
  sheet.addRow(ASSET_IMPORT_COLUMNS.map((column) => column.header));
  for (const row of rows) sheet.addRow(row);
  const bytes = Buffer.from(await book.xlsx.writeBuffer());
  return new File([new Uint8Array(bytes)], "assets.xlsx");
}

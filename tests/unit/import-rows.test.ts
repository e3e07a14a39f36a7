import { describe, expect, it } from "vitest";
import type { ImportRawRow } from "@/lib/import/columns";
import { readImportSheet } from "@/lib/import/read-sheet";
import { buildImportTemplate } from "@/lib/import/template";
import { validateImportRows, type ExistingData } from "@/lib/import/validate-rows";
import { importWorkbook, type ImportRowValues } from "@/tests/support/import-workbook";

/** Rows as read from a sheet: Excel row numbers start at 2 under the header. */
function rows(...values: ImportRowValues[]): ImportRawRow[] {
  return values.map((row, index) => ({
    rowNumber: index + 2,
    values: {
      enterpriseName: row.enterprise,
      enterpriseShortName: row.shortName ?? "",
      category: row.category ?? "",
      countsTowardAssetTarget: row.counts ?? "",
      orgName: row.org,
      level: row.level,
      parentName: row.parent ?? "",
      memberCount: row.members === undefined ? "" : String(row.members),
    },
  }));
}

const NOTHING: ExistingData = { enterprises: [], orgs: [] };
const WATER: ExistingData = {
  enterprises: [
    {
      id: 1,
      name: "惠州市水务集团有限公司",
      shortName: "市水务集团",
      category: "MUNICIPAL",
      countsTowardAssetTarget: true,
      isActive: true,
    },
    {
      id: 2,
      name: "停用的集团有限公司",
      shortName: "停用集团",
      category: "OTHER",
      countsTowardAssetTarget: false,
      isActive: false,
    },
  ],
  orgs: [
    { id: 10, enterpriseId: 1, name: "惠州市水务集团有限公司党委", level: "COMMITTEE", isActive: true },
    { id: 11, enterpriseId: 1, name: "市水务集团供水板块党总支", level: "GENERAL_BRANCH", isActive: true },
    { id: 12, enterpriseId: 1, name: "市水务集团旧党总支", level: "GENERAL_BRANCH", isActive: false },
  ],
};

const NEW = "惠州市新港集团有限公司";

function errorsOf(result: ReturnType<typeof validateImportRows>) {
  expect(result.ok).toBe(false);
  return result.ok ? {} : Object.fromEntries(result.rowErrors.map((row) => [row.rowNumber, row.messages]));
}

describe("validateImportRows", () => {
  it("plans a new enterprise with a three-level tree, parents before children", () => {
    const result = validateImportRows(
      rows(
        { enterprise: NEW, shortName: "新港集团", category: "市属企业", org: "新港集团党委", level: "党委" },
        { enterprise: NEW, org: "新港集团码头党支部", level: "党支部", parent: "新港集团码头党总支", members: 12 },
        { enterprise: NEW, org: "新港集团码头党总支", level: "党总支", parent: "新港集团党委" },
      ),
      NOTHING,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.plan.enterprises).toEqual([
      { name: NEW, shortName: "新港集团", category: "MUNICIPAL", countsTowardAssetTarget: true, rowNumber: 2 },
    ]);
    expect(result.plan.orgs.map((org) => [org.name, org.level, org.parent, org.memberCount])).toEqual([
      ["新港集团党委", "COMMITTEE", null, 0],
      ["新港集团码头党支部", "BRANCH", { name: "新港集团码头党总支" }, 12],
      ["新港集团码头党总支", "GENERAL_BRANCH", { name: "新港集团党委" }, 0],
    ]);
  });

  it("adds organisations to an existing enterprise under its existing parents", () => {
    const result = validateImportRows(
      rows({
        enterprise: "惠州市水务集团有限公司",
        org: "市水务集团东江水厂党支部",
        level: "党支部",
        parent: "市水务集团供水板块党总支",
        members: 9,
      }),
      WATER,
    );
    expect(result).toMatchObject({
      ok: true,
      plan: { enterprises: [], orgs: [{ enterpriseId: 1, parent: { id: 11 } }] },
    });
  });

  it("central enterprises do not count toward the asset target unless the sheet says so", () => {
    const result = validateImportRows(
      rows({
        enterprise: "中国某某惠州分公司",
        shortName: "惠州某某",
        category: "驻惠央企",
        org: "惠州某某党委",
        level: "党委",
      }),
      NOTHING,
    );
    expect(result).toMatchObject({
      ok: true,
      plan: { enterprises: [{ category: "CENTRAL", countsTowardAssetTarget: false }] },
    });
  });

  it("returns every row's errors at once, by Excel row number, in Chinese", () => {
    const errors = errorsOf(
      validateImportRows(
        rows(
          { enterprise: NEW, shortName: "新港集团", category: "市属企业", org: "新港集团党委", level: "党委" },
          { enterprise: NEW, org: "新港集团党委", level: "党委" },
          { enterprise: NEW, org: "新港集团码头党支部", level: "支部", members: -3 },
          { enterprise: "", org: "", level: "党支部" },
          { enterprise: NEW, org: "新港集团仓储党支部", level: "党支部", parent: "不存在的党委", members: "2.5" },
        ),
        NOTHING,
      ),
    );
    expect(errors).toEqual({
      3: ["党组织「新港集团党委」与第 2 行重名"],
      4: ["层级须为“党委”“党组”“党总支”或“党支部”", "党员人数须为不小于 0 的整数"],
      5: ["企业全称至少 2 个字", "党组织名称至少 2 个字"],
      6: ["党员人数须为不小于 0 的整数"],
    });
  });

  it("refuses a parent of the same or a lower level, and a parent that is the row itself", () => {
    const errors = errorsOf(
      validateImportRows(
        rows(
          { enterprise: NEW, shortName: "新港集团", category: "市属企业", org: "新港集团党委", level: "党委" },
          { enterprise: NEW, org: "新港集团甲党支部", level: "党支部", parent: "新港集团党委" },
          { enterprise: NEW, org: "新港集团乙党总支", level: "党总支", parent: "新港集团甲党支部" },
          { enterprise: NEW, org: "新港集团丙党支部", level: "党支部", parent: "新港集团丙党支部" },
        ),
        NOTHING,
      ),
    );
    expect(errors[4]).toEqual([
      "党总支不能设在党支部「新港集团甲党支部」之下：下级的层级须低于上级（党委/党组 → 党总支 → 党支部）",
    ]);
    expect(errors[5]).toEqual(["上级党组织不能是它自己"]);
    expect(Object.keys(errors)).toEqual(["4", "5"]);
  });

  it("refuses a parent that belongs to another enterprise, and one that is nowhere", () => {
    const errors = errorsOf(
      validateImportRows(
        rows(
          { enterprise: NEW, shortName: "新港集团", category: "市属企业", org: "新港集团党委", level: "党委" },
          { enterprise: "惠州市水务集团有限公司", org: "市水务集团新党支部", level: "党支部", parent: "新港集团党委" },
          { enterprise: "惠州市水务集团有限公司", org: "市水务集团另一党支部", level: "党支部", parent: "谁也不是" },
        ),
        WATER,
      ),
    );
    expect(errors).toEqual({
      3: ["上级党组织「新港集团党委」属于另一企业「惠州市新港集团有限公司」，上级须为同一企业的党组织"],
      4: ["找不到上级党组织「谁也不是」：须为本表中或系统中同一企业的党组织"],
    });
  });

  it("checks rows against the database: existing names, disabled parents and enterprises, differing details", () => {
    const errors = errorsOf(
      validateImportRows(
        rows(
          { enterprise: "惠州市水务集团有限公司", org: "市水务集团供水板块党总支", level: "党总支" },
          {
            enterprise: "惠州市水务集团有限公司",
            org: "市水务集团新党支部",
            level: "党支部",
            parent: "市水务集团旧党总支",
          },
          {
            enterprise: "惠州市水务集团有限公司",
            shortName: "水务",
            category: "驻惠央企",
            org: "市水务集团甲党支部",
            level: "党支部",
          },
          { enterprise: "停用的集团有限公司", org: "停用集团党委", level: "党委" },
        ),
        WATER,
      ),
    );
    expect(errors).toEqual({
      2: ["系统中该企业已有党组织「市水务集团供水板块党总支」"],
      3: ["上级党组织「市水务集团旧党总支」已停用"],
      4: ["企业简称与系统中已有的「市水务集团」不一致（已有企业可不填简称）", "类别与系统中该企业的类别不一致"],
      5: ["企业「停用的集团有限公司」已停用，不能导入党组织"],
    });
  });

  it("needs a new enterprise's short name and category once, and the same on every row", () => {
    const errors = errorsOf(
      validateImportRows(
        rows(
          { enterprise: NEW, org: "新港集团党委", level: "党委" },
          {
            enterprise: "惠州市另一集团有限公司",
            shortName: "另一集团",
            category: "市属企业",
            org: "另一集团党委",
            level: "党委",
          },
          {
            enterprise: "惠州市另一集团有限公司",
            shortName: "另一",
            category: "其他单位",
            org: "另一集团党支部",
            level: "党支部",
            parent: "另一集团党委",
          },
        ),
        NOTHING,
      ),
    );
    expect(errors).toEqual({
      2: ["新企业「惠州市新港集团有限公司」须填写企业简称", "新企业「惠州市新港集团有限公司」须填写类别"],
      4: ["同一企业的企业简称须一致（第 3 行为「另一集团」）", "同一企业的类别须一致（第 3 行为「市属企业」）"],
    });
  });
});

describe("readImportSheet", () => {
  it("reads the rows of a filled-in workbook, skipping empty ones, with Excel row numbers", async () => {
    const file = await importWorkbook([
      { enterprise: NEW, shortName: "新港集团", category: "市属企业", org: "新港集团党委", level: "党委" },
      { enterprise: "", org: "", level: "" },
      { enterprise: NEW, org: "新港集团码头党支部", level: "党支部", parent: "新港集团党委", members: 12 },
    ]);
    const result = await readImportSheet(new Uint8Array(file));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.rows.map((row) => [row.rowNumber, row.values.orgName, row.values.memberCount])).toEqual([
      [2, "新港集团党委", ""],
      [4, "新港集团码头党支部", "12"],
    ]);
  });

  it("reads the downloadable template as a valid but empty sheet", async () => {
    const result = await readImportSheet(new Uint8Array(await buildImportTemplate()));
    expect(result).toEqual({ ok: false, error: "表中没有数据行：请从第 2 行起填写" });
  });

  it.each([
    ["a text file renamed .xlsx", new TextEncoder().encode("企业全称,企业简称\n惠州市新港集团有限公司,新港集团\n")],
    ["an executable renamed .xlsx", new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00])],
    ["a PNG image", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])],
  ])("refuses %s by its content", async (_name, content) => {
    expect(await readImportSheet(content)).toEqual({
      ok: false,
      error: "这不是 Excel 工作簿（.xlsx）文件，请使用下载的模板填写后上传",
    });
  });

  it("refuses a zip archive that is not a workbook", async () => {
    // The zip magic alone is not enough: exceljs must be able to open it.
    const notAWorkbook = new Uint8Array([
      0x50,
      0x4b,
      0x03,
      0x04,
      ...new TextEncoder().encode("garbage that is not a zip"),
    ]);
    expect(await readImportSheet(notAWorkbook)).toEqual({
      ok: false,
      error: "文件无法作为 Excel 工作簿（.xlsx）读取，请使用下载的模板填写后上传",
    });
  });

  it("refuses a sheet whose header row was changed, naming the missing columns", async () => {
    const file = await importWorkbook(
      [{ enterprise: NEW, org: "新港集团党委", level: "党委" }],
      ["企业名称", "企业简称", "类别", "计入资产目标", "党组织", "层级", "上级党组织", "党员人数"],
    );
    expect(await readImportSheet(new Uint8Array(file))).toEqual({
      ok: false,
      error: "第 1 行缺少列：企业全称、党组织名称。请使用下载的模板，不要改动表头",
    });
  });

  it("refuses files over 5 MB before opening them", async () => {
    const big = new Uint8Array(5 * 1024 * 1024 + 1);
    big.set([0x50, 0x4b, 0x03, 0x04]);
    expect(await readImportSheet(big)).toEqual({ ok: false, error: "文件超过 5 MB，请拆分后分批导入" });
  });
});

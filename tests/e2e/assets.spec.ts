import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import pg from "pg";
import { expect, test } from "@playwright/test";
import { E2E_DATABASE_URL_FILE } from "./support/settings";
import { FIGURES_HEADER_ROW, FIGURES_SHEET, TOTAL_ROW_LABEL } from "@/lib/assets/export-layout";
import { signIn } from "./support/sign-in";

/** The month the secretary files below; removed afterwards so later specs see the demo data as seeded. */
const FILED_MONTH = "2023-01-01";

test.afterAll(async () => {
  const client = new pg.Client({ connectionString: (await readFile(E2E_DATABASE_URL_FILE, "utf8")).trim() });
  await client.connect();
  try {
    await client.query(`DELETE FROM "AssetFigure" WHERE "month" = $1::date AND NOT "isDemo"`, [FILED_MONTH]);
  } finally {
    await client.end();
  }
});

test.describe("asset progress", () => {
  test("a leader reads the demo figures on the page, in the chart, and in the same totals in the export", async ({
    page,
  }) => {
    await signIn(page, "leader");
    await page.getByRole("link", { name: "资产目标", exact: true }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: "资产目标进度" })).toBeVisible();

    await expect(page.getByTestId("asset-page-total")).toHaveText("2,512.36亿元");
    await expect(page.getByTestId("asset-as-of")).toHaveText("2022年12月");
    const target2025 = page.getByTestId("asset-target-2025");
    await expect(target2025.getByTestId("percent")).toHaveText("41.87%");
    await expect(target2025.getByTestId("gap")).toHaveText("3,487.64亿元");
    await expect(target2025.getByTestId("months-left")).toContainText("36 个月");
    await expect(page.getByTestId("asset-target-2022")).toContainText("已达成");
    await expect(page.getByTestId("asset-method")).toContainText("未报齐的月份不合计");

    // The chart draws the demo months: the actual line, the projection and both target lines.
    const chart = page.getByTestId("asset-trend-chart");
    await expect(chart.locator(".recharts-line-curve")).toHaveCount(2);
    await expect(chart.locator(".recharts-reference-line")).toHaveCount(4);
    await expect(page.getByTestId("asset-contribution-chart").locator(".recharts-area")).toHaveCount(9);
    const trend = page.getByTestId("asset-trend-table");
    await expect(trend.locator('tr[data-month="2022-12"]')).toContainText("2,512.36亿元");
    await expect(trend.locator('tr[data-month="2021-01"]')).toContainText("2,150.48亿元");

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "导出 Excel" }).click(),
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    const sheet = workbook.getWorksheet(FIGURES_SHEET)!;
    const header = (sheet.getRow(FIGURES_HEADER_ROW).values as unknown[]).map(String);
    const totalRow = sheet.getRow(FIGURES_HEADER_ROW + 1 + 9);
    expect(totalRow.getCell(1).value).toBe(TOTAL_ROW_LABEL);
    const pageTotal = (await page.getByTestId("asset-page-total").innerText()).replace(/[,亿元]/g, "");
    expect(totalRow.getCell(header.indexOf("2022年12月")).value).toBe(Number(pageTotal));
    expect(totalRow.getCell(header.indexOf("2021年1月")).value).toBe(2150.48);
  });

  test("a secretary files a month, is told about a bad value first, and sees the month in the trend", async ({
    page,
  }) => {
    await signIn(page, "secretary");
    await page.getByRole("link", { name: "资产填报", exact: true }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: "资产填报" })).toBeVisible();
    await expect(page.getByTestId("asset-trend-chart").locator(".recharts-line-dot")).toHaveCount(24);
    const form = page.getByTestId("asset-figure-form");
    await form.getByLabel("月份").fill("2023-01");
    await form.getByLabel("资产总额（亿元）").fill("293.456");
    await form.getByRole("button", { name: "保存" }).click();
    await expect(form.getByText("最多保留两位小数")).toBeVisible();
    await expect(form.getByLabel("资产总额（亿元）")).toHaveValue("293.456");

    await form.getByLabel("资产总额（亿元）").fill("293.45");
    await form.getByRole("button", { name: "保存" }).click();
    await expect(form.getByRole("status")).toHaveText("已保存");
    const history = page.getByTestId("asset-figure-history");
    await expect(history.getByRole("row").nth(1)).toContainText("2023年1月");
    await expect(history.getByRole("row").nth(1)).toContainText("293.45亿元");
    // The trend draws one dot per filed month: the 24 demo months and January 2023.
    const chart = page.getByTestId("asset-trend-chart");
    await expect(chart.locator(".recharts-line-curve")).toHaveCount(1);
    await expect(chart.locator(".recharts-line-dot")).toHaveCount(25);

    // Filing the same month again needs the correction box; the correction keeps the old value.
    await form.getByLabel("资产总额（亿元）").fill("293.50");
    await form.getByRole("button", { name: "保存" }).click();
    await expect(form.getByText(/已填报 293.45亿元/)).toBeVisible();
    await form.getByLabel("更正已填报的数值").check();
    await form.getByRole("button", { name: "保存" }).click();
    await expect(form.getByRole("status")).toContainText("已更正");
    await expect(history.getByRole("row").nth(1)).toContainText("293.45亿元 → 293.50亿元");

    // The secretary cannot open the leaders' page or the API.
    const response = await page.goto("/assets");
    expect(response?.status()).toBe(403);
    expect((await page.request.get("/api/v1/assets/progress")).status()).toBe(403);
  });
});

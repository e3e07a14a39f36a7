import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/sign-in";

// The internal phase of the demo data, as prisma/seed/scores.ts sets it up: 城投 and 水务 tie at 85.00.
const INTERNAL_RANKING = [
  ["1", "惠州烟草物流配送中心党支部", "95.40", "好"],
  ["2", "惠州烟草营销中心党支部", "94.10", "好"],
  ["3", "惠州供电局客户服务中心党支部", "90.75", "好"],
  ["4", "交投集团汽车总站党支部", "87.75", "较好"],
  ["5", "市水务集团江北水厂党支部", "85.00", "较好"],
  ["5", "城投集团安置房项目党支部", "85.00", "较好"],
  ["7", "惠州移动网络部党支部", "82.50", "较好"],
  ["8", "港投集团荃湾港区党支部", "78.00", "一般"],
  ["9", "国投集团机关党支部", "77.00", "一般"],
  ["10", "德赛集团德赛工业园第一党支部", "73.00", "一般"],
  ["11", "产投集团产业园区党支部", "68.50", "差"],
];

async function openInternalRanking(page: Page) {
  await page.goto("/rankings");
  const tab = page.getByRole("navigation", { name: "选择阶段" }).getByRole("link", { name: /内部观摩/ });
  await tab.click();
  await expect(tab).toHaveAttribute("aria-current", "page");
}

async function rankingTable(page: Page) {
  const rows = page.getByTestId("ranking-row");
  await expect(rows).toHaveCount(INTERNAL_RANKING.length);
  return Promise.all(
    (await rows.all()).map(async (row) => [
      (await row.getByTestId("ranking-rank").innerText()).trim(),
      (await row.getByTestId("ranking-organization").innerText()).trim(),
      (await row.getByTestId("ranking-score").innerText()).trim(),
      (await row.getByTestId("ranking-tier").innerText()).trim(),
    ]),
  );
}

test.describe("rankings", () => {
  test("a leader sees the internal phase in the order of the demo data, the tie sharing rank 5", async ({ page }) => {
    await signIn(page, "leader");
    await page.getByRole("link", { name: "排名", exact: true }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: "排名" })).toBeVisible();
    await openInternalRanking(page);
    expect(await rankingTable(page)).toEqual(INTERNAL_RANKING);

    const distribution = page.getByTestId("tier-distribution");
    await expect(distribution.getByRole("row", { name: /^好 3/ })).toBeVisible();
    await expect(distribution.getByRole("row", { name: /^差 1/ })).toBeVisible();

    // Filtering by tier keeps the phase's ranks.
    await page.getByLabel("档次").selectOption("较好");
    await page.getByRole("button", { name: "筛选" }).click();
    await expect(page.getByTestId("ranking-row")).toHaveCount(4);
    await expect(page.getByTestId("ranking-rank").first()).toHaveText("4");

    // The score detail names each scorer for a leader.
    await page.getByRole("link", { name: "城投集团安置房项目党支部" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "城投集团安置房项目党支部" })).toBeVisible();
    await expect(page.getByTestId("detail-rank")).toContainText("5");
    await expect(page.getByTestId("detail-score")).toContainText("85.00");
    await expect(page.getByTestId("scorer-row")).toHaveCount(6);
  });

  test("a secretary sees their own result without scorers, and cannot open another enterprise's", async ({ page }) => {
    await signIn(page, "leader");
    await openInternalRanking(page);
    const otherHref = await page.getByRole("link", { name: "城投集团安置房项目党支部" }).getAttribute("href");
    const ownHref = await page.getByRole("link", { name: "市水务集团江北水厂党支部" }).getAttribute("href");
    expect(otherHref).toMatch(/^\/rankings\/\d+\/organizations\/\d+$/);
    await page.getByRole("button", { name: "退出登录" }).first().click();
    await expect(page).toHaveURL(/\/login/);

    await signIn(page, "secretary");
    const other = await page.goto(otherHref!);
    expect(other?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "页面不存在" })).toBeVisible();
    await expect(page.getByText("85.00")).toHaveCount(0);

    const all = await page.goto("/rankings");
    expect(all?.status()).toBe(403);

    await page.goto("/rankings/mine");
    await page.getByRole("link", { name: "市水务集团江北水厂党支部" }).click();
    await expect(page).toHaveURL(ownHref!);
    await expect(page.getByTestId("detail-score")).toContainText("85.00");
    await expect(page.getByTestId("category-means")).toBeVisible();
    await expect(page.getByTestId("scorer-totals")).toHaveCount(0);
    await expect(page.getByText("城投集团党委书记")).toHaveCount(0);
  });

  test("an administrator sees the consistency flags of the demo data", async ({ page }) => {
    await signIn(page, "admin");
    await page.goto("/rankings/consistency");
    await page
      .getByRole("navigation", { name: "选择阶段" })
      .getByRole("link", { name: /内部观摩/ })
      .click();
    await expect(page.getByTestId("disagreements")).toContainText("德赛集团德赛工业园第一党支部");
    await expect(page.getByTestId("mutual-pair").filter({ hasText: "疑似互评互抬" })).toContainText("国投集团");
    await expect(page.getByTestId("leniency-row").first()).toContainText("偏宽");
  });
});

test.describe("rankings on a phone @phone", () => {
  test("the ranking fits the screen", async ({ page }) => {
    await signIn(page, "leader");
    await openInternalRanking(page);
    await expect(page.getByTestId("ranking-row")).toHaveCount(INTERNAL_RANKING.length);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { createPrismaClient, type Database } from "@/lib/prisma-client";
import { E2E_DATABASE_URL_FILE } from "./support/settings";
import { signIn } from "./support/sign-in";

// A secretary searches the library and opens an entry; staff promote an entry; staff choose a
// demonstration site with a reason and find it on the published list.

const PROMOTED_ENTRY = "清源先锋";
const CHOSEN_SITE = "江北水厂党员先锋站";
const REASON = "党员责任区覆盖全部生产班组，适合作为示范点现场观摩。";

let database: Database | undefined;
async function db(): Promise<Database> {
  database ??= createPrismaClient((await readFile(E2E_DATABASE_URL_FILE, "utf8")).trim(), 1);
  return database;
}

test.afterAll(async () => {
  // Leave the shared demo database as the other specs expect it.
  const client = await db();
  await client.experienceEntry.updateMany({
    where: { title: PROMOTED_ENTRY },
    data: { promoted: false, promotedAt: null, promotedById: null },
  });
  await client.demonstrationSelection.deleteMany({ where: { site: { name: CHOSEN_SITE } } });
  await client.$disconnect();
});

test("a secretary searches the library and opens an entry", async ({ page }) => {
  await signIn(page, "secretary");
  await page.getByRole("link", { name: "经验库" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "经验库" })).toBeVisible();
  await expect(page.getByRole("link", { name: "新建条目" })).toHaveCount(0);

  await page.getByLabel("搜索标题、简介或标签").fill("学习角");
  await page.getByRole("button", { name: "搜索" }).click();
  await expect(page).toHaveURL(/q=%E5%AD%A6/);
  const entries = page.getByTestId("library-entry");
  await expect(entries).toHaveCount(2);
  await expect(entries.filter({ hasText: "支部书记进项目评审会" })).toHaveCount(0);

  await page.getByRole("link", { name: "物流配送中心“学习角”" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "物流配送中心“学习角”" })).toBeVisible();
  await expect(page.getByText("在自动化入库、分装设备旁设立学习角")).toBeVisible();
  await expect(page.getByTestId("promotion")).toContainText("已推广");
  await expect(page.getByRole("link", { name: "编辑" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "标记推广" })).toHaveCount(0);
});

test("staff promote an entry", async ({ page }) => {
  await signIn(page, "admin");
  await page.goto("/library?promoted=no");
  await page.getByRole("link", { name: PROMOTED_ENTRY }).click();
  await expect(page.getByTestId("promotion")).toHaveText("未推广");
  await page.getByRole("button", { name: "标记推广" }).click();
  await expect(page.getByTestId("promotion")).toContainText("已推广（市国资委");
  await expect(page.getByRole("button", { name: "取消推广" })).toBeVisible();

  await page.goto("/library?promoted=yes");
  await expect(page.getByTestId("library-entry").filter({ hasText: PROMOTED_ENTRY })).toHaveCount(1);
});

test("staff choose a demonstration site with a reason and see it on the published list", async ({ page }) => {
  await signIn(page, "admin");
  await page.getByRole("link", { name: "示范评选" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "示范评选" })).toBeVisible();
  const sites = page.getByTestId("board-SITE");
  await expect(sites.getByRole("heading", { name: "国企党建观摩示范点（已选 1 / 6）" })).toBeVisible();

  const candidate = sites.getByTestId("candidate").filter({ hasText: CHOSEN_SITE });
  await candidate.getByRole("button", { name: `选择 ${CHOSEN_SITE}` }).click();
  // No reason: refused beside the field.
  await candidate.getByRole("button", { name: "确认入选" }).click();
  await expect(candidate.getByText("入选理由至少 5 个字")).toBeVisible();
  await candidate.getByLabel("入选理由").fill(REASON);
  await candidate.getByRole("button", { name: "确认入选" }).click();
  await expect(candidate.getByText("已入选，占第 2 个名额")).toBeVisible();
  await expect(sites.getByRole("heading", { name: "国企党建观摩示范点（已选 2 / 6）" })).toBeVisible();
  await expect(sites.getByTestId("chosen").filter({ hasText: CHOSEN_SITE })).toContainText(REASON);

  await page.getByRole("link", { name: "查看示范名单" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "示范名单" })).toBeVisible();
  const published = page.getByTestId("published-SITE").getByTestId("published-item").filter({ hasText: CHOSEN_SITE });
  await expect(published).toContainText(REASON);
  await expect(published).toContainText("惠州市水务集团有限公司");
});

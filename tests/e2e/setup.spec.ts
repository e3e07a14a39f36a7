import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { createPrismaClient, type Database } from "@/lib/prisma-client";
import { importWorkbook } from "@/tests/support/import-workbook";
import { E2E_DATABASE_URL_FILE } from "./support/settings";
import { signIn } from "./support/sign-in";

// A real 1×1 PNG, so the browser can decode the photo it gets back from /api/files.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==",
  "base64",
);
/** A campaign year before the demo's 2022, so pages that show "the current campaign" never see it. */
const SPARE_YEAR = 2021;

let database: Database | undefined;
async function db(): Promise<Database> {
  database ??= createPrismaClient((await readFile(E2E_DATABASE_URL_FILE, "utf8")).trim(), 1);
  return database;
}

test.afterAll(async () => {
  // Leave the shared demo database as the other specs expect it.
  const client = await db();
  const campaign = await client.campaign.findUnique({ where: { year: SPARE_YEAR }, select: { id: true } });
  if (campaign) {
    await client.phase.deleteMany({ where: { campaignId: campaign.id } });
    await client.campaign.delete({ where: { id: campaign.id } });
  }
  await client.$disconnect();
});

test.describe("setup pages", () => {
  test("staff create a site with a photo and find it in the list", async ({ page }) => {
    await signIn(page, "admin");
    await page.getByRole("link", { name: "观摩点" }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: "观摩点" })).toBeVisible();
    await page.getByRole("link", { name: "新建观摩点" }).click();

    await page.getByLabel("所属企业").selectOption({ label: "惠州烟草" });
    await page.getByLabel("党组织").selectOption({ label: "惠州烟草专卖稽查党支部（党支部）" });
    await page.getByLabel("观摩点名称").fill("专卖稽查“红色卫士”工作站");
    await page.getByLabel("观摩主题").fill("红色卫士");
    await page.getByLabel("可容纳人数").fill("0");
    await page.getByLabel("地址").fill("惠州市惠城区江北烟草大厦");
    await page.getByLabel("亮点做法").fill("稽查一线设党员先锋岗，案件攻坚由党员带头。");
    await page.getByLabel("照片").setInputFiles({ name: "工作站.png", mimeType: "image/png", buffer: PNG });
    await page.getByRole("button", { name: "创建观摩点" }).click();

    // Refused beside the field, with everything typed still there.
    await expect(page.locator("#site-capacity-error")).toHaveText("可容纳人数须大于 0");
    await expect(page.getByLabel("观摩点名称")).toHaveValue("专卖稽查“红色卫士”工作站");
    await page.getByLabel("可容纳人数").fill("24");
    await page.getByRole("button", { name: "创建观摩点" }).click();

    await expect(page.getByRole("heading", { level: 1, name: "专卖稽查“红色卫士”工作站" })).toBeVisible();
    const photo = page.getByRole("img", { name: "专卖稽查“红色卫士”工作站 照片 1" });
    await expect(photo).toBeVisible();
    await expect.poll(() => photo.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(1);

    await page.getByRole("link", { name: "返回观摩点列表" }).click();
    const row = page.getByRole("listitem").filter({ hasText: "专卖稽查“红色卫士”工作站" });
    await expect(row).toContainText("惠州烟草 · 惠州烟草专卖稽查党支部");
    await expect(row).toContainText("可容纳 24 人 · 照片 1 张");
  });

  test("staff upload a sheet with bad rows and see each row's errors; nothing is imported", async ({ page }) => {
    await signIn(page, "admin");
    await page.goto("/admin/enterprises/import");
    await expect(page.getByRole("heading", { level: 1, name: "从 Excel 导入企业与党组织" })).toBeVisible();

    const template = await page.request.get("/admin/enterprises/import/template");
    expect(template.status()).toBe(200);
    expect(template.headers()["content-type"]).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );

    // A text file with an .xlsx name is refused by its content.
    await page.getByLabel("Excel 文件").setInputFiles({
      name: "企业.xlsx",
      mimeType: "application/octet-stream",
      buffer: Buffer.from("企业全称,党组织名称\n"),
    });
    await page.getByRole("button", { name: "检查并导入" }).click();
    await expect(page.locator("#import-file-error")).toHaveText(
      "这不是 Excel 工作簿（.xlsx）文件，请使用下载的模板填写后上传",
    );

    const sheet = await importWorkbook([
      {
        enterprise: "惠州市演示港务集团有限公司",
        shortName: "演示港务",
        category: "市属企业",
        org: "演示港务集团党委",
        level: "党委",
      },
      {
        enterprise: "惠州市演示港务集团有限公司",
        org: "演示港务码头党支部",
        level: "党支部",
        parent: "演示港务集团党委",
        members: 18,
      },
      {
        enterprise: "惠州市演示港务集团有限公司",
        org: "演示港务码头党支部",
        level: "支部",
        parent: "演示港务集团党委",
        members: "十八",
      },
      {
        enterprise: "惠州市演示港务集团有限公司",
        org: "演示港务仓储党支部",
        level: "党支部",
        parent: "不存在的党总支",
      },
    ]);
    await page.getByLabel("Excel 文件").setInputFiles({
      name: "演示港务.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: sheet,
    });
    await page.getByRole("button", { name: "检查并导入" }).click();

    await expect(page.getByText("有 2 行不符合要求，未导入任何数据。请修改后重新上传。")).toBeVisible();
    await expect(page.getByRole("heading", { name: "逐行检查结果：2 行有问题" })).toBeVisible();
    await expect(page.getByTestId("import-row-4")).toContainText("层级须为“党委”“党组”“党总支”或“党支部”");
    await expect(page.getByTestId("import-row-4")).toContainText("党员人数须为不小于 0 的整数");
    await expect(page.getByTestId("import-row-5")).toContainText("找不到上级党组织「不存在的党总支」");
    await expect(page.getByTestId("import-row-2")).toHaveCount(0);

    await page.goto("/admin/enterprises");
    await expect(page.getByRole("heading", { level: 1, name: "企业与党组织" })).toBeVisible();
    await expect(page.getByText("惠州市演示港务集团有限公司")).toHaveCount(0);
  });

  test("staff open and close a phase, confirming in a dialog that says scoring will be locked", async ({ page }) => {
    await signIn(page, "admin");
    await page.getByRole("link", { name: "活动与阶段" }).first().click();
    await expect(page.getByTestId("phase-CROSS")).toContainText("进行中");
    await page.getByRole("link", { name: "新建年度活动" }).click();
    await page.getByLabel("年度").fill(String(SPARE_YEAR));
    await page.getByLabel("活动名称").fill(`${SPARE_YEAR}年党建“大观摩”活动（演练）`);
    await page.getByRole("button", { name: "创建活动" }).click();
    await expect(page).toHaveURL(new RegExp(`/admin/campaign\\?year=${SPARE_YEAR}$`));

    const internal = page.getByTestId("phase-INTERNAL");
    const cross = page.getByTestId("phase-CROSS");
    // The second phase cannot start before the first.
    await expect(cross.getByRole("button", { name: "开始阶段" })).toBeDisabled();
    await expect(cross).toContainText("上一阶段「内部观摩」尚未开始");

    await internal.getByRole("button", { name: "开始阶段" }).click();
    await page.getByRole("dialog", { name: "开始「内部观摩」？" }).getByRole("button", { name: "确认开始" }).click();
    await expect(internal).toContainText("进行中");

    await internal.getByRole("button", { name: "结束阶段" }).click();
    const dialog = page.getByRole("dialog", { name: "结束「内部观摩」？" });
    await expect(dialog).toContainText("本阶段的评分即被锁定");
    await expect(dialog).toContainText("不能重新开始");
    await dialog.getByRole("button", { name: "取消" }).click();
    await expect(dialog).toBeHidden();
    await expect(internal).toContainText("进行中");

    await internal.getByRole("button", { name: "结束阶段" }).click();
    await dialog.getByRole("button", { name: "确认结束" }).click();
    await expect(internal).toContainText("已结束");
    await expect(internal).toContainText("评分已锁定");
    await expect(internal.getByRole("button")).toHaveCount(0);
    await expect(cross.getByRole("button", { name: "开始阶段" })).toBeEnabled();
  });
});

test.describe("access", () => {
  test("a secretary gets 403 from every setup page and the template download", async ({ page }) => {
    await signIn(page, "secretary");
    for (const path of [
      "/admin/campaign",
      "/admin/campaign/new",
      "/admin/enterprises",
      "/admin/enterprises/1",
      "/admin/enterprises/import",
      "/admin/sites",
      "/admin/sites/new",
      "/admin/sites/1",
    ]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
    }
    expect((await page.request.get("/admin/enterprises/import/template")).status()).toBe(403);
  });
});

test.describe("on a phone @phone", () => {
  test("an enterprise's organisation tree reads without sideways scrolling", async ({ page }) => {
    await signIn(page, "admin");
    await page.goto("/admin/enterprises");
    await page.getByRole("link", { name: "惠州烟草" }).click();
    const tree = page.getByRole("list", { name: "党组织架构" });
    await expect(tree).toContainText("惠州烟草专卖稽查党支部");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await tree.getByRole("link", { name: /惠州烟草专卖稽查党支部/ }).click();
    await expect(page.getByRole("heading", { level: 2, name: "惠州烟草专卖稽查党支部" })).toBeVisible();
  });
});

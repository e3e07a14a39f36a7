import { expect, test, type Browser, type Page } from "@playwright/test";
import { signIn } from "./support/sign-in";

// The secretary of 市水务集团 has a seeded draft for the cross phase (交叉观摩), whose deadline has passed.
const PHOTO = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);

async function asUser(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, username);
  return page;
}

async function openOwnCrossReport(page: Page) {
  await page.goto("/reports");
  await page.getByRole("link", { name: /交叉观摩/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: /交叉观摩.*自查报告/ })).toBeVisible();
}

async function submit(page: Page) {
  await expect(page.getByTestId("save-status")).toContainText("已保存");
  await page.getByRole("button", { name: "提交报告" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText("将标记为逾期");
  await dialog.getByRole("button", { name: "确认提交" }).click();
  await expect(page.getByRole("status").filter({ hasText: "正在审核" })).toBeVisible();
}

test("a secretary writes and submits a report with a photo; staff return it, it is resubmitted and accepted", async ({
  browser,
}) => {
  const secretary = await asUser(browser, "secretary");
  await openOwnCrossReport(secretary);

  // Submitting with a section left empty is refused, with the reason beside the section.
  await secretary.getByLabel("可推广经验", { exact: true }).fill("");
  await secretary.getByRole("button", { name: "提交报告" }).click();
  await secretary.getByRole("dialog").getByRole("button", { name: "确认提交" }).click();
  await expect(secretary.getByText("请填写可推广经验")).toBeVisible();

  await secretary.getByLabel("工作开展情况", { exact: true }).fill("组织开展交叉观摩准备，完善支部标准化建设。");
  await secretary.getByLabel("亮点做法", { exact: true }).fill("“清水先锋”党员责任区。");
  await secretary.getByLabel("突出问题", { exact: true }).fill("部分支部阵地利用率不高。");
  await secretary.getByLabel("整改措施和补短板计划", { exact: true }).fill("九月底前完成阵地整合。");
  await secretary.getByLabel("可推广经验", { exact: true }).fill("党建与供水保障融合的做法。");
  await secretary.getByRole("button", { name: "添加品牌" }).click();
  await secretary.getByLabel("品牌名称 1").fill("清水先锋");
  const items = secretary.getByTestId("self-score-item");
  const count = await items.count();
  expect(count).toBeGreaterThan(0);
  for (let index = 0; index < count; index++) await items.nth(index).getByRole("textbox").fill("3");
  await expect(secretary.getByTestId("save-status")).toContainText("草稿已保存");

  await secretary.getByLabel("上传附件").setInputFiles({ name: "学习角.png", mimeType: "image/png", buffer: PHOTO });
  await secretary.getByRole("button", { name: "上传", exact: true }).click();
  await expect(secretary.getByText("「学习角.png」已上传")).toBeVisible();
  await expect(secretary.getByTestId("attachment")).toContainText("学习角.png");
  await expect(secretary.getByRole("img", { name: "学习角.png" })).toBeVisible();
  await submit(secretary);
  await expect(secretary.getByText("逾期提交")).toBeVisible();

  // Staff return it with a reason beside 突出问题.
  const admin = await asUser(browser, "admin");
  await admin.goto("/admin/reports");
  await admin.getByRole("link", { name: /交叉观摩/ }).click();
  const row = admin.getByTestId("report-row").filter({ hasText: "水务" });
  await expect(row).toContainText("已提交待审核");
  await expect(row).toContainText("逾期提交");
  await row.getByRole("link").click();
  await admin.getByRole("button", { name: "退回修改" }).click();
  await admin.getByRole("dialog").getByRole("button", { name: "退回" }).click();
  await expect(admin.getByText("请至少为一个部分填写退回理由")).toBeVisible();
  await admin.getByLabel("突出问题", { exact: true }).fill("请逐条列出问题并注明所在支部。");
  await admin.getByRole("button", { name: "退回修改" }).click();
  await admin.getByRole("dialog").getByRole("button", { name: "退回" }).click();
  await expect(admin.getByText("报告已退回")).toBeVisible();

  // The secretary sees the reason beside the section, revises and resubmits.
  await openOwnCrossReport(secretary);
  await expect(secretary.getByTestId("return-reason")).toContainText("请逐条列出问题并注明所在支部。");
  await secretary
    .getByLabel("突出问题", { exact: true })
    .fill("一是江北水厂党支部阵地利用率不高。\n二是党员积分管理未全覆盖。");
  await submit(secretary);

  // Staff compare the two versions and accept.
  await admin.reload();
  await expect(admin.getByText(/审核第 2 次提交的版本/)).toBeVisible();
  await admin.getByRole("button", { name: "对比两个版本" }).click();
  await expect(admin.getByTestId("version-diff")).toContainText("二是党员积分管理未全覆盖。");
  await admin.getByRole("button", { name: "审核通过" }).click();
  await admin.getByRole("dialog").getByRole("button", { name: "通过" }).click();
  // The page re-renders as accepted, which may replace the form and its confirmation at once:
  // the review record is what lasts.
  await expect(admin.getByText(/^通过 第 2 版/)).toBeVisible();

  await openOwnCrossReport(secretary);
  await expect(secretary.getByRole("status").filter({ hasText: "通过审核" })).toBeVisible();
  await expect(secretary.getByRole("button", { name: "提交报告" })).toHaveCount(0);
});

function chinaDay(days: number) {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(
    new Date(Date.now() + days * 86_400_000),
  );
}

test("staff accept a report with one declared problem, which then appears in the problem ledger", async ({
  browser,
}) => {
  // 国投集团's cross-phase report is submitted in the demo data.
  const admin = await asUser(browser, "admin");
  await admin.goto("/admin/reports");
  await admin.getByRole("link", { name: /交叉观摩/ }).click();
  await admin.getByTestId("report-row").filter({ hasText: "国投" }).getByRole("link").click();
  await expect(admin.getByText("报告中的突出问题")).toBeVisible();

  await admin.getByRole("button", { name: "添加问题" }).click();
  const row = admin.getByRole("group", { name: "问题 1" });
  await row.getByLabel("党组织").selectOption({ label: "国投集团金融服务党支部" });
  await row.getByLabel("问题描述").fill("金融服务党支部“三会一课”记录不规范。");
  await row.getByLabel("严重程度").selectOption({ label: "较重" });
  await row.getByLabel("整改期限").fill(chinaDay(45));
  // No owner yet: the accept is refused beside the row, and what was typed stays.
  await admin.getByRole("button", { name: "审核通过" }).click();
  await expect(admin.getByRole("dialog")).toContainText("同时将 1 个问题列入问题清单");
  await admin.getByRole("dialog").getByRole("button", { name: "通过" }).click();
  await expect(admin.locator("#item-0-owner-error")).toContainText("责任人");
  await expect(row.getByLabel("问题描述")).toHaveValue("金融服务党支部“三会一课”记录不规范。");

  await row.getByLabel("责任人").fill("国投集团党委组织部");
  await admin.getByRole("button", { name: "审核通过" }).click();
  await admin.getByRole("dialog").getByRole("button", { name: "通过" }).click();
  await expect(admin.getByText(/^通过 第 1 版/)).toBeVisible();

  await admin.goto("/problems");
  await expect(admin.getByText("金融服务党支部“三会一课”记录不规范。")).toBeVisible();
});

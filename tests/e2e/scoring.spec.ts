import { readFile } from "node:fs/promises";
import pg from "pg";
import { expect, test, type Page } from "@playwright/test";
import { E2E_DATABASE_URL_FILE } from "./support/settings";
import { signIn } from "./support/sign-in";

// The observer (交投集团党委书记) is a scoring member of the seeded, published cross-phase tour
// 交叉观摩第二组 and has not scored its second stop, 变电运行党员示范岗, yet.
const SITE = "变电运行党员示范岗";

/** Reads what the page cannot show: how many times the sheet was submitted. */
async function query<T extends pg.QueryResultRow>(sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: (await readFile(E2E_DATABASE_URL_FILE, "utf8")).trim() });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

const itemCards = (page: Page) => page.getByTestId("score-item");

test.describe("scoring on a phone @phone", () => {
  test("the observer scores a stop, through a dropped connection, and submits once; staff unlock it with a reason", async ({
    page,
    context,
    browser,
  }) => {
    await signIn(page, "observer");
    await page.goto("/scoring");
    await expect(page.getByRole("heading", { level: 1, name: "我的评分" })).toBeVisible();
    await page.getByRole("link", { name: new RegExp(SITE) }).click();
    await expect(page.getByRole("heading", { level: 1, name: SITE })).toBeVisible();
    await expect(itemCards(page)).toHaveCount(12);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);

    // A few items first: submitting now lists what is still empty.
    for (let index = 0; index < 3; index++)
      await itemCards(page).nth(index).getByRole("button", { name: "满分" }).click();
    await expect(page.getByTestId("running-total")).toHaveText("28");
    await page.getByRole("button", { name: "提交评分" }).click();
    const dialog = page.getByRole("dialog");
    await expect(dialog.getByRole("heading", { name: "还有条目未完成" })).toBeVisible();
    await expect(dialog.getByTestId("submit-problems").getByRole("listitem")).toHaveCount(9);
    await dialog.getByRole("button", { name: "返回填写" }).click();
    await expect(page.getByTestId("save-status")).toContainText("已保存");

    // The connection drops for a moment: nothing typed is lost.
    await context.setOffline(true);
    await itemCards(page).nth(3).getByRole("button", { name: "满分" }).click();
    await expect(page.getByTestId("save-status")).toContainText("离线，恢复网络后自动保存");
    await context.setOffline(false);
    await expect(page.getByTestId("save-status")).toContainText("已保存");

    for (let index = 4; index < 12; index++)
      await itemCards(page).nth(index).getByRole("button", { name: "满分" }).click();
    await itemCards(page).nth(0).getByRole("textbox").fill("8");
    await itemCards(page)
      .nth(1)
      .getByRole("button", { name: /减 0.5 分/ })
      .click();
    await expect(page.getByTestId("running-total")).toHaveText("97.5");
    // A value out of range is refused beside its item and not saved.
    await itemCards(page).nth(2).getByRole("textbox").fill("10.3");
    await expect(itemCards(page).nth(2)).toContainText("0.5 的整数倍");
    await itemCards(page).nth(2).getByRole("textbox").fill("9.5");
    await page.getByLabel("评语").fill("党员示范岗作用突出，设备巡视台账规范。");
    await expect(page.getByTestId("save-status")).toContainText("已保存");

    // Saved on the server: a reload shows the same values.
    await page.reload();
    await expect(itemCards(page).nth(0).getByRole("textbox")).toHaveValue("8");
    await expect(page.getByTestId("running-total")).toHaveText("97");

    await page.getByRole("button", { name: "提交评分" }).click();
    await expect(dialog.getByRole("heading", { name: "确认提交评分表" })).toBeVisible();
    await expect(dialog).toContainText("97");
    await dialog.getByRole("button", { name: "确认提交" }).dblclick();
    await expect(page.getByText(/评分表已于 .* 提交，不能再修改/)).toBeVisible();
    await expect(page.getByTestId("sheet-total")).toHaveText("97");
    await expect(page.getByRole("button", { name: "提交评分" })).toHaveCount(0);

    const [sheet] = await query<{ id: number; submissions: number }>(
      `SELECT sh.id, (SELECT count(*)::int FROM "ScoreSheetRevision" r WHERE r."sheetId" = sh.id AND r.status = 'SUBMITTED') AS submissions
       FROM "ScoreSheet" sh JOIN "User" u ON u.id = sh."scorerId" JOIN "TourStop" s ON s.id = sh."stopId" JOIN "Site" si ON si.id = s."siteId"
       WHERE u.username = 'observer' AND si.name = $1`,
      [SITE],
    );
    expect(sheet?.submissions).toBe(1);

    // Staff, at a desk, unlock it with a reason.
    const desk = await browser.newContext({
      viewport: { width: 1366, height: 900 },
      locale: "zh-CN",
      timezoneId: "Asia/Shanghai",
    });
    const staff = await desk.newPage();
    await signIn(staff, "admin");
    await staff.goto(`/admin/sheets?status=SUBMITTED&q=${encodeURIComponent(SITE)}`);
    await staff.getByTestId("sheet-row").filter({ hasText: "交投集团党委书记" }).click();
    await expect(staff.getByRole("heading", { level: 1, name: SITE })).toBeVisible();
    await staff.getByRole("button", { name: "解锁评分表" }).click();
    await expect(staff.getByText("请写明解锁原因（至少 4 个字）")).toBeVisible();
    staff.once("dialog", (confirm) => void confirm.accept());
    await staff.getByLabel("解锁原因").fill("评分人申请更正第 1 项分值");
    await staff.getByRole("button", { name: "解锁评分表" }).click();
    await expect(staff.getByText(/由市国资委党建工作人员解锁，等待评分人修改后重新提交/)).toBeVisible();
    await expect(staff.getByTestId("revisions")).toContainText("解锁原因：评分人申请更正第 1 项分值");
    await expect(staff.getByTestId("revisions")).toContainText("已提交");
    await desk.close();

    // The scorer can change it again.
    await page.reload();
    await expect(itemCards(page).nth(0).getByRole("textbox")).toHaveValue("8");
    await expect(page.getByRole("button", { name: "提交评分" })).toBeEnabled();
  });
});

test.describe("two tabs on one sheet", () => {
  test("a stale save shows the newer values and overwrites nothing until the scorer chooses", async ({
    page,
    context,
  }) => {
    await signIn(page, "observer");
    await page.goto("/scoring");
    // The observer's seeded draft: the first seven items are scored.
    await page.getByRole("link", { name: /安置房项目一线党建驿站/ }).click();
    await expect(page.getByText("草稿已保存，修改后自动保存")).toBeVisible();
    const second = await context.newPage();
    await second.goto(page.url());
    await expect(itemCards(second)).toHaveCount(12);

    await itemCards(page).nth(7).getByRole("textbox").fill("10");
    await expect(page.getByTestId("save-status")).toContainText("已保存");

    await itemCards(second).nth(8).getByRole("textbox").fill("7");
    const notice = second.getByRole("alert").filter({ hasText: "评分表已在其他页面或设备上更新" });
    await expect(notice).toBeVisible();
    await expect(notice.getByRole("row", { name: /融合载体与机制/ })).toContainText("10");
    await expect(second.getByTestId("save-status")).toContainText("请先选择版本");
    await expect(second.getByRole("button", { name: "提交评分" })).toBeDisabled();

    await notice.getByRole("button", { name: "采用最新版本" }).click();
    await expect(itemCards(second).nth(7).getByRole("textbox")).toHaveValue("10");
    await expect(itemCards(second).nth(8).getByRole("textbox")).toHaveValue("");
    await itemCards(second).nth(8).getByRole("textbox").fill("7");
    await expect(second.getByTestId("save-status")).toContainText("已保存");

    await page.reload();
    await expect(itemCards(page).nth(7).getByRole("textbox")).toHaveValue("10");
    await expect(itemCards(page).nth(8).getByRole("textbox")).toHaveValue("7");
  });
});

test.describe("rubrics", () => {
  test("a rubric with submitted sheets is frozen; its copy activates only at exactly 100 points", async ({ page }) => {
    await signIn(page, "admin");
    await page.goto("/admin/rubrics");
    await page.getByRole("link", { name: /交叉观摩评分细则\s*第 1 版/ }).click();
    await expect(page.getByTestId("rubric-lock")).toContainText("已有评分表按此细则提交");
    await expect(page.getByRole("button", { name: "添加条目" })).toHaveCount(0);

    await page.getByRole("button", { name: "复制为新版本" }).click();
    await expect(page.getByRole("heading", { level: 1, name: /第 2 版/ })).toBeVisible();
    await expect(page.getByTestId("rubric-total")).toContainText("100");

    const item = page.getByTestId("rubric-item").filter({ hasText: "融合载体与机制" });
    await item.getByText("编辑条目").click();
    await item.getByLabel("满分").fill("7");
    await item.getByRole("button", { name: "保存条目" }).click();
    await expect(page.getByTestId("rubric-total")).toContainText("95");

    page.once("dialog", (confirm) => void confirm.accept());
    await page.getByRole("button", { name: "启用此版本" }).click();
    await expect(page.getByText("各条目满分合计须为 100 分才能启用，当前合计 95 分")).toBeVisible();

    // Leave the demo data as it was.
    page.once("dialog", (confirm) => void confirm.accept());
    await page.getByRole("button", { name: "删除草稿" }).click();
    await expect(page).toHaveURL(/\/admin\/rubrics$/);
  });
});

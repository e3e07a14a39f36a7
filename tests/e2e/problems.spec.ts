import { expect, test, type Browser, type Page } from "@playwright/test";
import { signIn } from "./support/sign-in";

// Staff record a problem found at 城投's stop of the published cross tour; 城投's secretary sees
// it in the bell, starts rectifying and submits a photo; staff send it back; the secretary
// resubmits; staff close it (销号).

const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==",
  "base64",
);
const DESCRIPTION = "党建驿站活动记录缺少近两个月的内容，阵地使用不经常。";

/** YYYY-MM-DD in China, `days` from today. */
function chinaDay(days: number) {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(
    new Date(Date.now() + days * 86_400_000),
  );
}

async function signedInPage(browser: Browser, username: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, username);
  return page;
}

async function takeStep(page: Page, comment: string, button: string, files: { name: string }[] = []) {
  const form = page.getByTestId("problem-actions");
  await form.getByLabel("说明").fill(comment);
  if (files.length > 0) {
    await form
      .getByLabel("整改佐证")
      .setInputFiles(files.map((file) => ({ name: file.name, mimeType: "image/png", buffer: PNG })));
  }
  await form.getByRole("button", { name: button }).click();
}

const status = (page: Page) => page.getByTestId("problem-facts").getByText(/^(待整改|整改中|待核验|已销号)$/);

test.describe("the problem ledger", () => {
  test("a problem goes from open to closed with evidence, returned once on the way", async ({ browser }) => {
    const admin = await signedInPage(browser, "admin");
    await admin.goto("/problems");
    await admin.getByRole("link", { name: "登记问题" }).click();
    await admin
      .getByTestId("stop-picker")
      .getByRole("listitem")
      .filter({ hasText: "交叉观摩第二组" })
      .getByRole("link", { name: "安置房项目一线党建驿站" })
      .click();
    await expect(admin.getByRole("heading", { level: 1, name: "登记问题" })).toBeVisible();

    // A deadline in the past is refused beside the field; what was typed stays.
    await admin.getByLabel("问题描述").fill(DESCRIPTION);
    await admin.getByLabel("严重程度").selectOption({ label: "较重" });
    await admin.getByLabel("整改期限").fill(chinaDay(-3));
    await admin.getByLabel("责任人").fill("城投集团党委 项目建设党总支");
    await admin.getByRole("button", { name: "登记问题" }).click();
    await expect(admin.locator("#deadline-error")).toHaveText("整改期限不能早于今天");
    await expect(admin.getByLabel("问题描述")).toHaveValue(DESCRIPTION);
    await admin.getByLabel("整改期限").fill(chinaDay(30));
    await admin.getByRole("button", { name: "登记问题" }).click();
    await expect(admin).toHaveURL(/\/problems\/\d+$/);
    const problemUrl = new URL(admin.url()).pathname;
    await expect(status(admin)).toHaveText("待整改");

    // The secretary of 城投 is told in the bell.
    const secretary = await signedInPage(browser, "sec-chengtou");
    await expect(secretary.getByTestId("notification-count")).toBeVisible();
    await secretary.getByTestId("notification-bell").click();
    await expect(secretary.getByRole("heading", { level: 1, name: "消息" })).toBeVisible();
    const notice = secretary.getByTestId("notification").filter({ hasText: "新问题：党建驿站活动记录缺少" });
    await expect(notice).toHaveAttribute("data-unread", "true");
    await notice.getByRole("button", { name: /新问题/ }).click();
    await expect(secretary).toHaveURL(new RegExp(`${problemUrl}$`));

    await takeStep(secretary, "已制定整改方案，每周固定开展驿站活动。", "开始整改");
    await expect(status(secretary)).toHaveText("整改中");
    // Submitting without evidence is refused beside the file field.
    await takeStep(secretary, "已整改。", "提交整改佐证");
    await expect(secretary.locator("#move-evidence-error")).toContainText("至少上传一个整改佐证文件");
    await takeStep(secretary, "九、十月活动记录已补齐，见照片。", "提交整改佐证", [{ name: "驿站活动.png" }]);
    await expect(status(secretary)).toHaveText("待核验");
    await expect(secretary.getByTestId("evidence-file")).toHaveCount(1);

    await admin.reload();
    await takeStep(admin, "照片不能反映活动开展情况，请补充签到表。", "退回继续整改");
    await expect(status(admin)).toHaveText("整改中");

    await secretary.reload();
    await expect(secretary.getByTestId("problem-timeline")).toContainText("请补充签到表");
    await takeStep(secretary, "已补充签到表。", "提交整改佐证", [{ name: "签到表.png" }]);
    await expect(status(secretary)).toHaveText("待核验");

    await admin.reload();
    await takeStep(admin, "经核查整改到位，予以销号。", "核验通过，销号");
    await expect(status(admin)).toHaveText("已销号");
    await expect(admin.getByTestId("problem-event")).toHaveCount(6);
    await expect(admin.getByTestId("evidence-file")).toHaveCount(2);
    await expect(admin.getByTestId("problem-actions")).toHaveCount(0);

    // The ledger lists it as closed for the secretary, and another enterprise's secretary cannot open it.
    await secretary.goto("/problems?status=CLOSED");
    await expect(secretary.getByTestId("problem-row").filter({ hasText: DESCRIPTION })).toContainText("已销号");
    const outsider = await signedInPage(browser, "secretary");
    const response = await outsider.goto(problemUrl);
    expect(response?.status()).toBe(404);
  });
});

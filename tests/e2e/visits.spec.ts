import { expect, test, type Browser, type Page } from "@playwright/test";
import { signIn } from "./support/sign-in";

// Staff open two slots some weeks ahead (the demo's own slots lie in 2022 and are over), then
// two secretaries sign up: one takes the last place, the other waits and moves up on a cancel.

/** YYYY-MM-DD in China, `days` from today. */
function chinaDay(days: number) {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(
    new Date(Date.now() + days * 86_400_000),
  );
}

const ROOMY = { site: "城投集团党建展厅", option: "城投集团党建展厅（城投集团，可容纳 40 人）" };
const SMALL = { site: "惠州汽车总站“红色驿站”", option: "惠州汽车总站“红色驿站”（交投集团，可容纳 45 人）" };

async function signedInPage(browser: Browser, username: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, username);
  return page;
}

async function openSlot(page: Page, spec: { option: string; date: string; capacity: string; note: string }) {
  await page.goto("/admin/visits");
  await page.getByRole("link", { name: "新建时段" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "新建示范观摩时段" })).toBeVisible();
  await page.getByLabel("观摩点").selectOption({ label: spec.option });
  await page.getByLabel("日期").fill(spec.date);
  await page.getByLabel("开始时间").fill("09:30");
  await page.getByLabel("结束时间").fill("11:30");
  await page.getByLabel("名额").fill(spec.capacity);
  await page.getByLabel("说明").fill(spec.note);
  await page.getByRole("button", { name: "创建时段" }).click();
  await expect(page).toHaveURL(/\/admin\/visits\/\d+$/);
}

/** The card of a slot on /visits, found by its site. */
const slotCard = (page: Page, site: string) => page.getByTestId("open-slot").filter({ hasText: site });

test.describe("demonstration-site visits", () => {
  test("a secretary takes a place, another waits with a position, and moves up when the first cancels", async ({
    browser,
  }) => {
    const admin = await signedInPage(browser, "admin");
    const date = chinaDay(60);

    // A capacity beyond what the form allows is refused beside the field, and what was typed stays.
    await admin.goto("/admin/visits/new");
    await admin.getByLabel("观摩点").selectOption({ label: SMALL.option });
    await admin.getByLabel("日期").fill(date);
    await admin.getByLabel("开始时间").fill("09:30");
    await admin.getByLabel("结束时间").fill("11:30");
    await admin.getByLabel("名额").fill("999");
    await admin.getByLabel("说明").fill("红色驿站集合");
    await admin.getByRole("button", { name: "创建时段" }).click();
    await expect(admin.locator("#capacity-error")).toHaveText("名额最多 500");
    await expect(admin.getByLabel("说明")).toHaveValue("红色驿站集合");
    await admin.getByLabel("名额").fill("1");
    await admin.getByRole("button", { name: "创建时段" }).click();
    await expect(admin).toHaveURL(/\/admin\/visits\/\d+$/);
    const smallSlotUrl = admin.url();

    await openSlot(admin, { option: ROOMY.option, date: chinaDay(61), capacity: "5", note: "展厅一楼集合" });

    // 市水务集团党委书记: a slot with places, then the last place of the small slot.
    const secretary = await signedInPage(browser, "secretary");
    await secretary.getByRole("link", { name: "示范观摩报名" }).first().click();
    await expect(secretary.getByRole("heading", { level: 1, name: "示范观摩报名" })).toBeVisible();
    await expect(slotCard(secretary, ROOMY.site)).toContainText("余 5 个名额");
    await slotCard(secretary, ROOMY.site).getByRole("button", { name: "报名" }).click();
    await expect(slotCard(secretary, ROOMY.site)).toContainText("已报名");
    await expect(slotCard(secretary, ROOMY.site)).toContainText("余 4 个名额");
    await slotCard(secretary, SMALL.site).getByRole("button", { name: "报名" }).click();
    await expect(slotCard(secretary, SMALL.site)).toContainText("已报名");
    await expect(slotCard(secretary, SMALL.site)).toContainText("已满，可候补（0 人排队）");

    // 交投集团党委书记: the small slot is full, so a waiting-list place with its position.
    const observer = await signedInPage(browser, "observer");
    await observer.goto("/visits");
    await slotCard(observer, SMALL.site).getByRole("button", { name: "候补报名" }).click();
    await expect(slotCard(observer, SMALL.site)).toContainText("候补第 1 位");
    await expect(slotCard(observer, SMALL.site).getByRole("status")).toContainText("排第 1 位");
    await expect(observer.getByTestId("my-signups")).toContainText("候补第 1 位");

    // The secretary cancels; the place goes to the observer at once.
    await secretary.reload();
    await expect(slotCard(secretary, SMALL.site)).toContainText("已满，可候补（1 人排队）");
    secretary.once("dialog", (dialog) => void dialog.accept());
    await slotCard(secretary, SMALL.site).getByRole("button", { name: "取消报名" }).click();
    await expect(slotCard(secretary, SMALL.site).getByRole("button", { name: "报名" })).toBeVisible();
    await expect(secretary.getByTestId("my-signups")).toContainText("已取消");

    await observer.reload();
    await expect(slotCard(observer, SMALL.site)).toContainText("已报名");
    await expect(observer.getByTestId("my-signups")).not.toContainText("候补第");

    // Staff see who holds the place and who cancelled, with their units.
    await admin.goto(smallSlotUrl);
    await expect(admin.getByTestId("confirmed-list")).toContainText("交投集团党委书记");
    await expect(admin.getByTestId("confirmed-list")).toContainText("交投集团");
    await expect(admin.getByTestId("slot-waiting")).toContainText("没有人候补");
    await expect(admin.getByTestId("cancelled-list")).toContainText("市水务集团党委书记");
  });

  test("a secretary cannot open the staff pages @phone", async ({ page }) => {
    await signIn(page, "sec-desay");
    const response = await page.goto("/admin/visits");
    expect(response?.status()).toBe(403);
    await page.goto("/visits");
    await expect(page.getByRole("heading", { level: 1, name: "示范观摩报名" })).toBeVisible();
    await expect(page.getByTestId("my-signups")).toContainText("惠州烟草营销中心党员活动中心");
    // Nothing wider than the phone's screen.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

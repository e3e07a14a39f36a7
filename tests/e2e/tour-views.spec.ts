import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/sign-in";

// The demo data's tours (prisma/seed/tours.ts): the article's tour of 24 March 2022, and the
// cross-phase tour of 18 August 2022 on which the observer is a scoring member.
const ARTICLE_TOUR = "第一期党建“大观摩”活动";
const CROSS_TOUR = "交叉观摩第二组";

async function openMyTour(page: Page, title: string) {
  await page.goto("/my-tours");
  const card = page.getByTestId("my-tour").filter({ has: page.getByRole("heading", { name: title }) });
  await card.getByRole("link", { name: "详情" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
}

test.describe("tour views", () => {
  test("staff find a tour on the phase calendar and open its printable itinerary", async ({ page }) => {
    await signIn(page, "admin");
    await page.getByRole("link", { name: "观摩日历" }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: "观摩日历" })).toBeVisible();

    await page.getByLabel("阶段").selectOption({ label: "2022年 · 内部观摩" });
    await expect(page.getByRole("heading", { level: 2, name: "2022年3月" })).toBeVisible();
    await page.getByRole("link", { name: new RegExp(ARTICLE_TOUR) }).click();
    await expect(page.getByRole("heading", { level: 1, name: ARTICLE_TOUR })).toBeVisible();
    await expect(page.getByRole("link", { name: "编辑" })).toBeVisible();

    await page.getByRole("link", { name: "观摩安排表" }).click();
    await expect(page).toHaveURL(/\/tours\/\d+\/itinerary$/);
    const sheet = page.getByRole("article", { name: "观摩安排表" });
    await expect(sheet.getByRole("heading", { level: 1, name: "观摩安排表" })).toBeVisible();
    await expect(sheet.getByText("市国资委办公楼前广场集合乘车")).toBeVisible();
    await expect(sheet.getByRole("cell", { name: /惠州烟草物流配送中心/ }).first()).toBeVisible();
    await expect(sheet.getByRole("cell", { name: "14:50–15:55" })).toBeVisible();
    await expect(sheet.getByRole("cell", { name: "团长·评分" })).toBeVisible();
    await expect(page.getByRole("button", { name: "打印" })).toBeVisible();

    // Printed, the sheet stands alone: no navigation, no buttons.
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("button", { name: "打印" })).toBeHidden();
    await expect(page.getByRole("navigation", { name: "主导航" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "← 返回观摩活动" })).toBeHidden();
    await expect(sheet).toBeVisible();

    // The PDF uses the page's own @page size: A4 is 595 × 842 points.
    const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString("latin1");
    const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(pdf);
    expect(box).not.toBeNull();
    expect(Math.abs(Number(box![1]) - 595.28)).toBeLessThan(2);
    expect(Math.abs(Number(box![2]) - 841.89)).toBeLessThan(2);
  });

  test("leaders browse a phase by month and by week; secretaries have no calendar", async ({ page }) => {
    await signIn(page, "leader");
    await page.getByRole("link", { name: "观摩日历" }).first().click();
    // The running phase (交叉观摩) opens on its first month.
    await expect(page.getByRole("heading", { level: 2, name: "2022年7月" })).toBeVisible();
    await page.getByRole("link", { name: "下月" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "2022年8月" })).toBeVisible();
    await expect(page.getByRole("link", { name: new RegExp(CROSS_TOUR) })).toBeVisible();
    // Leaders do not see drafts (交叉观摩第三组 in September).
    await page.getByRole("link", { name: "下月" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "2022年9月" })).toBeVisible();
    await expect(page.getByText("交叉观摩第三组")).toHaveCount(0);

    await page.goto("/tours/calendar?view=week&date=2022-08-18");
    await expect(page.getByRole("heading", { level: 2, name: "2022年8月15日 – 8月21日" })).toBeVisible();
    await expect(page.getByTestId("week-grid").getByRole("link", { name: new RegExp(CROSS_TOUR) })).toBeVisible();
    await page.getByRole("link", { name: "下周" }).click();
    await expect(page).toHaveURL(/view=week&date=2022-08-22/);

    await page.getByRole("button", { name: "退出登录" }).first().click();
    await expect(page).toHaveURL(/\/login/);
    await signIn(page, "secretary");
    await expect(page.getByRole("link", { name: "观摩日历" })).toHaveCount(0);
    const response = await page.goto("/tours/calendar");
    expect(response?.status()).toBe(403);
  });

  test("the observer sees their tour under 我的观摩 on a phone @phone", async ({ page }) => {
    await signIn(page, "observer");
    await page.getByRole("button", { name: "打开导航菜单" }).click();
    await page.getByRole("link", { name: "我的观摩" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "我的观摩" })).toBeVisible();

    const card = page.getByTestId("my-tour").filter({ has: page.getByRole("heading", { name: CROSS_TOUR }) });
    await expect(card).toBeVisible();
    await expect(card.getByText("评分成员")).toBeVisible();
    await expect(card.getByText("2022年8月18日 星期四")).toBeVisible();
    await expect(card.getByText("市国资委办公楼前广场集合乘车")).toBeVisible();
    await expect(card.getByText("安置房项目一线党建驿站")).toBeVisible();
    await expect(card.getByRole("link", { name: "加入日历" })).toBeVisible();
    // Nothing runs off the side of the screen.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);

    await card.getByRole("link", { name: "安排表" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "观摩安排表" })).toBeVisible();
    const sheetOverflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(sheetOverflow).toBeLessThanOrEqual(0);
  });

  test("a member records a remark and sees it, as plain text, on the tour and the site page", async ({ page }) => {
    await signIn(page, "observer");
    await openMyTour(page, CROSS_TOUR);

    const stop = page.getByTestId("stop-2");
    const text = `变电站党员示范岗的做法很实在，回去后推广<script>window.__injected = 1</script>（${Date.now()}）`;
    await stop.getByLabel("我的发言").fill(text);
    await stop.getByRole("button", { name: "记录发言" }).click();
    await expect(stop.getByText("发言已记录")).toBeVisible();
    await expect(stop.getByTestId("remark").filter({ hasText: text })).toBeVisible();
    await expect(stop.getByLabel("我的发言")).toHaveValue("");
    expect(await page.evaluate(() => (window as unknown as { __injected?: number }).__injected)).toBeUndefined();

    await stop.getByRole("link", { name: "变电运行党员示范岗" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "变电运行党员示范岗" })).toBeVisible();
    const remarks = page.getByRole("list", { name: "本观摩点的互动交流发言" });
    await expect(remarks.getByTestId("remark").filter({ hasText: text })).toBeVisible();
    await expect(remarks.getByTestId("remark").filter({ hasText: text })).toContainText(CROSS_TOUR);
  });

  test("a tour is not found for a secretary who is not on it; its calendar file is for those who are", async ({
    page,
    context,
  }) => {
    await signIn(page, "observer");
    await openMyTour(page, CROSS_TOUR);
    const tourPath = new URL(page.url()).pathname;
    const ics = await page.request.get(`${tourPath}/calendar.ics`);
    expect(ics.status()).toBe(200);
    expect(ics.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
    expect(await ics.text()).toMatch(/^BEGIN:VCALENDAR\r\n/);

    await context.clearCookies();
    await signIn(page, "secretary");
    const response = await page.goto(tourPath);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "页面不存在" })).toBeVisible();
    expect((await page.request.get(`${tourPath}/calendar.ics`)).status()).toBe(404);
  });
});

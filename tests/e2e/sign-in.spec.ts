import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "@/prisma/seed/accounts";
import { signIn } from "./support/sign-in";

// What each demo account must see first on its home page: the card that starts its work.
const HOME_FIRST_CARD = [
  { username: "admin", greeting: "市国资委党建工作人员，您好", card: "admin-todo", nav: "用户管理" },
  { username: "leader", greeting: "市国资委领导，您好", card: "campaign-progress", nav: null },
  { username: "secretary", greeting: "市水务集团党委书记，您好", card: "secretary-assets", nav: null },
  { username: "observer", greeting: "交投集团党委书记，您好", card: "secretary-assets", nav: null },
] as const;

test.describe("signing in", () => {
  for (const account of HOME_FIRST_CARD) {
    test(`${account.username} signs in and lands on their home page`, async ({ page }) => {
      await signIn(page, account.username);
      await expect(page).toHaveURL(/\/$/);
      await expect(page.getByRole("heading", { level: 1, name: account.greeting })).toBeVisible();
      await expect(page.getByTestId(account.card)).toBeVisible();
      const adminLink = page.getByRole("link", { name: "用户管理" });
      if (account.nav) await expect(adminLink.first()).toBeAttached();
      else await expect(adminLink).toHaveCount(0);
    });
  }

  test("a wrong password is refused with the same message as an unknown user", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("用户名").fill("admin");
    await page.getByLabel("密码").fill("not-the-password");
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page.locator("#login-error")).toHaveText("用户名或密码错误");

    await page.getByLabel("用户名").fill("nobody-here");
    await page.getByLabel("密码").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page.locator("#login-error")).toHaveText("用户名或密码错误");
    await expect(page).toHaveURL(/\/login/);
  });

  test("signing out ends the session", async ({ page }) => {
    await signIn(page, "leader");
    await page.getByRole("button", { name: "退出登录" }).first().click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto("/");
    await expect(page).toHaveURL(/\/login/);
  });
});

test.describe("access", () => {
  test("the anonymous are sent to sign-in, and come back where they were going", async ({ page }) => {
    await page.goto("/admin/users");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fadmin%2Fusers/);
    await page.getByLabel("用户名").fill("admin");
    await page.getByLabel("密码").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page).toHaveURL(/\/admin\/users$/);
    await expect(page.getByRole("heading", { level: 1, name: "用户管理" })).toBeVisible();
  });

  test("a secretary opening an administrator's page gets 403 from the server", async ({ page }) => {
    await signIn(page, "secretary");
    for (const path of ["/admin/users", "/admin/audit", "/admin/users/new"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
      await expect(page.getByRole("heading", { name: "您没有权限访问此页面" })).toBeVisible();
    }
  });

  test("the health check reports the database", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", db: "ok" });
  });

  test("an unknown address gets the Chinese 404 page", async ({ page }) => {
    await signIn(page, "leader");
    const response = await page.goto("/no-such-page");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "页面不存在" })).toBeVisible();
  });
});

test.describe("on a phone @phone", () => {
  test("the secretary signs in and reaches the menu", async ({ page }) => {
    await signIn(page, "secretary");
    await expect(page.getByRole("heading", { level: 1, name: "市水务集团党委书记，您好" })).toBeVisible();
    // No sideways scrolling at phone width.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.getByRole("button", { name: /菜单/ }).click();
    await expect(page.getByRole("link", { name: "首页" }).last()).toBeVisible();
  });
});

import { expect, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "@/prisma/seed/accounts";

/** Signs in through the real form, as a person would, and waits for the home page. */
export async function signIn(page: Page, username: string, password: string = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

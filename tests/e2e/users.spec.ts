import { expect, test } from "@playwright/test";
import { signIn } from "./support/sign-in";

test("staff create an account: a refused field keeps what was typed, and the new person can sign in", async ({
  page,
}) => {
  await signIn(page, "admin");
  await page.goto("/admin/users/new");
  await page.getByLabel("用户名").fill("e2e.secretary");
  await page.getByLabel("姓名").fill("测试书记");
  await page.getByLabel("职务").fill("党委书记");
  await page.getByLabel("角色").selectOption("SECRETARY");
  await page.getByLabel("所属企业").selectOption({ label: "惠州市水务集团有限公司" });
  await page.getByLabel("初始密码").fill("short");
  await page.getByRole("button", { name: /创建/ }).click();

  await expect(page.getByText(/至少 10 个字符/).first()).toBeVisible();
  await expect(page.getByLabel("姓名")).toHaveValue("测试书记");
  await expect(page.getByLabel("用户名")).toHaveValue("e2e.secretary");

  await page.getByLabel("初始密码").fill("Shuiwu@2022-new");
  await page.getByRole("button", { name: /创建/ }).click();
  await expect(page).toHaveURL(/\/admin\/users\/\d+$/);

  await page.context().clearCookies();
  await signIn(page, "e2e.secretary", "Shuiwu@2022-new");
  // A password set by staff must be changed first (tests/e2e/account-security.spec.ts goes on).
  await expect(page).toHaveURL(/\/account\/password$/);
  await expect(page.getByTestId("must-change-password")).toBeVisible();
});

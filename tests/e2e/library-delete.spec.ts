import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { createPrismaClient, type Database } from "@/lib/prisma-client";
import { E2E_DATABASE_URL_FILE } from "./support/settings";
import { signIn } from "./support/sign-in";

// Staff delete a library entry after a confirmation, and are told why a promoted one cannot be
// deleted; a leader reads an accepted report with the ledger entries made from it.

const DOOMED = "待删除的测试条目";

let database: Database | undefined;
async function db(): Promise<Database> {
  database ??= createPrismaClient((await readFile(E2E_DATABASE_URL_FILE, "utf8")).trim(), 1);
  return database;
}

test.afterAll(async () => {
  const client = await db();
  await client.experienceEntry.deleteMany({ where: { title: DOOMED } });
  await client.$disconnect();
});

test("staff delete an entry after confirming; a promoted entry is refused with the reason", async ({ page }) => {
  const client = await db();
  const template = await client.experienceEntry.findFirstOrThrow({ where: { promoted: false } });
  const doomed = await client.experienceEntry.create({
    data: {
      kind: "HIGHLIGHT_CARD",
      title: DOOMED,
      summary: "用于验证删除流程的条目，删除后不应再出现在经验库中。",
      partyOrganizationId: template.partyOrganizationId,
      phaseId: template.phaseId,
      tags: ["测试"],
      createdById: template.createdById,
    },
  });
  const promoted = await client.experienceEntry.findFirstOrThrow({ where: { promoted: true } });

  await signIn(page, "admin");
  await page.goto(`/library/${promoted.id}`);
  const card = page.locator("section", { has: page.getByRole("heading", { name: "删除条目" }) });
  await expect(card.getByText("该条目已标记推广，不能删除").first()).toBeVisible();
  await page.getByRole("button", { name: "删除条目" }).click();
  const dialog = page.getByRole("dialog", { name: `删除「${promoted.title}」？` });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "确认删除" }).click();
  await expect(card.getByRole("alert")).toHaveText("该条目已标记推广，不能删除。如确需删除，请先取消推广。");
  expect(await client.experienceEntry.count({ where: { id: promoted.id } })).toBe(1);

  await page.goto(`/library/${doomed.id}`);
  await page.getByRole("button", { name: "删除条目" }).click();
  const confirm = page.getByRole("dialog", { name: `删除「${DOOMED}」？` });
  // Cancelling changes nothing.
  await confirm.getByRole("button", { name: "取消" }).click();
  await expect(confirm).toBeHidden();
  expect(await client.experienceEntry.count({ where: { id: doomed.id } })).toBe(1);

  await page.getByRole("button", { name: "删除条目" }).click();
  await confirm.getByRole("button", { name: "确认删除" }).click();
  await expect(page).toHaveURL(/\/library$/);
  await expect(page.getByRole("heading", { level: 1, name: "经验库" })).toBeVisible();
  await expect(page.getByText(DOOMED)).toHaveCount(0);
  expect(await client.experienceEntry.count({ where: { id: doomed.id } })).toBe(0);
});

test("a leader reads an accepted report with its ledger entries and follows one", async ({ page }) => {
  const client = await db();
  const report = await client.selfReport.findFirstOrThrow({
    where: { status: "ACCEPTED", problems: { some: {} } },
    include: { problems: { orderBy: { id: "asc" }, take: 1 } },
  });
  const problem = report.problems[0]!;

  await signIn(page, "leader");
  await page.goto(`/reports/accepted/${report.id}`);
  const list = page.getByTestId("report-problems");
  await expect(list).toBeVisible();
  await list.getByRole("link", { name: problem.description }).click();
  await expect(page).toHaveURL(new RegExp(`/problems/${problem.id}$`));
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

import { readFile, writeFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { expect, request, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { createPrismaClient } from "@/lib/prisma-client";
import { DEMO_PASSWORD } from "@/prisma/seed/accounts";
import { answerFor, CALLER_USERNAMES, CALLERS, type Caller } from "@/tests/authz/callers";
import { resolveDemoIds } from "@/tests/authz/demo-ids";
import { PAGE_ROWS, type PageAnswer } from "@/tests/authz/page-matrix";
import { ROUTE_ROWS, type RouteIds } from "@/tests/authz/route-matrix";
import { E2E_DATABASE_URL_FILE, E2E_PORT } from "./support/settings";
import { signIn } from "./support/sign-in";

// Walks every cell of the page and route matrices (tests/authz/) over real HTTP against the built
// app: one request context per caller, signed in through next-auth's own credentials endpoint.
// AUTHZ_RECORD=path writes what the app answered instead of asserting (to review a new row).
const baseURL = `http://127.0.0.1:${E2E_PORT}`;
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);

let contexts: Map<Caller, APIRequestContext>;
let ids: RouteIds;
const recorded: Record<string, (string | number)[]> = {};

async function signedInContext(username: string): Promise<APIRequestContext> {
  const context = await request.newContext({ baseURL });
  const { csrfToken } = (await (await context.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const answer = await context.post("/api/auth/callback/credentials", {
    form: { csrfToken, username, password: DEMO_PASSWORD, callbackUrl: baseURL, json: "true" },
    maxRedirects: 0,
  });
  expect(answer.status(), `sign-in of ${username}`).toBeLessThan(400);
  const cookies = (await context.storageState()).cookies.map((cookie) => cookie.name);
  expect(cookies, `session cookie of ${username}`).toContain("next-auth.session-token");
  return context;
}

/** No session, but a session cookie the proxy lets through: the page's own check must answer. */
async function forgedCookieContext(): Promise<APIRequestContext> {
  return request.newContext({ baseURL, extraHTTPHeaders: { cookie: "next-auth.session-token=forged.not-a-session" } });
}

/** A's secretary attaches a photo to A's draft cross-phase report through the real form. */
async function uploadAttachmentOfA(browser: import("@playwright/test").Browser, reportId: number): Promise<number> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, CALLER_USERNAMES.secretaryA);
  await page.goto("/reports");
  await page.getByRole("link", { name: /交叉观摩/ }).click();
  await page.getByLabel("上传附件").setInputFiles({ name: "矩阵.png", mimeType: "image/png", buffer: PNG });
  await page.getByRole("button", { name: "上传", exact: true }).click();
  await expect(page.getByText("「矩阵.png」已上传")).toBeVisible();
  await page.context().close();
  const database = createPrismaClient((await readFile(E2E_DATABASE_URL_FILE, "utf8")).trim(), 1);
  try {
    const file = await database.storedFile.findFirstOrThrow({
      where: { selfReportId: reportId, originalName: "矩阵.png" },
      orderBy: { id: "desc" },
    });
    return file.id;
  } finally {
    await database.$disconnect();
  }
}

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  const database = createPrismaClient((await readFile(E2E_DATABASE_URL_FILE, "utf8")).trim(), 1);
  const demoIds = await resolveDemoIds(database).finally(() => database.$disconnect());
  ids = { ...demoIds, fileA: await uploadAttachmentOfA(browser, demoIds.reportACross) };
  contexts = new Map([["anonymous", await forgedCookieContext()]]);
  for (const [caller, username] of Object.entries(CALLER_USERNAMES)) {
    contexts.set(caller as Caller, await signedInContext(username));
  }
});

test.afterAll(async () => {
  for (const context of contexts?.values() ?? []) await context.dispose();
  // The specs share one database: leave A's draft report with the attachments it had.
  if (ids?.fileA) {
    const database = createPrismaClient((await readFile(E2E_DATABASE_URL_FILE, "utf8")).trim(), 1);
    await database.storedFile.delete({ where: { id: ids.fileA } }).finally(() => database.$disconnect());
  }
  if (process.env.AUTHZ_RECORD) {
    const previous = await readFile(process.env.AUTHZ_RECORD, "utf8").then(JSON.parse, () => ({}));
    await writeFile(process.env.AUTHZ_RECORD, JSON.stringify({ ...previous, ...recorded }, null, 1));
  }
});

function pageAnswer(response: APIResponse): PageAnswer | string {
  const status = response.status();
  if (status >= 300 && status < 400) {
    const target = new URL(response.headers().location ?? "", baseURL).pathname;
    return target === "/login" ? "login" : `→${target}`;
  }
  if (status === 200) return "ok";
  if (status === 403) return "forbidden";
  if (status === 404) return "not found";
  return `status ${status}`;
}

const key = (...parts: (string | undefined)[]) => parts.filter(Boolean).join("|");

for (const row of PAGE_ROWS) {
  test(`page ${row.route}${row.note ? ` (${row.note})` : ""} answers each caller as the matrix says`, async () => {
    const url = typeof row.url === "string" ? row.url : row.url(ids);
    const observed: string[] = [];
    for (const caller of CALLERS) {
      const response = await contexts.get(caller)!.get(url, { maxRedirects: 0 });
      observed.push(pageAnswer(response));
    }
    if (process.env.AUTHZ_RECORD) recorded[key(row.route, row.note)] = observed;
    else {
      for (const [index, caller] of CALLERS.entries()) {
        expect.soft(observed[index], `${caller} GET ${url}`).toBe(answerFor(row.answers, caller));
      }
    }
  });
}

for (const row of ROUTE_ROWS) {
  test(`route ${row.method} ${row.route}${row.note ? ` (${row.note})` : ""} answers each caller as the matrix says`, async () => {
    const url = typeof row.url === "string" ? row.url : row.url(ids);
    const observed: number[] = [];
    for (const caller of CALLERS) {
      const context = contexts.get(caller)!;
      const response =
        row.method === "GET"
          ? await context.get(url, { maxRedirects: 0 })
          : await context.post(url, { form: { username: "authz-matrix-nobody", password: "x" }, maxRedirects: 0 });
      observed.push(response.status());
    }
    if (process.env.AUTHZ_RECORD) recorded[key(row.method, row.route, row.note)] = observed;
    else {
      for (const [index, caller] of CALLERS.entries()) {
        expect.soft(observed[index], `${caller} ${row.method} ${url}`).toBe(answerFor(row.answers, caller));
      }
    }
  });
}

// An account with a pending setup step (here a staff-set password to change) gets nothing but the
// step itself, whatever its role: every page sends it to /account/password, every data route
// refuses it. It is an ADMIN, so only the setup gate can be what stops it.
const PENDING = "authz.pending";

function pendingPageAnswer(route: string): string {
  if (route === "/account/password") return "ok";
  if (route === "/login") return "→/";
  return "→/account/password";
}

function pendingRouteAnswer(method: string, route: string): number {
  if (route === "/api/health" || route === "/api/auth/[...nextauth]") return method === "GET" ? 200 : 302;
  // The calendar link sends a browser without a usable session to sign in first.
  if (route === "/tours/[id]/calendar.ics") return 307;
  return 401;
}

test("an account with a pending setup step gets only that step from every page and no data from any route", async () => {
  const database = createPrismaClient((await readFile(E2E_DATABASE_URL_FILE, "utf8")).trim(), 1);
  try {
    const { passwordHash } = await database.user.findUniqueOrThrow({
      where: { username: CALLER_USERNAMES.admin },
      select: { passwordHash: true },
    });
    await database.user.upsert({
      where: { username: PENDING },
      create: { username: PENDING, displayName: "待改密账号", role: "ADMIN", passwordHash, mustChangePassword: true },
      update: { mustChangePassword: true },
    });
  } finally {
    await database.$disconnect();
  }
  const pending = await signedInContext(PENDING);
  const wrong: string[] = [];
  for (const row of PAGE_ROWS) {
    const url = typeof row.url === "string" ? row.url : row.url(ids);
    const answer = pageAnswer(await pending.get(url, { maxRedirects: 0 }));
    if (answer !== pendingPageAnswer(row.route)) wrong.push(`GET ${url}: ${answer}`);
  }
  for (const row of ROUTE_ROWS) {
    const url = typeof row.url === "string" ? row.url : row.url(ids);
    const response =
      row.method === "GET"
        ? await pending.get(url, { maxRedirects: 0 })
        : await pending.post(url, { form: { username: "authz-matrix-nobody", password: "x" }, maxRedirects: 0 });
    if (response.status() !== pendingRouteAnswer(row.method, row.route)) {
      wrong.push(`${row.method} ${url}: ${response.status()}`);
    }
  }
  await pending.dispose();
  expect(wrong).toEqual([]);
});

// The matrix checks answers by status; for lists the scope is in the content. B's secretary asking
// the problem ledger, and its export, for A's problems gets B's own and nothing of A's.
test("a secretary's problem list and export hold only their own enterprise's rows, whatever the filter says", async () => {
  const database = createPrismaClient((await readFile(E2E_DATABASE_URL_FILE, "utf8")).trim(), 1);
  const [problemA, problemB] = await Promise.all(
    [ids.problemA, ids.problemB].map((id) => database.problem.findUniqueOrThrow({ where: { id } })),
  ).finally(() => database.$disconnect());
  const secretaryB = contexts.get("secretaryB")!;

  const page = await secretaryB.get(`/problems?enterpriseId=${ids.enterpriseA}`);
  expect(page.status()).toBe(200);
  const html = await page.text();
  expect(html).not.toContain(problemA!.description);

  const all = await (await secretaryB.get("/problems")).text();
  expect(all).toContain(problemB!.description);
  expect(all).not.toContain(problemA!.description);

  const exported = await secretaryB.get(`/problems/export.xlsx?enterpriseId=${ids.enterpriseA}`);
  expect(exported.status()).toBe(200);
  const workbook = new ExcelJS.Workbook();
  const bytes = await exported.body();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const cells = workbook.worksheets.flatMap((sheet) =>
    sheet.getSheetValues().flatMap((row) => (Array.isArray(row) ? row.map(String) : [])),
  );
  expect(cells.some((cell) => cell.includes(problemB!.description))).toBe(true);
  expect(cells.some((cell) => cell.includes(problemA!.description))).toBe(false);
});

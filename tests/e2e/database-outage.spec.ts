import { expect, test } from "@playwright/test";
import pg from "pg";
import { OwnServer } from "./support/own-server";

// PostgreSQL stopped and started under a real production server (its own, see own-server.ts):
// pages answer a Chinese 503 page, the API and the health check 503 JSON, and all of it works
// again once the database is back, without restarting the app.
test.describe.configure({ mode: "serial", timeout: 240_000 });

let server: OwnServer;
let adminId: number;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  server = await OwnServer.start();
  const client = new pg.Client({ connectionString: server.databaseUrl });
  await client.connect();
  adminId = (await client.query(`SELECT "id" FROM "User" WHERE "username" = 'admin'`)).rows[0].id;
  await client.end();
});

test.afterAll(async () => {
  await server?.close();
});

async function poll<T>(read: () => Promise<T>, done: (value: T) => boolean, seconds = 30): Promise<T> {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

test("a database outage answers 503 in Chinese and passes by itself", async ({ browser, request }) => {
  const context = await browser.newContext({ baseURL: server.url });
  await context.addCookies([await server.sessionCookie(adminId)]);
  const page = await context.newPage();
  const first = await page.goto("/rankings");
  expect(first?.status()).toBe(200);

  // The very first page after PostgreSQL goes away already gets the 503 page: the pool's idle
  // connections, cut by the shutdown, told the server before any request failed on them.
  await server.stopDatabase();
  const firstDown = await page.goto("/rankings");
  expect(firstDown?.status()).toBe(503);
  await server.startDatabase();
  await expect(page).toHaveTitle(/^排名/, { timeout: 30_000 });

  // Load while the database goes away: a few clients reading the API all along.
  let stopLoad = false;
  const statuses: number[] = [];
  const cookie = await server.sessionCookie(adminId);
  const load = Promise.all(
    Array.from({ length: 4 }, async () => {
      while (!stopLoad) {
        const response = await request.get(`${server.url}/api/v1/phases`, {
          headers: { cookie: `${cookie.name}=${cookie.value}` },
        });
        statuses.push(response.status());
      }
    }),
  );

  await server.stopDatabase();
  const health = await poll(
    () => request.get(`${server.url}/api/health`),
    (response) => response.status() === 503,
  );
  expect(health.status()).toBe(503);
  expect(await health.json()).toEqual({ status: "degraded", db: "down" });

  // A page under load: the proxy's 503 page.
  const down = await poll(
    () => page.goto("/rankings"),
    (response) => response?.status() === 503,
  );
  expect(down?.status()).toBe(503);
  await expect(page.getByRole("heading", { name: "服务暂时不可用" })).toBeVisible();
  await expect(page).toHaveTitle(/服务暂时不可用/);
  const api = await request.get(`${server.url}/api/v1/phases`, {
    headers: { cookie: `${cookie.name}=${cookie.value}` },
  });
  expect(api.status()).toBe(503);
  expect(api.headers()["retry-after"]).toBe("5");
  expect(await api.json()).toEqual({ error: "服务暂时不可用，请稍后重试", code: "unavailable" });

  await server.startDatabase();
  // The 503 page refreshes itself; no restart of the app.
  await expect(page).toHaveTitle(/^排名/, { timeout: 30_000 });
  await expect(page.getByRole("heading", { name: "排名", level: 1 })).toBeVisible();
  const back = await poll(
    () => request.get(`${server.url}/api/health`),
    (response) => response.status() === 200,
  );
  expect(back.status()).toBe(200);
  stopLoad = true;
  await load;
  // Under load the API only ever said 200 or 503, never a 500.
  expect(statuses.filter((status) => status !== 200 && status !== 503)).toEqual([]);
  expect(statuses).toContain(503);
  expect(statuses.at(-1)).toBe(200);
  await context.close();
});

import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/sign-in";

// What proxy.ts must put on every answer (lib/security/headers.ts); the e2e server runs over
// plain http, so HSTS must be absent here (it is unit-tested for https).
const REQUIRED_HEADERS: Record<string, RegExp> = {
  "content-security-policy": /script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}' 'strict-dynamic'.*frame-ancestors 'none'/,
  "x-content-type-options": /^nosniff$/,
  "x-frame-options": /^DENY$/,
  "referrer-policy": /^strict-origin-when-cross-origin$/,
  "permissions-policy": /camera=\(\)/,
};

function expectSecurityHeaders(headers: Record<string, string>) {
  for (const [name, pattern] of Object.entries(REQUIRED_HEADERS)) expect(headers[name], name).toMatch(pattern);
  expect(headers["strict-transport-security"]).toBeUndefined();
  expect(headers["content-security-policy"]).not.toContain("unsafe-eval");
}

/** Collects CSP violations both as DOM events and as console messages. */
async function watchForViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await page.exposeFunction("reportCspViolation", (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation(
        `${event.violatedDirective} ${event.blockedURI}`,
      );
    });
  });
  return violations;
}

test.describe("security headers", () => {
  test("the login page, a signed-in page, an API answer and a redirect carry every header", async ({
    page,
    request,
  }) => {
    const login = await request.get("/login");
    expect(login.status()).toBe(200);
    expectSecurityHeaders(login.headers());

    const redirect = await request.get("/admin/users", { maxRedirects: 0 });
    expect(redirect.status()).toBe(307);
    expectSecurityHeaders(redirect.headers());

    const api = await request.get("/api/v1/phases");
    expect(api.status()).toBe(401);
    expectSecurityHeaders(api.headers());

    await signIn(page, "admin");
    const home = await page.request.get("/");
    expect(home.status()).toBe(200);
    expectSecurityHeaders(home.headers());
  });

  test("each answer gets a new nonce, and Next's scripts carry it", async ({ page, request }) => {
    const nonceOf = async () =>
      /'nonce-([^']+)'/.exec((await request.get("/login")).headers()["content-security-policy"]!)![1];
    const [first, second] = [await nonceOf(), await nonceOf()];
    expect(first).not.toBe(second);

    const response = await page.goto("/login");
    const nonce = /'nonce-([^']+)'/.exec(response!.headers()["content-security-policy"]!)![1]!;
    const scripts = page.locator("script");
    expect(await scripts.count()).toBeGreaterThan(0);
    // The browser hides the nonce attribute from the DOM once applied; the property keeps it.
    const nonces = await scripts.evaluateAll((elements) =>
      elements.map((element) => (element as HTMLScriptElement).nonce),
    );
    expect(new Set(nonces)).toEqual(new Set([nonce]));
  });

  test("no policy violation on the home, rankings and a tour page, and the charts render", async ({ page }) => {
    const violations = await watchForViolations(page);
    await signIn(page, "admin");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

    await page.goto("/rankings");
    await expect(page.locator(".recharts-surface").first()).toBeVisible();

    await page.goto("/tours");
    await page
      .getByRole("link", { name: /交叉观摩第二组/ })
      .first()
      .click();
    await expect(page).toHaveURL(/\/tours\/\d+/);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(violations).toEqual([]);
  });

  test("a spoofed x-middleware-subrequest header opens nothing", async ({ request }) => {
    const spoof = { "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy" };
    const page = await request.get("/admin/users", { headers: spoof, maxRedirects: 0 });
    expect(page.status()).toBe(307);
    expect(page.headers().location).toMatch(/\/login\?callbackUrl=%2Fadmin%2Fusers$/);

    const api = await request.get("/api/v1/phases", { headers: spoof });
    expect(api.status()).toBe(401);

    // Next answers a "middleware prefetch" with an empty body without running the handler:
    // nothing of the route's data comes out.
    const prefetch = await request.get("/api/v1/phases", { headers: { ...spoof, "x-middleware-prefetch": "1" } });
    expect(await prefetch.text()).toBe("{}");
    const pagePrefetch = await request.get("/admin/users", {
      headers: { ...spoof, "x-middleware-prefetch": "1" },
      maxRedirects: 0,
    });
    expect(pagePrefetch.status()).toBe(307);
  });

  test("the session cookie is HttpOnly and SameSite=Lax (Secure only over https)", async ({ page }) => {
    await signIn(page, "admin");
    const session = (await page.context().cookies()).find((cookie) => cookie.name === "next-auth.session-token");
    expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax", secure: false, path: "/" });
  });
});

import { expect, request as playwrightRequest, test } from "@playwright/test";
import { signIn } from "./support/sign-in";

// The figures the home must show are read from GET /api/v1/dashboard/summary in the same
// session: the page and the API come from one loader, so they must agree number for number.
type Summary = {
  totals: {
    tours: { completed: number; planned: number };
    sheets: { submitted: number; expected: number; percent: string | null };
  };
  problems: { total: number; unclosed: number; closed: number; overdue: number; rectificationRate: string | null };
  phases: {
    id: number;
    kind: string;
    rankedOrganizations: number;
    rankings: { top: { partyOrganization: { name: string }; score: string }[] } | null;
  }[];
};

test.describe("leaders' dashboard", () => {
  test("the leader's home shows the campaign's figures, each linking to its page", async ({ page }) => {
    await signIn(page, "leader");
    const summary = (await (await page.request.get("/api/v1/dashboard/summary")).json()) as Summary;
    expect(summary.totals.sheets.expected).toBeGreaterThan(0);

    await page.goto("/");
    const tours = page.getByTestId("stat-tours-completed");
    await expect(tours.locator("[data-role=value]")).toHaveText(String(summary.totals.tours.completed));
    await expect(tours).toHaveAttribute("href", "/tours?status=COMPLETED");
    await expect(page.getByTestId("stat-sheets").locator("[data-role=value]")).toHaveText(
      summary.totals.sheets.percent!,
    );
    await expect(page.getByTestId("stat-sheets")).toContainText(
      `已提交 ${summary.totals.sheets.submitted} / 应提交 ${summary.totals.sheets.expected} 份`,
    );
    await expect(page.getByTestId("stat-problems-unclosed").locator("[data-role=value]")).toHaveText(
      String(summary.problems.unclosed),
    );
    await expect(page.getByTestId("stat-problems-overdue").locator("[data-role=value]")).toHaveText(
      String(summary.problems.overdue),
    );
    await expect(page.getByTestId("problems-rate").locator("[data-role=value]")).toHaveText(
      summary.problems.rectificationRate!,
    );

    // The ranking glance opens on the latest ranked phase: its top ten, in order, as the API gives them.
    const latest = summary.phases.findLast((phase) => phase.rankedOrganizations > 0)!;
    const top = page.getByTestId("ranking-top").getByTestId("glance-row");
    await expect(top).toHaveCount(Math.min(10, latest.rankedOrganizations));
    await expect(top.first()).toContainText(latest.rankings!.top[0]!.partyOrganization.name);
    await expect(top.first()).toContainText(latest.rankings!.top[0]!.score);

    // The internal phase (11 ranked) through its tab: the bottom list holds the eleventh.
    await page
      .getByRole("navigation", { name: "排名阶段" })
      .getByRole("link", { name: /内部观摩/ })
      .click();
    await expect(page).toHaveURL(/\?ranking=\d+/);
    await expect(page.getByTestId("ranking-bottom").getByTestId("glance-row")).toHaveCount(1);
    await expect(page.getByTestId("ranking-bottom")).toContainText("产投集团产业园区党支部");
    await expect(page.getByTestId("tier-counts")).toContainText("好3");

    await expect(page.getByTestId("report-row").first()).toBeVisible();
    await expect(page.getByRole("list", { name: "最新互动交流" }).getByRole("link").first()).toHaveAttribute(
      "href",
      /^\/tours\/\d+$/,
    );
    await expect(page.getByRole("list", { name: "推广经验" }).getByRole("link").first()).toHaveAttribute(
      "href",
      /^\/library\/\d+$/,
    );
  });

  test("the big screen fills 1920×1080 without scrolling and the bulletin prints the phase's ranking", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await signIn(page, "leader");
    await page.getByRole("link", { name: "大屏" }).first().click();
    await expect(page).toHaveURL(/\/dashboard\/screen$/);
    await expect(page.getByTestId("big-screen")).toBeVisible();
    await expect(page.getByRole("navigation", { name: "主导航" })).toHaveCount(0);
    const summary = (await (await page.request.get("/api/v1/dashboard/summary")).json()) as Summary;
    const latest = summary.phases.findLast((phase) => phase.rankedOrganizations > 0)!;
    await expect(page.getByTestId("screen-ranking-row")).toHaveCount(Math.min(10, latest.rankedOrganizations));
    await expect(page.getByTestId("screen-sheets")).toContainText(summary.totals.sheets.percent!);
    await expect(page.getByTestId("screen-refreshed")).toContainText(/数据更新于 \d{2}:\d{2}:\d{2}/);
    await expect(page.getByTestId("screen-assets")).toContainText("亿元");
    const overflow = await page.evaluate(() => {
      const root = document.documentElement;
      const panels = [...document.querySelectorAll("[data-testid^=screen-]")].map(
        (panel) => panel.getBoundingClientRect().bottom,
      );
      return {
        vertical: root.scrollHeight > root.clientHeight,
        horizontal: root.scrollWidth > root.clientWidth,
        lowestPanel: Math.max(...panels),
      };
    });
    expect(overflow).toEqual({ vertical: false, horizontal: false, lowestPanel: expect.any(Number) });
    expect(overflow.lowestPanel).toBeLessThanOrEqual(1080);

    await page.goto("/");
    const internalTab = page.getByRole("navigation", { name: "排名阶段" }).getByRole("link", { name: /内部观摩/ });
    await internalTab.click();
    await expect(internalTab).toHaveAttribute("aria-current", "page");
    await page.getByRole("link", { name: "排名通报" }).click();
    await expect(page).toHaveURL(/\/rankings\/\d+\/bulletin$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("内部观摩阶段排名情况的通报");
    await expect(page.getByTestId("bulletin-row")).toHaveCount(11);
    await expect(page.getByTestId("bulletin-row").first()).toContainText("95.40");
    await expect(page.getByRole("button", { name: "打印" })).toBeVisible();
    await expect(page.getByTestId("bulletin")).toContainText("特此通报");
    const pdf = await page.pdf({ format: "A4" });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  });

  test("a secretary may not open the big screen or create a token", async ({ page }) => {
    await signIn(page, "secretary");
    expect((await page.goto("/dashboard/screen"))?.status()).toBe(403);
    await page.goto("/account");
    await expect(page.getByTestId("account-info")).toContainText("secretary");
    await expect(page.getByTestId("api-tokens-unavailable")).toBeVisible();
    await expect(page.getByRole("button", { name: "生成令牌" })).toHaveCount(0);
  });

  test("a leader creates a token, calls the API with it, and revokes it", async ({ page, baseURL }) => {
    await signIn(page, "leader");
    await page.getByRole("link", { name: "个人设置" }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: "个人设置" })).toBeVisible();

    await page.getByRole("button", { name: "生成令牌" }).click();
    await expect(page.getByText("请填写令牌名称")).toBeVisible();
    const name = `e2e 大屏 ${Date.now()}`;
    await page.getByLabel("令牌名称").fill(name);
    await page.getByRole("button", { name: "生成令牌" }).click();
    const token = (await page.getByTestId("new-token-value").innerText()).trim();
    expect(token).toMatch(/^dgm_[A-Za-z0-9_-]{43}$/);

    // A client with no cookies at all, only the token.
    const api = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { Authorization: `Bearer ${token}` } });
    try {
      const summary = await api.get("/api/v1/dashboard/summary");
      expect(summary.status()).toBe(200);
      expect(((await summary.json()) as { campaign: { year: number } }).campaign.year).toBe(2022);
      expect((await api.get("/api/v1/tours")).status()).toBe(200);

      await page.reload();
      const row = page.getByTestId("token-row").filter({ hasText: name });
      await expect(row).toContainText("有效");
      await expect(row).toContainText("最近使用");
      await row.getByRole("button", { name: "撤销" }).click();
      await page.getByRole("dialog").getByRole("button", { name: "撤销令牌" }).click();
      await expect(row).toContainText("已撤销");

      expect((await api.get("/api/v1/dashboard/summary")).status()).toBe(401);
    } finally {
      await api.dispose();
    }
  });

  test("the leader's home fits a phone without sideways scrolling @phone", async ({ page }) => {
    await signIn(page, "leader");
    await expect(page.getByTestId("stat-sheets")).toBeVisible();
    await expect(page.getByTestId("ranking-top").getByTestId("glance-row").first()).toBeVisible();
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      viewport: document.documentElement.clientWidth,
    }));
    expect(widths.page).toBeLessThanOrEqual(widths.viewport);
  });
});

import { expect, test, type Locator, type Page } from "@playwright/test";
import { signIn } from "./support/sign-in";

/** Picks the option whose text starts with `text` (options also carry capacity, titles, ...). */
async function choose(select: Locator, text: string) {
  const value = await select.evaluate((element, wanted) => {
    const option = [...(element as HTMLSelectElement).options].find((candidate) =>
      candidate.text.trim().startsWith(wanted),
    );
    return option?.value ?? null;
  }, text);
  if (value === null) throw new Error(`no option starting with ${text}`);
  await select.selectOption(value);
}

type StopPlan = { site: string; arrive: string; depart: string };

async function scheduleTour(
  page: Page,
  plan: {
    title: string;
    date: string;
    start: string;
    end: string;
    stops: StopPlan[];
    people: string[];
    guest?: string;
  },
) {
  await page.goto("/tours");
  await page.getByRole("link", { name: "新建观摩活动" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "新建观摩活动" })).toBeVisible();

  await page.getByLabel("活动名称").fill(plan.title);
  await choose(page.getByLabel("所属阶段"), "2022年 交叉观摩");
  await page.getByLabel("活动日期").fill(plan.date);
  await page.getByLabel("开始时间").fill(plan.start);
  await page.getByLabel("结束时间").fill(plan.end);
  await page.getByLabel("集合地点").fill("市国资委办公楼前广场集合乘车");

  for (const [index, stop] of plan.stops.entries()) {
    await page.getByRole("button", { name: "添加观摩点" }).click();
    const prefix = `第${index + 1}站`;
    await choose(page.getByLabel(`${prefix}观摩点`), stop.site);
    await page.getByLabel(`${prefix}到达时间`).fill(stop.arrive);
    await page.getByLabel(`${prefix}离开时间`).fill(stop.depart);
  }
  const lastStop = page.getByTestId("stop-row").last();
  await lastStop.getByRole("checkbox", { name: "互动交流" }).check();

  for (const [index, person] of plan.people.entries()) {
    await page.getByRole("button", { name: "添加成员" }).click();
    await choose(page.getByLabel(`第${index + 1}位成员`, { exact: true }), person);
  }
  if (plan.guest) {
    await page.getByRole("button", { name: "添加嘉宾" }).click();
    await page.getByLabel("第1位嘉宾姓名").fill(plan.guest);
    await page.getByLabel("第1位嘉宾单位").fill("中共惠州市委组织部");
  }

  await page.getByRole("button", { name: "保存草稿" }).click();
  await expect(page).toHaveURL(/\/tours\/\d+\/edit$/);
  await expect(page.getByTestId("tour-status")).toContainText("草稿");
}

test.describe("scheduling tours", () => {
  test("staff schedule a tour with two stops and a delegation, publish it, and cannot double-book its site", async ({
    page,
  }) => {
    await signIn(page, "admin");
    const first = "交叉观摩第四组（浏览器测试）";
    await scheduleTour(page, {
      title: first,
      date: "2022-09-27",
      start: "09:00",
      end: "12:00",
      stops: [
        { site: "惠州汽车总站“红色驿站”", arrive: "09:20", depart: "10:20" },
        { site: "城投集团党建展厅", arrive: "10:40", depart: "11:40" },
      ],
      people: ["市国资委领导", "交投集团党委书记", "城投集团党委书记"],
      guest: "市委组织部相关同志",
    });
    await expect(page.getByRole("heading", { level: 1, name: first })).toBeVisible();
    await expect(page.getByTestId("stop-row")).toHaveCount(2);
    await expect(page.getByTestId("member-row")).toHaveCount(3);
    await expect(page.getByText("共4人（成员3人、嘉宾1人）")).toBeVisible();

    await page.getByRole("button", { name: "发布", exact: true }).click();
    await expect(page.getByText("已发布，观摩团成员已收到通知")).toBeVisible();
    await expect(page.getByTestId("tour-status")).toContainText("已发布");

    // The list shows it under the cross phase, published, with both stops in order.
    await page.goto("/tours");
    const row = page.getByTestId("tour-row").filter({ hasText: first });
    await expect(row).toContainText("已发布");
    await expect(row).toContainText("2站：惠州汽车总站“红色驿站” → 城投集团党建展厅");

    // Another tour wants the first stop's site at an overlapping time: the draft saves, publishing is refused.
    await scheduleTour(page, {
      title: "交叉观摩第五组（浏览器测试）",
      date: "2022-09-27",
      start: "10:00",
      end: "12:00",
      stops: [{ site: "惠州汽车总站“红色驿站”", arrive: "10:00", depart: "11:00" }],
      people: ["市国资委党委委员", "惠州电信党委书记"],
    });
    await page.getByRole("button", { name: "发布", exact: true }).click();
    const problem = page.getByRole("alert").filter({ hasText: "未能发布" });
    await expect(problem).toContainText(`已安排已发布的观摩活动「${first}」`);
    await expect(problem).toContainText("观摩点「惠州汽车总站“红色驿站”」2022年9月27日 09:20–10:20");
    await expect(page.getByTestId("tour-status")).toContainText("草稿");
  });

  test("an edit that breaks a rule is refused with the reason, and the form keeps the input", async ({ page }) => {
    await signIn(page, "admin");
    await scheduleTour(page, {
      title: "路程时间测试（浏览器）",
      date: "2022-09-28",
      start: "14:00",
      end: "17:00",
      stops: [
        { site: "德赛研发中心党员创新工作室", arrive: "14:20", depart: "15:20" },
        { site: "燃气调度中心党员责任区", arrive: "15:40", depart: "16:40" },
      ],
      people: ["市国资委党委副书记"],
    });
    await page.getByLabel("第2站到达时间").fill("15:25");
    await page.getByRole("button", { name: "保存修改" }).click();
    await expect(page.locator("#save-problems")).toContainText("只留出5分钟路程");
    await expect(page.getByLabel("第2站到达时间")).toHaveValue("15:25");
  });
});

test.describe("the tour list on a phone", () => {
  test("a leader reads the tours without sideways scrolling and cannot create one @phone", async ({ page }) => {
    await signIn(page, "leader");
    await page.goto("/tours");
    await expect(page.getByRole("heading", { level: 1, name: "观摩活动" })).toBeVisible();
    await expect(page.getByTestId("tour-row").first()).toBeVisible();
    await expect(page.getByRole("link", { name: "新建观摩活动" })).toHaveCount(0);
    // Drafts are the staff's work in progress: the demo's draft cross-phase tour is not listed.
    await expect(page.getByTestId("tour-row").filter({ hasText: "交叉观摩第二组" })).toBeVisible();
    await expect(page.getByTestId("tour-row").filter({ hasText: "交叉观摩第三组" })).toHaveCount(0);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const response = await page.goto("/tours/new");
    expect(response?.status()).toBe(403);
  });
});

import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createPrismaClient } from "@/lib/prisma-client";
import { createEnterpriseAction } from "@/lib/enterprises/actions";
import { updateSiteAction } from "@/lib/sites/actions";
import { updateUserAction } from "@/lib/users/actions";
import { createTourAction } from "@/lib/tours/actions";
import { createExperienceEntryAction } from "@/lib/library/actions";
import { updateCampaignAction } from "@/lib/campaign/actions";
import { saveAssetTargetAction } from "@/lib/assets/actions";
import { createProblemAction } from "@/lib/problems/actions";
import ExcelJS from "exceljs";
import { GET as getProblemExport } from "@/app/(app)/problems/export.xlsx/route";
import { EXPORT_COLUMNS, EXPORT_HEADER_ROW } from "@/lib/problems/export";
import { actAs } from "@/tests/support/request-context";
import { acceptedText, toFormData } from "@/tests/support/hostile-values";
import { exactLocations, loadSeedIds } from "@/tests/support/hostile-database";
import type { SeedIds } from "@/tests/support/hostile-specs";

vi.mock("next/headers", () => import("@/tests/support/request-context"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

// The other half of the hostile-input tests: markup, SQL, formula and odd Unicode are valid
// content for a free-text field. Such a value is accepted and stored exactly as sent (no
// escaping, stripping or normalising on the way in); pages render it as text (the browser test
// tests/e2e/script-as-text.spec.ts) and exports neutralise formulas (lib/security/spreadsheet-text.ts).
const database = createPrismaClient(process.env.DATABASE_URL!, 2);
let ids: SeedIds;
let adminId: number;
/** Tours can only be planned in a phase that has not closed, on a day inside its window. */
let openPhase: { id: number; day: string };
/** Problems are recorded at a stop of a published or completed tour. */
let visitedStop: number;

type Action = (previous: null, payload: FormData | Record<string, unknown>) => Promise<unknown>;
type Case = {
  name: string;
  action: Action;
  min: number;
  max: number;
  /** The whole input for run `n`, with the hostile text in its free-text field. */
  input: (text: string, n: number) => Record<string, unknown>;
};

const cases = (): Case[] => [
  {
    name: "enterprise name",
    action: createEnterpriseAction as Action,
    min: 2,
    max: 80,
    input: (text, n) => ({ name: text, shortName: `测试${n}`, category: "OTHER", sortOrder: "9" }),
  },
  {
    name: "site highlights",
    action: updateSiteAction as Action,
    min: 0,
    max: 2000,
    input: (text) => ({
      siteId: ids.site,
      partyOrganizationId: ids.org,
      name: "测试观摩点",
      theme: "党建引领",
      highlights: text,
      address: "惠州市惠城区",
      capacity: "30",
    }),
  },
  {
    name: "user title",
    action: updateUserAction as Action,
    min: 0,
    max: 60,
    input: (text) => ({
      userId: ids.user,
      displayName: "测试人员",
      title: text,
      role: "SECRETARY",
      enterpriseId: ids.enterprise,
    }),
  },
  {
    name: "tour notes",
    action: createTourAction as Action,
    min: 0,
    max: 2000,
    input: (text, n) => ({
      title: `测试观摩${n}`,
      phaseId: openPhase.id,
      date: openPhase.day,
      startTime: "14:00",
      endTime: "17:00",
      meetingPoint: "",
      notes: text,
      stops: [],
      members: [],
      guests: [],
    }),
  },
  {
    name: "experience summary",
    action: createExperienceEntryAction as Action,
    min: 10,
    max: 2000,
    input: (text, n) => ({
      kind: "BRAND",
      title: `测试品牌${n}`,
      summary: text,
      partyOrganizationId: ids.org,
      phaseId: ids.phase,
      tags: "",
    }),
  },
  {
    name: "campaign description",
    action: updateCampaignAction as Action,
    min: 0,
    max: 2000,
    input: (text) => ({ campaignId: ids.campaign, name: "测试活动", goals: "找差距补短板", description: text }),
  },
  {
    name: "problem description",
    action: createProblemAction as Action,
    min: 5,
    max: 1000,
    input: (text) => ({
      stopId: visitedStop,
      description: text,
      severity: "MINOR",
      owner: "支部书记",
      deadline: "2099-12-31",
    }),
  },
  {
    name: "problem owner",
    action: createProblemAction as Action,
    min: 2,
    max: 80,
    input: (text) => ({
      stopId: visitedStop,
      description: "学习阵地建设不足",
      severity: "MAJOR",
      owner: text,
      deadline: "2099-12-31",
    }),
  },
  {
    name: "asset target label",
    action: saveAssetTargetAction as Action,
    min: 0,
    max: 60,
    input: (text, n) => ({ year: String(2040 + n), amount: "100", label: text, create: "true" }),
  },
];

beforeAll(async () => {
  ids = await loadSeedIds(database);
  const phase = await database.phase.findFirstOrThrow({
    where: { status: { not: "CLOSED" } },
    orderBy: { startsOn: "desc" },
    select: { id: true, endsOn: true },
  });
  openPhase = { id: phase.id, day: phase.endsOn.toISOString().slice(0, 10) };
  visitedStop = (
    await database.tourStop.findFirstOrThrow({
      where: { tour: { status: { in: ["PUBLISHED", "COMPLETED"] } } },
      orderBy: { id: "asc" },
      select: { id: true },
    })
  ).id;
  adminId = (await database.user.findUniqueOrThrow({ where: { username: "admin" }, select: { id: true } })).id;
});

afterAll(async () => {
  await database.$disconnect();
});

describe("hostile-looking but valid text", () => {
  it.each(cases().map((entry) => [entry.name, entry] as const))(
    "%s is stored exactly as sent",
    async (_name, entry) => {
      let n = 0;
      await fc.assert(
        fc.asyncProperty(acceptedText(entry.min, entry.max), fc.boolean(), async (text, asForm) => {
          n += 1;
          await actAs(adminId);
          const input = entry.input(text, n);
          const result = (await entry.action(null, asForm ? toFormData(input) : input)) as { ok: boolean };
          expect(result, `${entry.name}: ${text} ${JSON.stringify(result)}`).toMatchObject({ ok: true });
          expect((await exactLocations(database, text)).length, `${entry.name}: ${text}`).toBeGreaterThan(0);
        }),
        { numRuns: 6, seed: 20_220_324 },
      );
    },
  );
});

describe("spreadsheet exports", () => {
  it("write a stored formula-like text as text with a leading apostrophe, never as a formula", async () => {
    const formula = "=cmd|' /C calc'!A0";
    const owner = "@SUM(1+1)*cmd|' /C calc'!A0";
    const problem = await database.problem.findFirstOrThrow({ orderBy: { id: "asc" }, select: { id: true } });
    await database.problem.update({ where: { id: problem.id }, data: { description: formula, owner } });
    await actAs(adminId);
    const response = await getProblemExport(new Request("http://localhost/problems/export.xlsx"));
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.getWorksheet("问题清单")!;
    const column = (header: string) => EXPORT_COLUMNS.findIndex((entry) => entry.header === header) + 1;
    let found = false;
    for (let row = EXPORT_HEADER_ROW + 1; row <= sheet.rowCount; row += 1) {
      if (Number(sheet.getCell(row, 1).value) !== problem.id) continue;
      found = true;
      const description = sheet.getCell(row, column("问题描述"));
      expect(description.type).toBe(ExcelJS.ValueType.String);
      expect(description.value).toBe(`'${formula}`);
      expect(sheet.getCell(row, column("责任人")).value).toBe(`'${owner}`);
    }
    expect(found).toBe(true);
    // The database keeps what was typed.
    expect(
      await database.problem.findUniqueOrThrow({ where: { id: problem.id }, select: { description: true } }),
    ).toEqual({
      description: formula,
    });
  });
});

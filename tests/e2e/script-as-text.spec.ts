import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { E2E_DATABASE_URL_FILE } from "./support/settings";
import { signIn } from "./support/sign-in";

// Script placed in every free-text field renders as text on every page that shows it. The
// actions store such text exactly as typed (tests/integration/hostile-text-stored.test.ts), so
// the values are planted straight into the rows the demo pages show (and put back afterwards);
// one field also goes through its form, the way a user would type it. Each page must show the
// text literally, run none of it (no `window.__xss`, no dialog) and contain no element made from
// it (an <img src=x>, a <script> or an <svg onload>), which also holds were the CSP not there.

const SCRIPT = `<script>window.__xss=1</script><img src=x onerror="window.__xss=2">`;
/** Each field gets its own tag in front, so a page that shows only the start still shows it. */
const payload = (tag: string) => `${tag}${SCRIPT}`;
/** For short fields (a short name is at most 20 characters). */
const SHORT = "<svg/onload=alert()>";

type Plant = { table: string; column: string; id: number; value: unknown; cast?: "jsonb" | "text[]" };
type Target = Record<
  | "stop"
  | "tour"
  | "site"
  | "org"
  | "enterprise"
  | "phase"
  | "campaign"
  | "remark"
  | "guest"
  | "sheet"
  | "rubric"
  | "member"
  | "tier"
  | "report"
  | "reportPhase"
  | "problem"
  | "entry"
  | "selection"
  | "slot"
  | "assetTarget"
  | "notification",
  number | null
>;

let client: pg.Client;
let target: Target;
const originals: { plant: Plant; value: unknown }[] = [];
/** Tags planted, and tags some page was checked to show: every planted one must be checked. */
const planted = new Set<string>(["F05"]);
const checked = new Set<string>();

async function plant(entry: Plant) {
  const table = client.escapeIdentifier(entry.table);
  const column = client.escapeIdentifier(entry.column);
  const { rows } = await client.query(`SELECT ${column} AS value FROM ${table} WHERE id = $1`, [entry.id]);
  const cast = entry.cast ? `::${entry.cast}` : "";
  const value = entry.cast === "jsonb" ? JSON.stringify(entry.value) : entry.value;
  await client.query(`UPDATE ${table} SET ${column} = $1${cast} WHERE id = $2`, [value, entry.id]);
  originals.push({ plant: entry, value: rows[0]?.value });
  for (const tag of JSON.stringify(entry.value).match(/F\d\d(?=<script>)/g) ?? []) planted.add(tag);
}

/** One row of each kind the pages below show, all reachable from one tour stop with remarks. */
async function findTargets(): Promise<Target> {
  const { rows } = await client.query<Target>(`
    WITH stop AS (
      SELECT s.id, s."tourId", s."siteId" FROM "TourStop" s
      JOIN "Tour" t ON t.id = s."tourId"
      WHERE t.status IN ('PUBLISHED', 'COMPLETED') AND EXISTS (SELECT 1 FROM "Remark" r WHERE r."stopId" = s.id)
        AND EXISTS (SELECT 1 FROM "ScoreSheet" h WHERE h."stopId" = s.id)
      ORDER BY s.id LIMIT 1
    ), secretary AS (SELECT id, "enterpriseId" FROM "User" WHERE username = 'secretary')
    SELECT
      stop.id AS stop, stop."tourId" AS tour, stop."siteId" AS site,
      site."partyOrganizationId" AS org, org."enterpriseId" AS enterprise,
      tour."phaseId" AS phase, phase."campaignId" AS campaign,
      (SELECT min(id) FROM "Remark" WHERE "stopId" = stop.id) AS remark,
      (SELECT min(id) FROM "TourGuest" WHERE "tourId" = stop."tourId") AS guest,
      (SELECT min(id) FROM "ScoreSheet" WHERE "stopId" = stop.id) AS sheet,
      -- A rubric with submitted sheets cannot change (a trigger holds it): take one without sheets.
      (SELECT min(r.id) FROM "Rubric" r
        WHERE NOT EXISTS (SELECT 1 FROM "ScoreSheet" h WHERE h."rubricId" = r.id)) AS rubric,
      (SELECT min(d."userId") FROM "DelegationMember" d JOIN "User" u ON u.id = d."userId"
        WHERE d."tourId" = stop."tourId" AND u.username NOT IN ('admin', 'secretary')) AS member,
      (SELECT min(id) FROM "PhaseTier" WHERE "phaseId" = tour."phaseId") AS tier,
      (SELECT min(r.id) FROM "SelfReport" r, secretary WHERE r."enterpriseId" = secretary."enterpriseId") AS report,
      (SELECT r."phaseId" FROM "SelfReport" r, secretary WHERE r."enterpriseId" = secretary."enterpriseId"
        ORDER BY r.id LIMIT 1) AS "reportPhase",
      (SELECT min(p.id) FROM "Problem" p, secretary WHERE p."enterpriseId" = secretary."enterpriseId") AS problem,
      (SELECT min(id) FROM "ExperienceEntry") AS entry,
      (SELECT min(id) FROM "DemonstrationSelection") AS selection,
      (SELECT min(id) FROM "VisitSlot") AS slot,
      (SELECT min(id) FROM "AssetTarget") AS "assetTarget",
      (SELECT min(n.id) FROM "Notification" n JOIN "User" u ON u.id = n."userId" WHERE u.username = 'admin') AS notification
    FROM stop
    JOIN "Site" site ON site.id = stop."siteId"
    JOIN "PartyOrganization" org ON org.id = site."partyOrganizationId"
    JOIN "Tour" tour ON tour.id = stop."tourId"
    JOIN "Phase" phase ON phase.id = tour."phaseId"`);
  return rows[0]!;
}

async function extra(sql: string, id: number | null): Promise<number | null> {
  if (id === null) return null;
  const { rows } = await client.query<{ id: number | null }>(sql, [id]);
  return rows[0]?.id ?? null;
}

test.beforeAll(async () => {
  client = new pg.Client({ connectionString: (await readFile(E2E_DATABASE_URL_FILE, "utf8")).trim() });
  await client.connect();
  target = await findTargets();
  const category = await extra(`SELECT min(id) AS id FROM "RubricCategory" WHERE "rubricId" = $1`, target.rubric);
  const item = await extra(`SELECT min(id) AS id FROM "RubricItem" WHERE "categoryId" = $1`, category);
  const event = await extra(`SELECT min(id) AS id FROM "ProblemEvent" WHERE "problemId" = $1`, target.problem);
  const plants: (Plant | null)[] = [
    { table: "Enterprise", column: "name", id: target.enterprise!, value: payload("F01") },
    { table: "Enterprise", column: "shortName", id: target.enterprise!, value: SHORT },
    { table: "PartyOrganization", column: "name", id: target.org!, value: payload("F02") },
    { table: "Site", column: "name", id: target.site!, value: payload("F03") },
    // A theme holds at most 60 characters; the form test below saves this site as it is.
    { table: "Site", column: "theme", id: target.site!, value: "F04<script>window.__xss=1</script>" },
    { table: "Site", column: "address", id: target.site!, value: payload("F06") },
    // Typed through the form by the last test; planted empty here so that it is put back after.
    { table: "Site", column: "highlights", id: target.site!, value: "" },
    { table: "Tour", column: "title", id: target.tour!, value: payload("F07") },
    { table: "Tour", column: "meetingPoint", id: target.tour!, value: payload("F08") },
    { table: "Tour", column: "notes", id: target.tour!, value: payload("F09") },
    target.guest === null ? null : { table: "TourGuest", column: "name", id: target.guest, value: payload("F10") },
    target.guest === null ? null : { table: "TourGuest", column: "unit", id: target.guest, value: payload("F11") },
    { table: "Remark", column: "content", id: target.remark!, value: payload("F12") },
    { table: "Campaign", column: "name", id: target.campaign!, value: payload("F13") },
    { table: "Campaign", column: "description", id: target.campaign!, value: payload("F14") },
    { table: "Campaign", column: "goals", id: target.campaign!, value: [payload("F15")], cast: "text[]" },
    { table: "Phase", column: "name", id: target.phase!, value: payload("F16") },
    target.rubric === null ? null : { table: "Rubric", column: "title", id: target.rubric, value: payload("F17") },
    category === null ? null : { table: "RubricCategory", column: "name", id: category, value: payload("F18") },
    item === null ? null : { table: "RubricItem", column: "title", id: item, value: payload("F19") },
    item === null ? null : { table: "RubricItem", column: "guidance", id: item, value: payload("F20") },
    { table: "ScoreSheet", column: "comment", id: target.sheet!, value: payload("F21") },
    target.report === null
      ? null
      : { table: "SelfReport", column: "workDone", id: target.report, value: payload("F22") },
    target.report === null
      ? null
      : {
          table: "SelfReport",
          column: "brands",
          id: target.report,
          value: [{ name: payload("F23"), description: payload("F24") }],
          cast: "jsonb",
        },
    target.problem === null
      ? null
      : { table: "Problem", column: "description", id: target.problem, value: payload("F25") },
    target.problem === null ? null : { table: "Problem", column: "owner", id: target.problem, value: payload("F26") },
    event === null ? null : { table: "ProblemEvent", column: "comment", id: event, value: payload("F27") },
    { table: "ExperienceEntry", column: "title", id: target.entry!, value: payload("F28") },
    { table: "ExperienceEntry", column: "summary", id: target.entry!, value: payload("F29") },
    { table: "ExperienceEntry", column: "tags", id: target.entry!, value: [payload("F30")], cast: "text[]" },
    target.selection === null
      ? null
      : { table: "DemonstrationSelection", column: "reason", id: target.selection, value: payload("F31") },
    target.slot === null ? null : { table: "VisitSlot", column: "note", id: target.slot, value: payload("F32") },
    target.assetTarget === null
      ? null
      : { table: "AssetTarget", column: "label", id: target.assetTarget, value: payload("F33") },
    target.member === null ? null : { table: "User", column: "displayName", id: target.member, value: payload("F34") },
    target.member === null ? null : { table: "User", column: "title", id: target.member, value: payload("F35") },
    target.notification === null
      ? null
      : { table: "Notification", column: "title", id: target.notification, value: payload("F36") },
    target.tier === null ? null : { table: "PhaseTier", column: "name", id: target.tier, value: payload("F37") },
  ];
  for (const entry of plants) if (entry) await plant(entry);
});

test.afterAll(async () => {
  // Leave the shared demo database as the other specs expect it.
  for (const { plant: entry, value } of originals.reverse()) {
    const cast = entry.cast ? `::${entry.cast}` : "";
    const restored = entry.cast === "jsonb" ? JSON.stringify(value) : value;
    await client.query(
      `UPDATE ${client.escapeIdentifier(entry.table)} SET ${client.escapeIdentifier(entry.column)} = $1${cast} WHERE id = $2`,
      [restored, entry.id],
    );
  }
  await client.end();
  expect([...planted].filter((tag) => !checked.has(tag)).sort(), "planted but shown on no page checked").toEqual([]);
});

/** Opens `path`, and checks that the tags show as literal text and nothing ran or was built. */
async function expectShownAsText(page: Page, path: string, tags: string[]) {
  const dialogs: string[] = [];
  const onDialog = (dialog: { message: () => string; dismiss: () => Promise<void> }) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  };
  page.on("dialog", onDialog);
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  await page.waitForLoadState("load");
  const shown = await page.evaluate(() => {
    const values = [...document.querySelectorAll("input, textarea")].map((field) => (field as HTMLInputElement).value);
    return `${document.body.innerText}\n${values.join("\n")}`;
  });
  for (const tag of tags) checked.add(tag);
  for (const tag of tags)
    expect.soft(shown, `${path} shows ${tag} as text`).toContain(`${tag}<script>window.__xss=1</script>`);
  const injected = await page.evaluate(() => ({
    xss: (window as unknown as { __xss?: unknown }).__xss,
    images: document.querySelectorAll('img[src="x"]').length,
    // Next's own inline scripts carry the page's data, planted text included, as escaped JSON;
    // an element made from the planted markup would hold exactly its code.
    scripts: [...document.scripts].filter((script) => script.text.trim().startsWith("window.__xss")).length,
    svgs: document.querySelectorAll("svg[onload]").length,
  }));
  expect(injected, path).toEqual({ xss: undefined, images: 0, scripts: 0, svgs: 0 });
  expect(dialogs, path).toEqual([]);
  page.off("dialog", onDialog);
}

test("staff pages show every planted script as text and run none of it", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, "admin");
  const t = target;
  const pages: [string, string[]][] = [
    ["/", []],
    ["/admin/enterprises", ["F01"]],
    [`/admin/enterprises/${t.enterprise}`, ["F01", "F02"]],
    ["/admin/sites", ["F03"]],
    [`/admin/sites/${t.site}`, ["F03", "F04", "F06"]],
    [`/sites/${t.site}`, ["F03", "F04", "F06", "F12"]],
    [`/tours?phase=${t.phase}`, ["F07"]],
    [
      `/tours/${t.tour}`,
      ["F07", "F08", "F09", "F03", ...(t.guest ? ["F10", "F11"] : []), ...(t.member ? ["F34"] : [])],
    ],
    [`/tours/${t.tour}/itinerary`, ["F07", "F03"]],
    [`/tours/${t.tour}/edit`, ["F07", "F09"]],
    ["/admin/campaign", ["F13", "F14", "F15", "F16"]],
    ...(t.rubric ? ([[`/admin/rubrics/${t.rubric}`, ["F17", "F18", "F19", "F20"]]] as [string, string[]][]) : []),
    ["/admin/sheets", []],
    [`/admin/sheets/${t.sheet}`, ["F21"]],
    ["/admin/reports", []],
    // Staff read the submitted versions (snapshots); the planted draft text is the secretary's page's.
    ...(t.report ? ([[`/admin/reports/${t.report}`, []]] as [string, string[]][]) : []),
    ["/problems", t.problem ? ["F25"] : []],
    ...(t.problem ? ([[`/problems/${t.problem}`, ["F25", "F26", "F27"]]] as [string, string[]][]) : []),
    ["/library", ["F28"]],
    [`/library/${t.entry}`, ["F28", "F29", "F30"]],
    [`/library/${t.entry}/edit`, ["F28", "F29"]],
    ["/admin/demonstration", t.selection ? ["F31"] : []],
    ["/demonstration", []],
    ["/admin/visits", []],
    ...(t.slot ? ([[`/admin/visits/${t.slot}`, ["F32"]]] as [string, string[]][]) : []),
    ["/visits", []],
    ["/assets", []],
    ["/admin/assets/targets", t.assetTarget ? ["F33"] : []],
    ["/admin/users", t.member ? ["F34"] : []],
    ...(t.member ? ([[`/admin/users/${t.member}`, ["F34", "F35"]]] as [string, string[]][]) : []),
    ["/notifications", t.notification ? ["F36"] : []],
    [`/rankings?phase=${t.phase}`, ["F02"]],
    [`/rankings/${t.phase}/organizations/${t.org}`, ["F02"]],
    [`/rankings/${t.phase}/bulletin`, []],
    [`/admin/phase-settings/${t.phase}`, t.tier ? ["F37"] : []],
    ["/admin/audit", []],
    ["/tours/calendar", []],
    ["/dashboard/screen", []],
  ];
  for (const [path, tags] of pages) await expectShownAsText(page, path, tags);
});

test("a secretary's pages show the planted script as text", async ({ page }) => {
  await signIn(page, "secretary");
  for (const [path, tags] of [
    ["/", []],
    ["/reports", []],
    ...(target.report ? ([[`/reports/${target.reportPhase}`, ["F22", "F23", "F24"]]] as [string, string[]][]) : []),
    ["/problems", target.problem ? ["F25"] : []],
    ["/my-tours", []],
    ["/library", ["F28"]],
  ] as [string, string[]][]) {
    await expectShownAsText(page, path, tags);
  }
});

test("script typed into a form is saved and shown as text", async ({ page }) => {
  await signIn(page, "admin");
  await page.goto(`/admin/sites/${target.site}`);
  const highlights = page.getByLabel("亮点做法");
  await highlights.fill(payload("F05"));
  await page.getByRole("button", { name: "保存修改" }).click();
  await expect(page.getByText("已保存").first()).toBeVisible();
  await expectShownAsText(page, `/sites/${target.site}`, ["F05"]);
  await expectShownAsText(page, `/admin/sites/${target.site}`, ["F05"]);
});

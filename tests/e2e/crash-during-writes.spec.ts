import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import ExcelJS from "exceljs";
import pg from "pg";
import { ASSET_IMPORT_COLUMNS, ASSET_IMPORT_SHEET } from "@/lib/assets/import/columns";
import { verifyAuditChain } from "@/scripts/lib/audit-chain";
import { OwnServer } from "./support/own-server";

// The production server is SIGKILLed in the middle of a batch of score saves made through the real
// server action over HTTP (as the scoring page sends them). Afterwards every save is whole or
// absent: each committed version has its revision, its audit row and the sheet's item scores, and
// every save the server acknowledged before it died is there. Then the same for an Excel import of
// about a thousand asset figures, killed while its one transaction is open: nothing of it stays, and
// the same file imported again afterwards lands whole.
test.describe.configure({ mode: "serial", timeout: 240_000 });

let server: OwnServer;
let database: pg.Client;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  server = await OwnServer.start();
  database = new pg.Client({ connectionString: server.databaseUrl });
  await database.connect();
});

test.afterAll(async () => {
  await database?.end();
  await server?.close();
});

/**
 * The id Next gave a server action in this build, and the path of a page that serves it
 * ("app/(app)/scoring/[stopId]/page" → /scoring/[stopId]).
 */
async function actionEndpoint(exportedName: string) {
  const manifest = JSON.parse(await readFile(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { workers: Record<string, unknown>; exportedName?: string }>;
  };
  const [id, entry] = Object.entries(manifest.node).find(([, value]) => value.exportedName === exportedName)!;
  const worker = Object.keys(entry.workers)[0]!;
  return { id, path: worker.replace(/^app|\/page$|\/\([^)]*\)/g, "") };
}

/** Posts to a server action as the browser does: the action id in a header, the arguments encoded by React. */
function postAction(action: { id: string; path: string }, cookie: string, body: string, path = action.path) {
  return fetch(`${server.url}${path}`, {
    method: "POST",
    headers: {
      "Next-Action": action.id,
      "Content-Type": "text/plain;charset=UTF-8",
      Accept: "text/x-component",
      Origin: server.url,
      Cookie: cookie,
    },
    body,
  });
}

type Pair = { userId: number; stopId: number; version: number };

/** Scoring members and the stops they may score now (active phase, open tour, no conflict of interest). */
async function scoringPairs(): Promise<Pair[]> {
  const { rows } = await database.query<Pair>(`
    SELECT m."userId", s."id" AS "stopId", COALESCE(sh."version", 0) AS "version"
      FROM "DelegationMember" m
      JOIN "Tour" t ON t."id" = m."tourId"
      JOIN "Phase" p ON p."id" = t."phaseId"
      JOIN "TourStop" s ON s."tourId" = t."id"
      JOIN "Site" si ON si."id" = s."siteId"
      JOIN "PartyOrganization" o ON o."id" = si."partyOrganizationId"
      JOIN "User" u ON u."id" = m."userId"
      LEFT JOIN "ScoreSheet" sh ON sh."stopId" = s."id" AND sh."scorerId" = m."userId"
     WHERE m."isScoring" AND p."status" = 'ACTIVE' AND t."status" IN ('PUBLISHED', 'COMPLETED')
       AND (u."enterpriseId" IS NULL OR NOT p."excludeOwnEnterprise" OR u."enterpriseId" <> o."enterpriseId")
       AND (sh."id" IS NULL OR sh."status" = 'DRAFT')
     ORDER BY m."userId", s."id"`);
  return rows;
}

test("SIGKILL during a batch of score saves leaves every save whole or absent", async () => {
  const save = await actionEndpoint("saveScoreSheetAction");
  const pairs = await scoringPairs();
  expect(pairs.length).toBeGreaterThanOrEqual(2);
  const items = (
    await database.query<{ id: number; stopId: number }>(
      `
      SELECT i."id", s."id" AS "stopId"
        FROM "TourStop" s JOIN "Tour" t ON t."id" = s."tourId"
        JOIN "Rubric" r ON r."phaseId" = t."phaseId" AND r."status" = 'ACTIVE'
        JOIN "RubricItem" i ON i."rubricId" = r."id"
       WHERE s."id" = ANY($1) ORDER BY i."sequence"`,
      [pairs.map((pair) => pair.stopId)],
    )
  ).rows;
  const cookies = new Map<number, string>();
  for (const pair of pairs) {
    const cookie = await server.sessionCookie(pair.userId);
    cookies.set(pair.userId, `${cookie.name}=${cookie.value}`);
  }
  const batchStart = (await database.query<{ now: Date }>("SELECT now()")).rows[0]!.now;

  // One writer per (scorer, stop), each saving again and again on the version it was given back,
  // as a scorer's phone does while they type; all writers at once.
  const acknowledged: { stopId: number; userId: number; version: number; comment: string }[] = [];
  let cut = 0;
  let killed = false;
  const writer = async (pair: Pair, index: number) => {
    let version = pair.version;
    const ownItems = items.filter((item) => item.stopId === pair.stopId);
    for (let round = 1; !killed && round < 500; round++) {
      const comment = `写入${index}-${round}`;
      const scores = Object.fromEntries(ownItems.map((item, position) => [String(item.id), (round + position) % 6]));
      const args = [null, { stopId: pair.stopId, baseVersion: version, scores, comment }];
      let text: string;
      try {
        const response = await postAction(
          save,
          cookies.get(pair.userId)!,
          JSON.stringify(args),
          save.path.replace("[stopId]", String(pair.stopId)),
        );
        text = await response.text();
      } catch {
        cut += 1; // The server died under this request.
        return;
      }
      const saved = /"status":"saved".*?"version":(\d+)/.exec(text);
      if (saved) {
        version = Number(saved[1]);
        acknowledged.push({ stopId: pair.stopId, userId: pair.userId, version, comment });
        continue;
      }
      const stale = /"status":"stale".*?"version":(\d+)/.exec(text);
      if (!stale) throw new Error(`unexpected answer: ${text.slice(0, 300)}`);
      version = Number(stale[1]);
    }
  };
  const writers = pairs.map((pair, index) => writer(pair, index));
  // Let the batch get going, then kill the server mid-stream.
  await expect.poll(() => acknowledged.length, { timeout: 60_000 }).toBeGreaterThanOrEqual(30);
  await server.killApp();
  killed = true;
  await Promise.all(writers);
  expect(cut).toBeGreaterThan(0);
  console.log(`[crash] ${pairs.length} writers, ${acknowledged.length} saves acknowledged, ${cut} cut by the kill`);

  const sheets = (
    await database.query<{
      id: number;
      stopId: number;
      scorerId: number;
      version: number;
      total: string;
      comment: string;
    }>(
      `SELECT "id", "stopId", "scorerId", "version", "total"::text, "comment" FROM "ScoreSheet"
        WHERE ("stopId", "scorerId") IN (SELECT * FROM unnest($1::int[], $2::int[]))`,
      [pairs.map((pair) => pair.stopId), pairs.map((pair) => pair.userId)],
    )
  ).rows;
  expect(sheets.length).toBeGreaterThan(0);
  for (const sheet of sheets) {
    const revisions = (
      await database.query<{
        version: number;
        total: string;
        comment: string;
        scores: Record<string, string>;
        createdAt: Date;
      }>(
        `SELECT "version", "total"::text, "comment", "scores", "createdAt" FROM "ScoreSheetRevision"
          WHERE "sheetId" = $1 ORDER BY "version"`,
        [sheet.id],
      )
    ).rows;
    // Every version the batch made, start+1..n, has its revision: no save half-made. (A sheet the
    // demo data made starts at its seeded version.)
    const start = pairs.find((pair) => pair.stopId === sheet.stopId && pair.userId === sheet.scorerId)!.version;
    expect(revisions.filter((revision) => revision.version > start).map((revision) => revision.version)).toEqual(
      Array.from({ length: sheet.version - start }, (_, index) => start + index + 1),
    );
    const last = revisions.at(-1)!;
    expect([sheet.total, sheet.comment]).toEqual([last.total, last.comment]);
    const itemScores = (
      await database.query<{ itemId: number; score: string }>(
        `SELECT "itemId", "score"::text FROM "ItemScore" WHERE "sheetId" = $1`,
        [sheet.id],
      )
    ).rows;
    expect(Object.fromEntries(itemScores.map((row) => [String(row.itemId), row.score]))).toEqual(last.scores);
    // Each revision made in the batch has exactly its audit row, and no audit row lacks its revision.
    const made = revisions.filter((revision) => revision.createdAt >= batchStart).length;
    const audits = (
      await database.query<{ count: string }>(
        `SELECT count(*) FROM "AuditLog" WHERE "entityType" = 'ScoreSheet' AND "entityId" = $1
            AND "action" = 'scoreSheet.save' AND "createdAt" >= $2`,
        [String(sheet.id), batchStart],
      )
    ).rows[0]!.count;
    expect(Number(audits)).toBe(made);
  }
  // Whatever the server acknowledged before it died was committed.
  for (const save of acknowledged) {
    const sheet = sheets.find((row) => row.stopId === save.stopId && row.scorerId === save.userId)!;
    const { rows } = await database.query(
      `SELECT 1 FROM "ScoreSheetRevision" WHERE "sheetId" = $1 AND "version" = $2 AND "comment" = $3`,
      [sheet.id, save.version, save.comment],
    );
    expect(rows, `${save.comment} v${save.version}`).toHaveLength(1);
  }
  expect((await verifyAuditChain(server.databaseUrl)).problems).toEqual([]);

  // And the app comes back on the same database.
  await server.startApp();
  expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
});

test("SIGKILL during an Excel import of a thousand asset figures leaves none of it; imported again, all of it", async ({
  browser,
}) => {
  const enterprises = (
    await database.query<{ name: string }>(
      `SELECT "name" FROM "Enterprise" WHERE "isActive" AND "countsTowardAssetTarget" ORDER BY "id"`,
    )
  ).rows;
  // Months long before the demo data: every row is a new figure (with its revision and audit row).
  const months = Array.from(
    { length: 120 },
    (_, index) => `${2005 + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`,
  );
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(ASSET_IMPORT_SHEET);
  sheet.addRow(ASSET_IMPORT_COLUMNS.map((column) => column.header));
  for (const enterprise of enterprises) {
    for (const [index, month] of months.entries())
      sheet.addRow([enterprise.name, month, (100 + index / 4).toFixed(2), ""]);
  }
  const workbook = {
    name: "资产导入.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: Buffer.from(await book.xlsx.writeBuffer()),
  };
  const rows = enterprises.length * months.length;
  expect(rows).toBeGreaterThanOrEqual(900);
  const imported = async () => {
    const figures = await database.query<{ count: string }>(
      `SELECT count(*) FROM "AssetFigure" WHERE "month" < '2015-01-01'`,
    );
    const audits = await database.query<{ count: string }>(
      `SELECT count(*) FROM "AuditLog" WHERE "action" = 'asset.import'`,
    );
    return { figures: Number(figures.rows[0]!.count), importRows: Number(audits.rows[0]!.count) };
  };
  const before = await imported();
  expect(before.figures).toBe(0);

  const adminId = (await database.query<{ id: number }>(`SELECT "id" FROM "User" WHERE "username" = 'admin'`)).rows[0]!
    .id;
  if (
    !(await fetch(`${server.url}/api/health`).then(
      (response) => response.ok,
      () => false,
    ))
  )
    await server.startApp();
  const context = await browser.newContext({ baseURL: server.url });
  await context.addCookies([await server.sessionCookie(adminId)]);
  const page = await context.newPage();
  const importOnce = async () => {
    await page.goto("/admin/assets/import");
    await page.getByLabel("Excel 文件").setInputFiles(workbook);
    await page.getByRole("button", { name: "检查并导入" }).click();
  };

  await importOnce();
  // Kill while the import's transaction is open and has been writing for a moment.
  await expect
    .poll(
      async () =>
        (
          await database.query<{ open: number }>(
            `SELECT count(*)::int AS open FROM pg_stat_activity
              WHERE datname = current_database() AND pid <> pg_backend_pid()
                AND xact_start < now() - interval '300 milliseconds'`,
          )
        ).rows[0]!.open,
      { timeout: 60_000, intervals: [50] },
    )
    .toBeGreaterThan(0);
  await server.killApp();
  // PostgreSQL rolls the orphaned transaction back once it sees the connection gone.
  await expect
    .poll(
      async () =>
        (
          await database.query<{ open: number }>(
            `SELECT count(*)::int AS open FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
          )
        ).rows[0]!.open,
      { timeout: 30_000 },
    )
    .toBe(0);
  expect(await imported()).toEqual(before);

  await server.startApp();
  await importOnce();
  await expect(page.getByText(`导入完成：新填报 ${rows} 条`)).toBeVisible({ timeout: 60_000 });
  expect(await imported()).toEqual({ figures: rows, importRows: before.importRows + 1 });
  const figureAudits = await database.query<{ count: string }>(
    `SELECT count(*) FROM "AuditLog" WHERE "entityType" = 'AssetFigure' AND "action" <> 'asset.import'
        AND "after"->>'month' < '2015'`,
  );
  expect(Number(figureAudits.rows[0]!.count)).toBe(rows);
  expect((await verifyAuditChain(server.databaseUrl)).problems).toEqual([]);
  await context.close();
});

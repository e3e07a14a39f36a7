import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { verifyAuditChain } from "@/scripts/lib/audit-chain";
import { OwnServer } from "./support/own-server";

// The production server is SIGKILLed in the middle of a batch of score saves made through the real
// server action over HTTP (as the scoring page sends them). Afterwards every save is whole or
// absent: each committed version has its revision, its audit row and the sheet's item scores, and
// every save the server acknowledged before it died is there.
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

/** The id Next gave a server action in this build, and a page that serves it. */
async function actionEndpoint(exportedName: string) {
  const manifest = JSON.parse(await readFile(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { workers: Record<string, unknown>; exportedName?: string }>;
  };
  const [id, entry] = Object.entries(manifest.node).find(([, value]) => value.exportedName === exportedName)!;
  return { id, worker: Object.keys(entry.workers)[0]! };
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
  // The scoring page of a stop ("app/(app)/scoring/[stopId]/page" → /scoring/[stopId]).
  const pagePath = save.worker.replace(/^app|\/page$|\/\([^)]*\)/g, "");
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
        const response = await fetch(`${server.url}${pagePath.replace("[stopId]", String(pair.stopId))}`, {
          method: "POST",
          headers: {
            "Next-Action": save.id,
            "Content-Type": "text/plain;charset=UTF-8",
            Accept: "text/x-component",
            Origin: server.url,
            Cookie: cookies.get(pair.userId)!,
          },
          body: JSON.stringify(args),
        });
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

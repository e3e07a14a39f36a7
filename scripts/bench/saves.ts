import type { SessionUser } from "@/lib/auth/session-user";
import { recordAudit } from "@/lib/audit";
import type { Database } from "@/lib/prisma-client";
import { sheetInputSchema } from "@/lib/scoring/schemas";
import { writeSheet, type SaveOutcome } from "@/lib/scoring/write-sheet";
import type { Layout } from "./generate";
import { seededRandom } from "./prng";
import { summarise, type Timing } from "./timing";

/**
 * Measurement 4: score-sheet saves through the server action's own code path. Each call does what
 * saveScoreSheetAction does after the session check: parse the input with its zod schema, run
 * lib/scoring's writeSheet in a transaction with its audit row. Twenty scorers save at once, each
 * on the stops of its own tours in the active phase, every save based on the version it last got.
 * Afterwards every sheet must hold exactly the last values saved and one revision per save (no
 * lost update), and two saves of one sheet raced on one version must leave exactly one winner.
 */

export type SaveResult = {
  failed: number;
  firstFailure: string | null;
  scorers: number;
  saves: number;
  seconds: number;
  perSecond: number;
  latency: Timing;
  lost: number;
  raceWinners: number;
};

type Sheet = { stopId: number; version: number; scores: Record<string, number>; total: number };

async function save(database: Database, user: SessionUser, input: unknown): Promise<SaveOutcome> {
  const parsed = sheetInputSchema.parse(input);
  return database.$transaction((tx) =>
    writeSheet(
      {
        input: parsed,
        user,
        tx,
        audit: (entry) => recordAudit(tx, { ...entry, actor: { id: user.id, name: user.name }, ip: "127.0.0.1" }),
        // Saving a sheet leaves nothing to do after the commit (no files).
        afterCommit: () => undefined,
      },
      "save",
    ),
  );
}

export async function measureSaves(database: Database, layout: Layout, savesPerScorer: number): Promise<SaveResult> {
  const phaseId = layout.phaseIds.at(-1)!;
  const items = await database.rubricItem.findMany({
    where: { rubric: { phaseId, status: "ACTIVE" } },
    select: { id: true },
  });
  const scorers = await Promise.all(
    Array.from({ length: 20 }, async (_, lane) => {
      const userId = layout.lateScorerOf(lane);
      const user = await database.user.findUniqueOrThrow({ where: { id: userId } });
      const stops = await database.tourStop.findMany({
        where: { tour: { phaseId, delegation: { some: { userId } } } },
        orderBy: { id: "asc" },
        take: 10,
        select: { id: true, scoreSheets: { where: { scorerId: userId }, select: { version: true } } },
      });
      const sheets: Sheet[] = stops.map((stop) => ({
        stopId: stop.id,
        version: stop.scoreSheets[0]?.version ?? 0,
        scores: {},
        total: 0,
      }));
      const session: SessionUser = {
        id: user.id,
        name: user.displayName,
        title: user.title,
        role: user.role,
        enterpriseId: user.enterpriseId,
        enterpriseName: null,
        mustChangePassword: false,
      };
      return { session, sheets, startVersions: sheets.map((sheet) => sheet.version) };
    }),
  );

  const random = seededRandom(20261126);
  const latencies: number[] = [];
  const failures: string[] = [];
  const started = performance.now();
  await Promise.all(
    scorers.map(async ({ session, sheets }) => {
      for (let n = 0; n < savesPerScorer; n++) {
        const sheet = sheets[n % sheets.length]!;
        const scores = Object.fromEntries(items.map((item) => [String(item.id), random.int(0, 20) / 2]));
        const begun = performance.now();
        const outcome = await save(database, session, {
          stopId: sheet.stopId,
          baseVersion: sheet.version,
          scores,
          comment: `第${n + 1}次保存`,
        }).catch((error: unknown) => {
          // What the action would answer with its generic message; counted, and the next save goes on.
          failures.push(error instanceof Error ? error.message.split("\n").filter(Boolean).at(-1)! : String(error));
          return null;
        });
        latencies.push(performance.now() - begun);
        if (!outcome) continue;
        if (outcome.status !== "saved") {
          failures.push(`save ${n + 1} of scorer ${session.id} was refused as stale`);
          continue;
        }
        sheet.version = outcome.sheet.version;
        sheet.scores = scores;
        sheet.total = Object.values(scores).reduce((sum, value) => sum + value, 0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;

  // No lost update: the database holds each sheet's last saved total and version.
  let lost = 0;
  for (const { session, sheets, startVersions } of scorers) {
    for (const [index, sheet] of sheets.entries()) {
      if (sheet.version === startVersions[index]) continue;
      const row = await database.scoreSheet.findFirstOrThrow({
        where: { stopId: sheet.stopId, scorerId: session.id },
        select: { version: true, total: true, _count: { select: { revisions: true } } },
      });
      if (row.version !== sheet.version || !row.total.equals(sheet.total) || row._count.revisions !== sheet.version)
        lost++;
    }
  }

  // Two tabs saving one sheet on one version: exactly one wins, the other is told it is stale.
  let winners = 0;
  for (const { session, sheets } of scorers) {
    const sheet = sheets[0]!;
    const input = { stopId: sheet.stopId, baseVersion: sheet.version, scores: sheet.scores, comment: "并发保存" };
    const outcomes = await Promise.allSettled([save(database, session, input), save(database, session, input)]);
    const saved = outcomes.filter(
      (outcome) => outcome.status === "fulfilled" && outcome.value.status === "saved",
    ).length;
    if (saved === 1) winners++;
  }

  return {
    failed: failures.length,
    firstFailure: failures[0] ?? null,
    scorers: scorers.length,
    saves: latencies.length,
    seconds,
    perSecond: latencies.length / seconds,
    latency: summarise(latencies),
    lost,
    raceWinners: winners,
  };
}

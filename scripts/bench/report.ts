import { BUDGETS, type Checks } from "./budgets";
import type { LoadResult } from "./http";
import type { ThreeWays } from "./queries";
import type { SaveResult } from "./saves";
import { ms } from "./timing";

/** How each figure is printed, with its budget mark beside it. */

export const say = (line = "") => console.log(line);
const pad = (text: string, width: number) => text.padEnd(width);
export const x = (value: number) => `${value >= 10 ? value.toFixed(0) : value.toFixed(1)}x`;

export function threeWays(result: ThreeWays) {
  say(`  ${pad("", 10)} ${pad("median", 10)} p95`);
  for (const [way, label] of [
    ["platform", "platform"],
    ["raw", "raw SQL"],
    ["naive", "naive"],
  ] as const) {
    const timing = result[way];
    say(`  ${pad(label, 10)} ${pad(`${ms(timing.median)} ms`, 10)} ${ms(timing.p95)} ms   (${timing.runs} runs)`);
  }
  if (result.naiveFromTotals) {
    say(
      `  ${pad("naive (Σ)", 10)} ${pad(`${ms(result.naiveFromTotals.median)} ms`, 10)} ${ms(result.naiveFromTotals.p95)} ms   (${result.naiveFromTotals.runs} runs; naive over the sheets' stored totals, not their items; no budget)`,
    );
  }
  if (result.served) {
    say(
      `  ${pad("served", 10)} ${pad(`${ms(result.served.median)} ms`, 10)} ${ms(result.served.p95)} ms   (${result.served.runs} runs; the API between commits, from the snapshot cache; no budget)`,
    );
  }
  return { vsRaw: result.platform.median / result.raw.median, vsNaive: result.naive.median / result.platform.median };
}

export function rankingRatios(ratios: { vsRaw: number; vsNaive: number }, checks: Checks) {
  const raw = checks.mark(
    `rankings ${x(ratios.vsRaw)} raw (budget ≤ ${BUDGETS.rankingsVsRaw}x)`,
    ratios.vsRaw <= BUDGETS.rankingsVsRaw,
  );
  const naive = checks.mark(
    `rankings ${x(ratios.vsNaive)} naive (budget ≥ ${BUDGETS.rankingsVsNaive}x)`,
    ratios.vsNaive >= BUDGETS.rankingsVsNaive,
  );
  say(`  platform ÷ raw   ${pad(x(ratios.vsRaw), 6)} ${raw} (budget ≤ ${BUDGETS.rankingsVsRaw}x)`);
  say(`  naive ÷ platform ${pad(x(ratios.vsNaive), 6)} ${naive} (budget ≥ ${BUDGETS.rankingsVsNaive}x)`);
}

export function statementLine(
  page: string,
  counted: { total: number; milliseconds: number; bytes: number },
  checks: Checks,
) {
  const mark = checks.mark(
    `${page} ${counted.total} statements (budget ≤ ${BUDGETS.statementsPerPage})`,
    counted.total <= BUDGETS.statementsPerPage,
  );
  say(
    `  ${pad(page, 28)} ${pad(`${counted.total} statements`, 14)} ${mark} (budget ≤ ${BUDGETS.statementsPerPage})   ${ms(counted.milliseconds)} ms, ${Math.round(counted.bytes / 1024)} kB`,
  );
}

export function loadHeader() {
  say(
    `  ${pad("path", 27)} ${pad("conns", 6)} ${pad("req/s", 7)} ${pad("p50", 9)} ${pad("p95", 14)} ${pad("p99", 9)} errors`,
  );
}

export function loadLine(name: string, result: LoadResult, checks: Checks) {
  const pageBudget = name !== "rankings API" && result.connections === 10;
  const p95 = pageBudget
    ? `${ms(result.p95)} ms ${checks.mark(`${name} p95 ${ms(result.p95)} ms at 10 connections (budget ≤ ${BUDGETS.pageP95} ms)`, result.p95 <= BUDGETS.pageP95)}`
    : `${ms(result.p95)} ms`;
  const errors = checks.mark(
    `${name} ${result.errors} errors at ${result.connections} connections`,
    result.errors === BUDGETS.errors,
  );
  say(
    `  ${pad(result.path, 27)} ${pad(String(result.connections), 6)} ${pad(result.rps.toFixed(1), 7)} ${pad(`${ms(result.p50)} ms`, 9)} ${pad(p95, 14)} ${pad(`${ms(result.p99)} ms`, 9)} ${result.errors} ${errors}`,
  );
}

export function saveLines(saves: SaveResult, checks: Checks) {
  say(
    `  ${saves.saves} saves in ${saves.seconds.toFixed(1)} s: ${saves.perSecond.toFixed(1)} saves/s, median ${ms(saves.latency.median)} ms, p95 ${ms(saves.latency.p95)} ms`,
  );
  say(`  lost updates: ${saves.lost}   ${checks.mark(`${saves.lost} lost score-sheet updates`, saves.lost === 0)}`);
  say(
    `  failed saves: ${saves.failed}   ${checks.mark(`${saves.failed} failed score-sheet saves`, saves.failed === 0)}`,
  );
  const race = `${saves.raceWinners}/${saves.scorers}`;
  say(
    `  two saves raced on one version, exactly one winner: ${race}   ${checks.mark(`race ${race} single winners`, saves.raceWinners === saves.scorers)}`,
  );
}

/** The last line: the figures the issue names, and PASS or FAIL with the failed budgets. */
export function summary(
  figures: { vsRaw?: number; vsNaive?: number; homeP95?: number },
  checks: Checks,
  partial: string[] | null,
) {
  const failed = checks.failed;
  if (partial)
    say(`bench: a partial run (--only ${partial.join(",")}): the budgets of the parts left out were not checked`);
  const part = (value: number | undefined, text: (v: number) => string) => (value === undefined ? "n/a" : text(value));
  say(
    `bench: rankings ${part(figures.vsRaw, (v) => `${x(v)} raw`)}, ${part(figures.vsNaive, (v) => `${x(v)} naive`)}; ` +
      `home p95 ${part(figures.homeP95, (v) => `${ms(v)} ms`)}; budgets ${failed.length ? `FAIL (${failed.join("; ")})` : "PASS"}`,
  );
}

// `npm run bench [-- --quick] [-- --seed N]`: issue 7's benchmarks at province scale, by hand,
// never in CI. See docs/performance.md for what each figure means and the last full run.
import { readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { createPrismaClient } from "@/lib/prisma-client";
import { BUDGETS, Checks } from "./budgets";
import { prepareDataset, startBenchPostgres } from "./dataset";
import {
  benchApiToken,
  load,
  signIn,
  startWebServer,
  statementsPerRender,
  type LoadResult,
  type WebServer,
} from "./http";
import { measureQueries, type ThreeWays } from "./queries";
import { measureSaves } from "./saves";
import { FULL, organizations, QUICK, submittedSheets } from "./scale";
import { ms } from "./timing";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const args = process.argv.slice(2);
const scale = args.includes("--quick") ? QUICK : FULL;
const seedArg = args.indexOf("--seed");
const seed = seedArg >= 0 ? Number(args[seedArg + 1]) : 1;
const settings =
  scale.name === "full"
    ? { runs: { fast: 20, naive: 5 }, httpSeconds: 10, savesPerScorer: 50 }
    : { runs: { fast: 15, naive: 3 }, httpSeconds: 5, savesPerScorer: 20 };
const say = (line = "") => console.log(line);
const log = (line: string) => console.log(`  ${line}`);
const pad = (text: string, width: number) => text.padEnd(width);
const x = (value: number) => `${value >= 10 ? value.toFixed(0) : value.toFixed(1)}x`;

function threeWays(title: string, result: ThreeWays) {
  say(`  ${pad("", 10)} ${pad("median", 10)} p95`);
  for (const way of ["platform", "raw", "naive"] as const) {
    const label = { platform: "platform", raw: "raw SQL", naive: "naive" }[way];
    say(
      `  ${pad(label, 10)} ${pad(`${ms(result[way].median)} ms`, 10)} ${ms(result[way].p95)} ms   (${result[way].runs} runs)`,
    );
  }
  return {
    vsRaw: result.platform.median / result.raw.median,
    vsNaive: result.naive.median / result.platform.median,
    title,
  };
}

async function main() {
  const started = Date.now();
  const checks = new Checks();
  const cpu =
    readFileSync("/proc/cpuinfo", "utf8").match(/model name\s*:\s*(.*)/)?.[1] ?? os.cpus()[0]?.model ?? "unknown CPU";
  say(
    `bench: ${scale.name} run, seed ${seed}, on ${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB memory`,
  );
  say(
    `bench: load average at start ${os
      .loadavg()
      .map((value) => value.toFixed(2))
      .join(" ")}; other work on this machine makes every figure noisy.`,
  );
  say(
    `bench: ${scale.enterprises.toLocaleString("en")} enterprises, ${organizations(scale).toLocaleString("en")} party organisations, 3 phases, ${scale.tours.toLocaleString("en")} tours, ${submittedSheets(scale).toLocaleString("en")} submitted sheets × 10 items, ${scale.assetMonths} months × ${scale.enterprises} enterprises of assets, ${scale.problems.toLocaleString("en")} problems`,
  );

  say("\nData");
  const postgres = await startBenchPostgres(root, log);
  let web: WebServer | undefined;
  try {
    const { url, layout } = await prepareDataset(postgres, scale, seed, log);
    const database = createPrismaClient(url);
    const raw = new pg.Pool({ connectionString: url, max: 4 });
    raw.on("error", () => {});

    say("\n1–2. Queries, each checked against the others first");
    const queries = await measureQueries(database, raw, layout.phaseIds[0]!, settings.runs, log);
    say(
      `\n1. Rankings of phase ${layout.phaseIds[0]} (${queries.rankings.rows.toLocaleString("en")} organisations, ${(submittedSheets(scale) / 3).toLocaleString("en")} sheets)`,
    );
    const rankings = threeWays("rankings", queries.rankings);
    say(
      `  platform ÷ raw   ${x(rankings.vsRaw)}   ${checks.mark(`rankings ${x(rankings.vsRaw)} raw (budget ≤ ${BUDGETS.rankingsVsRaw}x)`, rankings.vsRaw <= BUDGETS.rankingsVsRaw)} (budget ≤ ${BUDGETS.rankingsVsRaw}x)`,
    );
    say(
      `  naive ÷ platform ${x(rankings.vsNaive)}   ${checks.mark(`rankings ${x(rankings.vsNaive)} naive (budget ≥ ${BUDGETS.rankingsVsNaive}x)`, rankings.vsNaive >= BUDGETS.rankingsVsNaive)} (budget ≥ ${BUDGETS.rankingsVsNaive}x)`,
    );
    say(`\n2. Asset progress (${scale.enterprises} enterprises × ${queries.assets.rows} months)`);
    const assets = threeWays("assets", queries.assets);
    say(`  platform ÷ raw   ${x(assets.vsRaw)}   (no budget)`);
    say(`  naive ÷ platform ${x(assets.vsNaive)}   (no budget)`);

    say("\nHTTP server");
    web = await startWebServer(root, url, log);
    const cookie = await signIn("bench-leader");
    const token = await benchApiToken(raw);
    log("signed in as bench-leader (session cookie) and made an API token");
    const pages: { name: string; path: string; headers: Record<string, string> }[] = [
      { name: "leader home", path: "/", headers: { cookie } },
      { name: "rankings page", path: "/rankings", headers: { cookie } },
      {
        name: "rankings API",
        path: `/api/v1/phases/${layout.phaseIds[0]}/rankings`,
        headers: { authorization: `Bearer ${token}` },
      },
    ];

    say("\n5. SQL statements per render (pg_stat_statements on the server, one request with nothing else running)");
    const statements: Record<string, number> = {};
    for (const page of pages.slice(0, 2)) {
      statements[page.name] = await statementsPerRender(raw, page.path, page.headers);
      say(
        `  ${pad(page.name, 14)} ${statements[page.name]} statements   ${checks.mark(`${page.name} ${statements[page.name]} statements (budget ≤ ${BUDGETS.statementsPerPage})`, statements[page.name]! <= BUDGETS.statementsPerPage)} (budget ≤ ${BUDGETS.statementsPerPage})`,
      );
    }

    say(`\n3. HTTP load: autocannon on 127.0.0.1, ${settings.httpSeconds} s per line after a warm-up request`);
    say(
      `  ${pad("path", 26)} ${pad("conns", 6)} ${pad("req/s", 8)} ${pad("p50", 9)} ${pad("p95", 9)} ${pad("p99", 9)} errors`,
    );
    const results: (LoadResult & { name: string })[] = [];
    for (const page of pages) {
      await fetch(`http://127.0.0.1:3152${page.path}`, { headers: page.headers }).then((response) =>
        response.arrayBuffer(),
      );
      for (const connections of [1, 10]) {
        const result = await load(page.path, page.headers, connections, settings.httpSeconds);
        results.push({ ...result, name: page.name });
        const p95Budget = page.name !== "rankings API" && connections === 10;
        const p95Mark = p95Budget
          ? ` ${checks.mark(`${page.name} p95 ${ms(result.p95)} ms at 10 connections (budget ≤ ${BUDGETS.pageP95} ms)`, result.p95 <= BUDGETS.pageP95)}`
          : "";
        const errorMark = checks.mark(
          `${page.name} ${result.errors} errors at ${connections} connections`,
          result.errors === BUDGETS.errors,
        );
        say(
          `  ${pad(page.path, 26)} ${pad(String(connections), 6)} ${pad(result.rps.toFixed(1), 8)} ${pad(`${ms(result.p50)} ms`, 9)} ${pad(`${ms(result.p95)} ms${p95Mark}`, 9)} ${pad(`${ms(result.p99)} ms`, 9)} ${result.errors} ${errorMark}`,
        );
      }
    }
    await web.stop();
    web = undefined;

    say("\n4. Score-sheet saves through lib/scoring (20 concurrent scorers, autosave of drafts)");
    const saves = await measureSaves(database, layout, settings.savesPerScorer);
    say(
      `  ${saves.saves} saves in ${saves.seconds.toFixed(1)} s: ${saves.perSecond.toFixed(1)} saves/s, median ${ms(saves.latency.median)} ms, p95 ${ms(saves.latency.p95)} ms`,
    );
    say(`  lost updates: ${saves.lost}   ${checks.mark(`${saves.lost} lost score-sheet updates`, saves.lost === 0)}`);
    say(
      `  two saves raced on one version, one winner each: ${saves.raceWinners}   ${checks.mark(`race winners ${saves.raceWinners}`, saves.raceWinners === `${saves.scorers}/${saves.scorers}`)}`,
    );

    await raw.end();
    await database.$disconnect();
    const home = results.find((result) => result.name === "leader home" && result.connections === 10)!;
    const failed = checks.failed;
    say(
      `\nbench: finished in ${Math.round((Date.now() - started) / 1000)} s; load average now ${os
        .loadavg()
        .map((value) => value.toFixed(2))
        .join(" ")}`,
    );
    if (failed.length) say(`bench: failed budgets: ${failed.join("; ")}`);
    say(
      `bench: rankings ${x(rankings.vsRaw)} raw, ${x(rankings.vsNaive)} naive; home p95 ${ms(home.p95)} ms; budgets ${failed.length ? `FAIL (${failed.join("; ")})` : "PASS"}`,
    );
  } finally {
    await web?.stop();
    await postgres.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

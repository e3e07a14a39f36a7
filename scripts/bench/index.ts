// `npm run bench [-- --quick] [-- --seed N]`: issue 7's benchmarks at province scale, by hand,
// never in CI. See docs/performance.md for what each figure means and the last full run.
import { readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { createPrismaClient } from "@/lib/prisma-client";
import { Checks } from "./budgets";
import { prepareDataset, startBenchPostgres } from "./dataset";
import {
  benchApiToken,
  load,
  signIn,
  startWebServer,
  statementsPerRender,
  waitForIdle,
  webOrigin,
  type WebServer,
} from "./http";
import { measureQueries } from "./queries";
import { loadHeader, loadLine, rankingRatios, saveLines, say, statementLine, summary, threeWays, x } from "./report";
import { measureSaves } from "./saves";
import { FULL, organizations, QUICK, submittedSheets } from "./scale";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const args = process.argv.slice(2);
const scale = args.includes("--quick") ? QUICK : FULL;
const seedArg = args.indexOf("--seed");
const seed = seedArg >= 0 ? Number(args[seedArg + 1]) : 1;
const settings =
  scale.name === "full"
    ? { runs: { fast: 20, naive: 5 }, httpSeconds: 10, savesPerScorer: 50 }
    : { runs: { fast: 15, naive: 3 }, httpSeconds: 5, savesPerScorer: 20 };
/** `--only data,queries,http,saves` runs a part of the bench (while working on one figure). */
const onlyArg = args.indexOf("--only");
const only = new Set(onlyArg >= 0 ? (args[onlyArg + 1] ?? "").split(",") : ["data", "queries", "http", "saves"]);
const verbose = args.includes("--verbose");
const log = (line: string) => console.log(`  ${line}`);
const loadAverage = () =>
  os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(" ");

async function main() {
  const started = Date.now();
  const checks = new Checks();
  const figures: { vsRaw?: number; vsNaive?: number; homeP95?: number } = {};
  const cpu = readFileSync("/proc/cpuinfo", "utf8").match(/model name\s*:\s*(.*)/)?.[1] ?? "unknown CPU";
  say(
    `bench: ${scale.name} run, seed ${seed}, on ${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB memory`,
  );
  say(`bench: load average at start ${loadAverage()}; other work on this machine makes every figure noisy.`);
  say(
    `bench: ${scale.enterprises.toLocaleString("en")} enterprises, ${organizations(scale).toLocaleString("en")} party organisations, 3 phases, ` +
      `${scale.tours.toLocaleString("en")} tours, ${submittedSheets(scale).toLocaleString("en")} submitted sheets × 10 items, ` +
      `${scale.assetMonths} months × ${scale.enterprises} enterprises of assets, ${scale.problems.toLocaleString("en")} problems`,
  );

  say("\nData");
  const postgres = await startBenchPostgres(root, log);
  let web: WebServer | undefined;
  try {
    const { url, layout } = await prepareDataset(postgres, scale, seed, log);
    const database = createPrismaClient(url);
    const raw = new pg.Pool({ connectionString: url, max: 4 });
    raw.on("error", () => {});
    const rankedPhase = layout.phaseIds[0]!;

    if (only.has("queries")) {
      say("\n1–2. Queries, each way checked against the others first");
      const queries = await measureQueries(database, raw, rankedPhase, settings.runs, log);
      say(
        `\n1. Rankings of phase ${rankedPhase} (${queries.rankings.rows.toLocaleString("en")} organisations, ${(submittedSheets(scale) / 3).toLocaleString("en")} sheets)`,
      );
      const ratios = threeWays(queries.rankings);
      rankingRatios(ratios, checks);
      Object.assign(figures, ratios);
      say(`\n2. Asset progress (${scale.enterprises} enterprises × ${queries.assets.rows} months)`);
      const assets = threeWays(queries.assets);
      say(`  platform ÷ raw   ${x(assets.vsRaw)}    (no budget)`);
      say(`  naive ÷ platform ${x(assets.vsNaive)}    (no budget)`);
    }

    if (only.has("saves")) {
      say("\n4. Score-sheet saves through lib/scoring (20 concurrent scorers, autosaves of drafts)");
      const saves = await measureSaves(database, layout, settings.savesPerScorer);
      saveLines(saves, checks);
      if (saves.firstFailure) say(`  first failure: ${saves.firstFailure}`);
    }

    if (only.has("http")) {
      say("\nHTTP server");
      web = await startWebServer(root, url, log);
      const cookie = await signIn("bench-leader");
      const token = await benchApiToken(raw);
      log("signed in as bench-leader (session cookie) and made an API token");
      const pages = [
        { name: "leader home", path: "/", headers: { cookie } as Record<string, string> },
        { name: "rankings page", path: "/rankings", headers: { cookie } as Record<string, string> },
        {
          name: "rankings API",
          path: `/api/v1/phases/${rankedPhase}/rankings`,
          headers: { authorization: `Bearer ${token}` } as Record<string, string>,
        },
      ];

      say("\n5. SQL statements per render (pg_stat_statements on the server; one request, nothing else running)");
      for (const page of pages.slice(0, 2)) {
        // The first render after start computes everything; the second finds the snapshot cache warm.
        for (const render of ["first render", "second render"]) {
          await waitForIdle(raw);
          const counted = await statementsPerRender(raw, page.path, page.headers);
          statementLine(`${page.name}, ${render}`, counted, checks);
          if (verbose) for (const line of counted.lines) say(`      ${line}`);
        }
      }

      say(`\n3. HTTP load: autocannon on 127.0.0.1, ${settings.httpSeconds} s per line, after a warm-up request`);
      loadHeader();
      for (const page of pages) {
        await fetch(`${webOrigin}${page.path}`, { headers: page.headers }).then((response) => response.arrayBuffer());
        for (const connections of [1, 10]) {
          await waitForIdle(raw);
          const result = await load(page.path, page.headers, connections, settings.httpSeconds);
          loadLine(page.name, result, checks);
          if (page.name === "leader home" && connections === 10) figures.homeP95 = result.p95;
        }
      }
      await web.stop();
      web = undefined;
    }

    await raw.end();
    await database.$disconnect();
    say(`\nbench: finished in ${Math.round((Date.now() - started) / 1000)} s; load average now ${loadAverage()}`);
    summary(figures, checks, [...only].join(",") === "data,queries,http,saves" ? null : [...only]);
  } finally {
    await web?.stop();
    await postgres.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

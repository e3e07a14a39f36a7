import type pg from "pg";
import { copyRows, type CopyValue } from "./copy";
import { seededRandom, type Random } from "./prng";
import { ITEMS_PER_RUBRIC, organizations, type Scale } from "./scale";

/**
 * Fills an empty, migrated database with a province-sized campaign, from a seed (see scale.ts for
 * the layout). Everything goes in with COPY inside one transaction, in an order that lets every
 * constraint and trigger of the schema run as it would for the application: rubrics before their
 * submitted sheets (the freeze trigger), parents before children (the level trigger), bookings
 * that never overlap (the exclusion constraints), closed phases with their closing time.
 * Historical sheets get no revision or audit rows: the measured reads never look at those.
 */

export const BENCH_PASSWORD = "Bench-Measure-2026!";
export const ADMIN_ID = 1;
export const LEADER_ID = 2;
const FIRST_SCORER_ID = 3;
const YEAR = 2026;
const INDUSTRIES = ["能源", "交通", "城建", "水务", "港航", "金融", "产业", "文旅", "农垦", "医药"];
const DEPARTMENTS = ["生产", "营销", "物流", "财务", "研发", "综合", "安全", "工程", "客服", "信息"];
const CATEGORIES = ["组织体系", "阵地建设", "党建品牌", "党建与业务融合", "党员教育管理", "成效与示范作用"];
const PHASES = [
  { kind: "INTERNAL", name: "内部观摩", startsOn: "2026-03-01", endsOn: "2026-05-31", status: "CLOSED" },
  { kind: "CROSS", name: "交叉观摩", startsOn: "2026-06-01", endsOn: "2026-08-31", status: "CLOSED" },
  { kind: "DEMONSTRATION", name: "示范观摩", startsOn: "2026-09-01", endsOn: "2026-12-20", status: "ACTIVE" },
] as const;

export type Layout = ReturnType<typeof layoutOf>;

/** Ids and counts that the measurements need to find their way in the data set. */
export function layoutOf(scale: Scale) {
  const orgs = organizations(scale);
  const scorers = scale.lanes * scale.scorersPerTour;
  return {
    phaseIds: [1, 2, 3],
    organizations: orgs,
    scorers,
    /** The last scoring member of each lane never submitted: the save benchmark scores for them. */
    lateScorerOf: (lane: number) => FIRST_SCORER_ID + lane * scale.scorersPerTour + scale.scorersPerTour - 1,
    /** Stops of the active phase (3) in a lane, for the save benchmark. */
    toursPerPhase: (phase: number) => Math.floor(scale.tours / 3) + (phase < scale.tours % 3 ? 1 : 0),
  };
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const chinaTime = (date: Date, hour: number, minute: number) =>
  new Date(date.getTime() + ((hour - 8) * 60 + minute) * 60_000);
const halves = (value: number) => (value / 2).toFixed(1);

export async function generate(
  client: pg.PoolClient,
  scale: Scale,
  seed: number,
  passwordHash: string,
  log: (line: string) => void,
) {
  const random = seededRandom(seed);
  const layout = layoutOf(scale);
  const now = new Date(`${YEAR}-11-20T02:00:00Z`);
  const count = async (table: string, columns: string[], rows: Iterable<readonly CopyValue[]>) => {
    const started = Date.now();
    const n = await copyRows(client, table, columns, rows);
    log(`  ${table}: ${n.toLocaleString("en")} rows in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  };

  // ── Enterprises, party organisations, sites ──
  await count(
    "Enterprise",
    ["id", "name", "shortName", "category", "countsTowardAssetTarget", "sortOrder", "updatedAt"],
    (function* () {
      for (let e = 1; e <= scale.enterprises; e++) {
        const industry = INDUSTRIES[e % INDUSTRIES.length]!;
        yield [e, `省${industry}第${e}集团有限公司`, `${industry}${e}`, "MUNICIPAL", true, e, now];
      }
    })(),
  );
  const orgEnterprise = (id: number) => Math.floor((id - 1) / scale.organizationsPerEnterprise) + 1;
  await count(
    "PartyOrganization",
    ["id", "enterpriseId", "parentId", "name", "level", "memberCount", "sortOrder", "updatedAt"],
    (function* () {
      for (let id = 1; id <= layout.organizations; id++) {
        const e = orgEnterprise(id);
        const j = (id - 1) % scale.organizationsPerEnterprise;
        const first = id - j;
        const short = `${INDUSTRIES[e % INDUSTRIES.length]}${e}`;
        if (j === 0) yield [id, e, null, `${short}党委`, "COMMITTEE", random.int(200, 2000), j, now];
        else if (j <= 3) yield [id, e, first, `${short}第${j}党总支`, "GENERAL_BRANCH", random.int(50, 300), j, now];
        else
          yield [
            id,
            e,
            first + 1 + (j % 3),
            `${short}${DEPARTMENTS[j % 10]}第${j}党支部`,
            "BRANCH",
            random.int(8, 60),
            j,
            now,
          ];
      }
    })(),
  );
  await count(
    "Site",
    ["id", "partyOrganizationId", "name", "theme", "highlights", "address", "capacity", "updatedAt"],
    (function* () {
      for (let id = 1; id <= layout.organizations; id++) {
        yield [id, id, `观摩点${id}`, "党建进车间", "学习角、党员先锋岗", `省城第${id}号`, random.int(20, 80), now];
      }
    })(),
  );

  // ── People ──
  await count(
    "User",
    ["id", "username", "displayName", "title", "passwordHash", "role", "updatedAt"],
    (function* () {
      yield [ADMIN_ID, "bench-admin", "测评管理员", "党建工作人员", passwordHash, "ADMIN", now];
      yield [LEADER_ID, "bench-leader", "测评领导", "领导班子成员", passwordHash, "LEADER", now];
      for (let s = 0; s < layout.scorers; s++) {
        yield [FIRST_SCORER_ID + s, `scorer-${s + 1}`, `评分员${s + 1}`, "观摩团成员", passwordHash, "LEADER", now];
      }
    })(),
  );

  // ── Campaign, phases, tiers, rubrics ──
  await count(
    "Campaign",
    ["id", "year", "name", "goals", "updatedAt"],
    [
      [
        1,
        YEAR,
        `${YEAR}年省国资系统党建“大观摩”活动（测评数据）`,
        ["找差距补短板", "挖亮点推经验", "激活力促提升"],
        now,
      ],
    ],
  );
  await count(
    "Phase",
    [
      "id",
      "campaignId",
      "kind",
      "sequence",
      "name",
      "startsOn",
      "endsOn",
      "status",
      "excludeOwnEnterprise",
      "closedAt",
      "resultsPublishedAt",
      "updatedAt",
    ],
    PHASES.map((phase, index) => [
      index + 1,
      1,
      phase.kind,
      index + 1,
      phase.name,
      phase.startsOn,
      phase.endsOn,
      phase.status,
      index > 0,
      phase.status === "CLOSED" ? day(phase.endsOn) : null,
      phase.status === "CLOSED" ? day(phase.endsOn) : null,
      now,
    ]),
  );
  await count(
    "PhaseTier",
    ["phaseId", "name", "rank", "minScore"],
    (function* () {
      for (const phase of layout.phaseIds) {
        yield [phase, "好", 1, "90"];
        yield [phase, "较好", 2, "80"];
        yield [phase, "一般", 3, "60"];
        yield [phase, "差", 4, null];
      }
    })(),
  );
  await count(
    "Rubric",
    ["id", "phaseId", "version", "title", "status", "activatedAt"],
    layout.phaseIds.map((phase) => [
      phase,
      phase,
      1,
      `${PHASES[phase - 1]!.name}评分细则`,
      "ACTIVE",
      day(PHASES[phase - 1]!.startsOn),
    ]),
  );
  await count(
    "RubricCategory",
    ["id", "rubricId", "name", "sequence"],
    (function* () {
      for (const phase of layout.phaseIds)
        for (const [c, name] of CATEGORIES.entries())
          yield [(phase - 1) * CATEGORIES.length + c + 1, phase, name, c + 1];
    })(),
  );
  const itemId = (phase: number, item: number) => (phase - 1) * ITEMS_PER_RUBRIC + item + 1;
  await count(
    "RubricItem",
    ["id", "rubricId", "categoryId", "title", "maxPoints", "sequence"],
    (function* () {
      for (const phase of layout.phaseIds)
        for (let i = 0; i < ITEMS_PER_RUBRIC; i++)
          yield [
            itemId(phase, i),
            phase,
            (phase - 1) * CATEGORIES.length + (i % CATEGORIES.length) + 1,
            `评分条目${i + 1}`,
            "10",
            i + 1,
          ];
    })(),
  );

  // ── Tours, stops, delegations, bookings, sheets ──
  // Each organisation has a quality, each scorer a leniency: sheets cluster like real ones do.
  const quality = Array.from({ length: layout.organizations + 1 }, () => 55 + random.next() * 40);
  const leniency = Array.from({ length: layout.scorers + FIRST_SCORER_ID }, () => random.normal() * 3);
  const sitesPerLane = Math.floor(layout.organizations / scale.lanes);
  type Tour = {
    id: number;
    phase: number;
    lane: number;
    startsAt: Date;
    endsAt: Date;
    stops: { id: number; site: number; arriveAt: Date; departAt: Date }[];
  };
  const tours: Tour[] = [];
  let tourId = 0;
  let stopId = 0;
  for (const phase of layout.phaseIds) {
    for (let t = 0; t < layout.toursPerPhase(phase - 1); t++) {
      const lane = t % scale.lanes;
      const k = Math.floor(t / scale.lanes);
      const date = new Date(day(PHASES[phase - 1]!.startsOn).getTime() + k * 86_400_000);
      const stops = Array.from({ length: scale.stopsPerTour }, (_, s) => {
        const siteIndex = (k * scale.stopsPerTour + s) % sitesPerLane;
        return {
          id: ++stopId,
          site: lane + siteIndex * scale.lanes + 1,
          arriveAt: chinaTime(date, 14, s * 65),
          departAt: chinaTime(date, 14, s * 65 + 50),
        };
      });
      tours.push({
        id: ++tourId,
        phase,
        lane,
        startsAt: chinaTime(date, 13, 30),
        endsAt: chinaTime(date, 17, 30),
        stops,
      });
    }
  }
  const members = (lane: number) =>
    Array.from({ length: scale.scorersPerTour }, (_, m) => FIRST_SCORER_ID + lane * scale.scorersPerTour + m);

  await count(
    "Tour",
    ["id", "phaseId", "title", "startsAt", "endsAt", "status", "publishedAt", "createdById", "updatedAt"],
    tours.map((tour) => [
      tour.id,
      tour.phase,
      `观摩活动${tour.id}`,
      tour.startsAt,
      tour.endsAt,
      "COMPLETED",
      tour.startsAt,
      ADMIN_ID,
      now,
    ]),
  );
  await count(
    "TourStop",
    ["id", "tourId", "siteId", "sequence", "arriveAt", "departAt", "programme"],
    (function* () {
      for (const tour of tours)
        for (const [s, stop] of tour.stops.entries())
          yield [stop.id, tour.id, stop.site, s + 1, stop.arriveAt, stop.departAt, ["BRIEFING", "ON_SITE", "EXCHANGE"]];
    })(),
  );
  await count(
    "DelegationMember",
    ["tourId", "userId", "part", "isScoring"],
    (function* () {
      for (const tour of tours)
        for (const [m, user] of members(tour.lane).entries()) yield [tour.id, user, m === 0 ? "HEAD" : "MEMBER", true];
    })(),
  );
  await count(
    "TourSiteBooking",
    ["tourId", "stopId", "siteId", "startsAt", "endsAt"],
    (function* () {
      for (const tour of tours)
        for (const stop of tour.stops) yield [tour.id, stop.id, stop.site, stop.arriveAt, stop.departAt];
    })(),
  );
  await count(
    "TourPersonBooking",
    ["tourId", "userId", "startsAt", "endsAt"],
    (function* () {
      for (const tour of tours)
        for (const user of members(tour.lane)) yield [tour.id, user, tour.startsAt, tour.endsAt];
    })(),
  );

  // Sheets and their item scores are drawn together, so each sheet's total is its items' sum. The
  // draw runs twice from the same seed (once per table), rather than holding 3 million rows in memory.
  function* drawSheets() {
    const draw = seededRandom(seed ^ 0x5eed);
    let id = 0;
    for (const tour of tours) {
      const scorers = members(tour.lane).slice(0, -1);
      for (const stop of tour.stops) {
        for (const scorer of scorers) {
          const base = (quality[stop.site]! + leniency[scorer]!) / 10;
          const scores = Array.from({ length: ITEMS_PER_RUBRIC }, () =>
            Math.max(0, Math.min(20, Math.round((base + draw.normal() * 0.8) * 2))),
          );
          yield { id: ++id, tour, stop, scorer, scores };
        }
      }
    }
  }
  await count(
    "ScoreSheet",
    [
      "id",
      "stopId",
      "scorerId",
      "phaseId",
      "partyOrganizationId",
      "rubricId",
      "status",
      "total",
      "comment",
      "version",
      "submittedAt",
      "updatedAt",
    ],
    (function* () {
      for (const { id, tour, stop, scorer, scores } of drawSheets()) {
        const total = scores.reduce((sum, h) => sum + h, 0);
        yield [
          id,
          stop.id,
          scorer,
          tour.phase,
          stop.site,
          tour.phase,
          "SUBMITTED",
          halves(total),
          "",
          1,
          stop.departAt,
          stop.departAt,
        ];
      }
    })(),
  );
  await count(
    "ItemScore",
    ["sheetId", "itemId", "score", "maxPoints"],
    (function* () {
      for (const { id, tour, scores } of drawSheets())
        for (const [i, h] of scores.entries()) yield [id, itemId(tour.phase, i), halves(h), "10"];
    })(),
  );

  // ── Problems ──
  const stopsPerPhase = tours.filter((tour) => tour.phase === 1).length * scale.stopsPerTour;
  await count(
    "Problem",
    [
      "id",
      "phaseId",
      "enterpriseId",
      "partyOrganizationId",
      "rubricItemId",
      "source",
      "stopId",
      "description",
      "severity",
      "owner",
      "deadline",
      "status",
      "closedAt",
      "createdById",
      "updatedAt",
    ],
    (function* () {
      for (let id = 1; id <= scale.problems; id++) {
        const phase = random.int(1, 3);
        const tour =
          tours[
            Math.min(
              tours.length - 1,
              (phase - 1) * (stopsPerPhase / scale.stopsPerTour) +
                random.int(0, stopsPerPhase / scale.stopsPerTour - 1),
            )
          ]!;
        const stop = random.pick(tour.stops);
        const status = random.pick(["OPEN", "RECTIFYING", "AWAITING_VERIFICATION", "CLOSED", "CLOSED"] as const);
        const deadline = new Date(stop.arriveAt.getTime() + random.int(30, 120) * 86_400_000)
          .toISOString()
          .slice(0, 10);
        yield [
          id,
          tour.phase,
          orgEnterprise(stop.site),
          stop.site,
          itemId(tour.phase, random.int(0, ITEMS_PER_RUBRIC - 1)),
          "TOUR",
          stop.id,
          `问题${id}：阵地建设有待加强`,
          random.pick(["MINOR", "MINOR", "MAJOR", "SEVERE"] as const),
          `责任人${id % 97}`,
          deadline,
          status,
          status === "CLOSED" ? now : null,
          ADMIN_ID,
          now,
        ];
      }
    })(),
  );

  // ── Assets: 120 month-ends per enterprise, growing about 8% a year ──
  const lastMonth = new Date(Date.UTC(YEAR, 9, 1));
  await count(
    "AssetFigure",
    ["enterpriseId", "month", "totalAssets", "filedById", "updatedAt"],
    (function* () {
      for (let e = 1; e <= scale.enterprises; e++) {
        let value = 5 + random.next() * 40;
        for (let m = scale.assetMonths - 1; m >= 0; m--) {
          const month = new Date(Date.UTC(lastMonth.getUTCFullYear(), lastMonth.getUTCMonth() - m, 1));
          value *= 1 + 0.0064 + random.normal() * 0.004;
          yield [e, month.toISOString().slice(0, 10), value.toFixed(2), ADMIN_ID, now];
        }
      }
    })(),
  );
  const system = scale.enterprises * 30;
  await count(
    "AssetTarget",
    ["year", "amount", "label", "updatedAt"],
    [
      [YEAR, String(system), `${YEAR}年目标`, now],
      [2030, String(system * 2), "2030年目标", now],
    ],
  );

  // Explicit ids were written: move every sequence past them.
  await client.query(`
    DO $$ DECLARE r record; BEGIN
      FOR r IN SELECT c.relname AS tbl, a.attname AS col, pg_get_serial_sequence(format('%I', c.relname), a.attname) AS seq
               FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid
               WHERE c.relkind = 'r' AND c.relnamespace = 'public'::regnamespace AND a.attnum > 0
                 AND pg_get_serial_sequence(format('%I', c.relname), a.attname) IS NOT NULL LOOP
        EXECUTE format('SELECT setval(%L, coalesce((SELECT max(%I) FROM %I), 0) + 1, false)', r.seq, r.col, r.tbl);
      END LOOP;
    END $$`);
  return layout;
}

export type { Random };

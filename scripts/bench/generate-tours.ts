import { seededRandom } from "./prng";
import { ITEMS_PER_RUBRIC } from "./scale";
import {
  ADMIN_ID,
  FIRST_SCORER_ID,
  PHASES,
  chinaTime,
  day,
  halves,
  itemId,
  type GenerationContext,
} from "./generate-shared";

/**
 * Tours, stops, delegations, bookings, submitted sheets and their item scores. Tours run in
 * lanes (own scorers, own sites, one tour a day), so no site and no person is booked twice at once.
 */
export async function writeToursAndSheets({ scale, layout, seed, random, now, count }: GenerationContext) {
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
  return tours;
}

export type GeneratedTour = Awaited<ReturnType<typeof writeToursAndSheets>>[number];

import { ADMIN_ID, YEAR, itemId, orgEnterprise, type GenerationContext } from "./generate-shared";
import { ITEMS_PER_RUBRIC } from "./scale";
import type { GeneratedTour } from "./generate-tours";

/** Problems found on the tours' stops, in every status. */
export async function writeProblems({ scale, random, now, count }: GenerationContext, tours: GeneratedTour[]) {
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
          orgEnterprise(scale, stop.site),
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
}

/** Month-end asset figures for every enterprise and the system's targets. */
export async function writeAssets({ scale, random, now, count }: GenerationContext) {
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
}

import "server-only";
import type { Transaction } from "@/lib/prisma-client";
import { calendarDateKey } from "@/lib/campaign/dates";
import { formatDate } from "@/lib/format";

type TourOutside = { id: number; title: string; startsAt: Date; before: boolean };

/**
 * Whether any tour of the phase (cancelled ones aside) would fall outside a new window, judged on
 * its China calendar days. Answers the field to blame and a message naming the tours, or null.
 */
export async function toursOutsideWindow(tx: Transaction, phaseId: number, startsOn: Date, endsOn: Date) {
  const start = calendarDateKey(startsOn);
  const end = calendarDateKey(endsOn);
  const rows = await tx.$queryRaw<TourOutside[]>`
    SELECT "id", "title", "startsAt",
           ("startsAt" AT TIME ZONE 'Asia/Shanghai')::date < ${start}::date AS "before"
      FROM "Tour"
     WHERE "phaseId" = ${phaseId}
       AND "status" <> 'CANCELLED'
       AND (("startsAt" AT TIME ZONE 'Asia/Shanghai')::date < ${start}::date
         OR ("endsAt" AT TIME ZONE 'Asia/Shanghai')::date > ${end}::date)
     ORDER BY "startsAt"
     LIMIT 4`;
  if (rows.length === 0) return null;
  const named = rows.slice(0, 3).map((tour) => `「${tour.title}」（${formatDate(tour.startsAt)}）`);
  const more = rows.length > 3 ? "等" : "";
  return {
    field: rows[0]!.before ? "startsOn" : "endsOn",
    message: `观摩活动${named.join("、")}${more}将落在新的时间范围之外，请先调整或取消这些活动`,
  };
}

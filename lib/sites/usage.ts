import "server-only";
import type { Transaction } from "@/lib/prisma-client";
import { formatDate } from "@/lib/format";

/**
 * The first tour still to come (draft or published, not yet ended) that visits one of these
 * sites, as a message naming it and the site; null when there is none. Taking a site out of use
 * under such a tour would leave the tour pointing at an inactive site, so staff move the tour
 * first.
 */
export async function upcomingTourUsing(tx: Transaction, siteIds: readonly number[], now: Date = new Date()) {
  if (siteIds.length === 0) return null;
  const stop = await tx.tourStop.findFirst({
    where: { siteId: { in: [...siteIds] }, tour: { status: { in: ["DRAFT", "PUBLISHED"] }, endsAt: { gt: now } } },
    orderBy: { arriveAt: "asc" },
    select: { site: { select: { name: true } }, tour: { select: { title: true, startsAt: true } } },
  });
  if (!stop) return null;
  return `观摩点「${stop.site.name}」已安排在观摩活动「${stop.tour.title}」（${formatDate(stop.tour.startsAt)}）中，请先调整或取消该活动`;
}

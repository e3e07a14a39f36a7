import { Prisma } from "@/lib/generated/prisma/client";
import { randomIndex, type Random } from "./random";

/**
 * Scores move in steps of 0.5 (a CHECK in the database holds it), so the seed counts in half
 * points, as integers, and only turns them into decimals at the end.
 */
export function halvesToDecimal(halves: number): Prisma.Decimal {
  return new Prisma.Decimal(halves).dividedBy(2);
}

export function pointsToHalves(points: number): number {
  const halves = points * 2;
  if (!Number.isInteger(halves)) throw new Error(`Seed data: ${points} is not a multiple of 0.5`);
  return halves;
}

/**
 * Spreads a total over rubric items: each item gets about its share of the total, with a little
 * noise, never more than its maximum, and the items add up to the total exactly.
 */
export function splitIntoItems<Item extends { maxHalves: number }>(
  random: Random,
  totalHalves: number,
  items: readonly Item[],
): { item: Item; halves: number }[] {
  const available = items.reduce((sum, item) => sum + item.maxHalves, 0);
  if (totalHalves < 0 || totalHalves > available) {
    throw new Error(`Seed data: a total of ${totalHalves / 2} cannot be spread over items worth ${available / 2}`);
  }
  const share = totalHalves / available;
  const scores = items.map((item) => ({
    item,
    halves: Math.min(item.maxHalves, Math.max(0, Math.round(item.maxHalves * share + (random() - 0.5) * 2))),
  }));
  let missing = totalHalves - scores.reduce((sum, score) => sum + score.halves, 0);
  while (missing !== 0) {
    const score = scores[randomIndex(random, scores.length)];
    if (score === undefined) continue;
    if (missing > 0 && score.halves < score.item.maxHalves) {
      score.halves += 1;
      missing -= 1;
    } else if (missing < 0 && score.halves > 0) {
      score.halves -= 1;
      missing += 1;
    }
  }
  return scores;
}

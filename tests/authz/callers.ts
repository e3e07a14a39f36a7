/**
 * The seven kinds of caller of the authorization matrix, and the demo account that plays each.
 * Enterprise A is 市水务集团, enterprise B 城投集团. "The tour" is 交叉观摩第二组 (cross-2): published,
 * its sheets still open; 交投集团's secretary scores on it, 国投集团's does not. The scorers are
 * secretaries too (that is who scores), so on enterprise-scoped rows of A they answer as any
 * secretary of another enterprise would.
 */
export const CALLERS = ["anonymous", "admin", "leader", "secretaryA", "secretaryB", "scorerOn", "scorerOff"] as const;

export type Caller = (typeof CALLERS)[number];
export type SignedInCaller = Exclude<Caller, "anonymous">;

export const CALLER_USERNAMES: Record<SignedInCaller, string> = {
  admin: "admin",
  leader: "leader",
  secretaryA: "secretary",
  secretaryB: "sec-chengtou",
  scorerOn: "observer",
  scorerOff: "sec-guotou",
};

export const CALLER_LABELS: Record<Caller, string> = {
  anonymous: "anonymous",
  admin: "ADMIN",
  leader: "LEADER",
  secretaryA: "secretary of A (市水务集团)",
  secretaryB: "secretary of B (城投集团)",
  scorerOn: "scorer on cross-2 (交投集团)",
  scorerOff: "scorer not on cross-2 (国投集团)",
};

/** Seven answers, one per caller in CALLERS order: the matrix reads as a table. */
export type PerCaller<T> = readonly [
  anonymous: T,
  admin: T,
  leader: T,
  secretaryA: T,
  secretaryB: T,
  scorerOn: T,
  scorerOff: T,
];

export function answerFor<T>(answers: PerCaller<T>, caller: Caller): T {
  return answers[CALLERS.indexOf(caller)]!;
}

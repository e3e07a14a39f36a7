/**
 * The pure rules of demonstration-site visits (docs/visits.md). No database here: the domain
 * functions in lib/visits/signup.ts load rows under a lock and ask these what to do.
 */

/** A waiting-list entry; the list is served in (queuedAt, id) order, oldest first. */
export type QueueEntry = { id: number; queuedAt: Date };

/** Orders the waiting list: earlier sign-up first, the lower id breaking a tie. */
export function compareQueue(a: QueueEntry, b: QueueEntry): number {
  const byTime = a.queuedAt.getTime() - b.queuedAt.getTime();
  return byTime !== 0 ? byTime : a.id - b.id;
}

/**
 * Who moves from the waiting list into confirmed places: the earliest entries, as many as there
 * are free places. Used when a confirmed person cancels and when staff add places.
 */
export function entriesToPromote<T extends QueueEntry>(
  slot: { capacity: number; confirmedCount: number },
  waitlist: readonly T[],
): T[] {
  const free = Math.max(0, slot.capacity - slot.confirmedCount);
  return [...waitlist].sort(compareQueue).slice(0, free);
}

export type SlotAvailability = { kind: "open"; placesLeft: number } | { kind: "full"; waiting: number };

export function availability(slot: { capacity: number; confirmedCount: number }, waiting: number): SlotAvailability {
  const placesLeft = slot.capacity - slot.confirmedCount;
  return placesLeft > 0 ? { kind: "open", placesLeft } : { kind: "full", waiting };
}

/** "余 3 个名额" or "已满，可候补（2 人排队）", as the sign-up page writes it. */
export function availabilityLabel(value: SlotAvailability): string {
  return value.kind === "open" ? `余 ${value.placesLeft} 个名额` : `已满，可候补（${value.waiting} 人排队）`;
}

/** Why a slot takes no sign-ups now, or null when it does. */
export function signupClosedReason(
  slot: { startsAt: Date; cancelledAt: Date | null; phaseStatus: string },
  now: Date,
): string | null {
  if (slot.cancelledAt) return "该时段已取消";
  if (slot.phaseStatus === "CLOSED") return "示范观摩阶段已结束，报名已关闭";
  if (slot.startsAt.getTime() <= now.getTime()) return "该时段已开始，报名已截止";
  return null;
}

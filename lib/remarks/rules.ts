import { formatDateTime } from "@/lib/format";
import type { TourStatus } from "@/lib/generated/prisma/enums";

/**
 * 互动交流 is what was said after a stop: it can be recorded once the stop's departure time has
 * passed (or the whole tour is marked completed), and only for tours that are taking place.
 */
export type RemarkWindow = { open: true } | { open: false; reason: string };

export const REMARK_MAX_LENGTH = 1000;

export function remarkWindow(tour: { status: TourStatus }, stop: { departAt: Date }, now: Date): RemarkWindow {
  if (tour.status === "DRAFT") return { open: false, reason: "观摩活动尚未发布，不能记录互动交流" };
  if (tour.status === "CANCELLED") return { open: false, reason: "观摩活动已取消，不能记录互动交流" };
  if (tour.status === "COMPLETED" || stop.departAt.getTime() <= now.getTime()) return { open: true };
  return {
    open: false,
    reason: `该观摩点的行程结束后（${formatDateTime(stop.departAt)}）才能记录互动交流`,
  };
}

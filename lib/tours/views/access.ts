import { can } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";

/**
 * Who may see which tour, as a condition every tour query carries (never a check after loading):
 * - staff who schedule tours (tour.manage: ADMIN) see every tour, drafts included;
 * - readers of all tours (tour.readAll: LEADER) see every tour except drafts;
 * - everyone else sees the tours, other than drafts, whose delegation they are on.
 * A tour outside this condition answers "not found", so its existence is not disclosed.
 */
export function visibleToursWhere(user: { id: number; role: Role }): Prisma.TourWhereInput {
  if (can(user.role, "tour.manage")) return {};
  if (can(user.role, "tour.readAll")) return { status: { not: "DRAFT" } };
  return { status: { not: "DRAFT" }, delegation: { some: { userId: user.id } } };
}

/** Tours that took or take place, as shown on public pages (site calendar, remarks). */
export const HELD_TOUR_STATUSES = ["PUBLISHED", "COMPLETED"] as const;

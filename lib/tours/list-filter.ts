import { z } from "zod";
import { queryReader, type SearchParams } from "@/lib/search-params";
import type { TourStatus } from "@/lib/generated/prisma/enums";

/** The /tours filters, read from the URL so a filtered list can be bookmarked and shared. */
export type TourListFilter = {
  /** A phase id; "default" (no choice: the active phase) or "all". */
  phase: number | "default" | "all";
  status: TourStatus | null;
  page: number;
};

const STATUSES = ["DRAFT", "PUBLISHED", "COMPLETED", "CANCELLED"] as const satisfies readonly TourStatus[];

const FIELDS = {
  phase: { schema: z.union([z.literal("all"), z.coerce.number().int().positive().max(2_147_483_647)]), label: "阶段" },
  status: { schema: z.enum(STATUSES), label: "状态" },
  page: { schema: z.coerce.number().int().min(1).max(10_000), label: "页码" },
} as const;

export function parseTourListFilter(params: SearchParams): TourListFilter {
  const { read } = queryReader(params, FIELDS);
  return { phase: read("phase") ?? "default", status: read("status") ?? null, page: read("page") ?? 1 };
}

/** The list's URL for a filter and page (defaults left out). */
export function tourListHref(filter: TourListFilter, page = filter.page): string {
  const params = new URLSearchParams();
  if (filter.phase !== "default") params.set("phase", String(filter.phase));
  if (filter.status) params.set("status", filter.status);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `/tours?${query}` : "/tours";
}

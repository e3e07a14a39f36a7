import type { TourStatus } from "@/lib/generated/prisma/enums";

/** The /tours filters, read from the URL so a filtered list can be bookmarked and shared. */
export type TourListFilter = {
  /** A phase id; "default" (no choice: the active phase) or "all". */
  phase: number | "default" | "all";
  status: TourStatus | null;
  page: number;
};

const STATUSES: readonly TourStatus[] = ["DRAFT", "PUBLISHED", "COMPLETED", "CANCELLED"];

type SearchParams = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export function parseTourListFilter(params: SearchParams): TourListFilter {
  const phase = first(params.phase);
  const status = first(params.status);
  const page = Number(first(params.page));
  const phaseId = Number(phase);
  return {
    phase: phase === "all" ? "all" : Number.isInteger(phaseId) && phaseId > 0 ? phaseId : "default",
    status: STATUSES.includes(status as TourStatus) ? (status as TourStatus) : null,
    page: Number.isInteger(page) && page > 0 ? Math.min(page, 10_000) : 1,
  };
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

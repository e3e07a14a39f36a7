import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import { TOUR_STATUS_LABELS } from "@/lib/labels";
import type { TourStatus } from "@/lib/generated/prisma/enums";
import type { PhaseOption } from "@/lib/tours/list-queries";

const STATUSES = Object.keys(TOUR_STATUS_LABELS) as TourStatus[];

/** A plain GET form: the filters live in the URL, so a filtered list can be bookmarked or shared. */
export function TourListFilters({
  phases,
  phaseId,
  status,
  includeDrafts,
}: {
  phases: PhaseOption[];
  phaseId: number | null;
  status: TourStatus | null;
  /** Drafts are listed only to those who may manage tours. */
  includeDrafts: boolean;
}) {
  return (
    <form
      method="get"
      action="/tours"
      role="search"
      aria-label="筛选观摩活动"
      className="flex flex-col gap-3 sm:flex-row sm:items-end"
    >
      <div className="sm:w-64">
        <label htmlFor="tour-filter-phase" className="block text-sm font-medium text-ink">
          阶段
        </label>
        <Select id="tour-filter-phase" name="phase" defaultValue={phaseId ?? "all"} className="mt-1.5">
          <option value="all">全部阶段</option>
          {phases.map((phase) => (
            <option key={phase.id} value={phase.id}>
              {phase.year}年 {phase.name}
              {phase.status === "ACTIVE" ? "（进行中）" : ""}
            </option>
          ))}
        </Select>
      </div>
      <div className="sm:w-44">
        <label htmlFor="tour-filter-status" className="block text-sm font-medium text-ink">
          状态
        </label>
        <Select id="tour-filter-status" name="status" defaultValue={status ?? ""} className="mt-1.5">
          <option value="">全部状态</option>
          {STATUSES.filter((value) => includeDrafts || value !== "DRAFT").map((value) => (
            <option key={value} value={value}>
              {TOUR_STATUS_LABELS[value]}
            </option>
          ))}
        </Select>
      </div>
      <div className="flex gap-2">
        <button type="submit" className={buttonClasses({ variant: "secondary" })}>
          筛选
        </button>
        <Link href="/tours" className={buttonClasses({ variant: "ghost" })}>
          重置
        </Link>
      </div>
    </form>
  );
}

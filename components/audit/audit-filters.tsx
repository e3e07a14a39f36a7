import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import { entityTypeLabel } from "@/lib/labels";
import type { AuditFilter } from "@/lib/audit/queries";

type Options = { entityTypes: string[]; actors: Array<{ value: string; label: string }> };

/** A plain GET form: the filters live in the URL, so a filtered view can be bookmarked or shared. */
export function AuditFilters({ filter, options }: { filter: AuditFilter; options: Options }) {
  const filtered = Boolean(filter.entityType || filter.actor);
  return (
    <form
      method="get"
      action="/admin/audit"
      role="search"
      aria-label="筛选操作日志"
      className="flex flex-col gap-3 sm:flex-row sm:items-end"
    >
      <div className="sm:w-56">
        <label htmlFor="audit-entity-type" className="block text-sm font-medium text-ink">
          记录类型
        </label>
        <Select id="audit-entity-type" name="entityType" defaultValue={filter.entityType ?? ""} className="mt-1.5">
          <option value="">全部类型</option>
          {options.entityTypes.map((type) => (
            <option key={type} value={type}>
              {entityTypeLabel(type)}
            </option>
          ))}
        </Select>
      </div>
      <div className="sm:w-64">
        <label htmlFor="audit-actor" className="block text-sm font-medium text-ink">
          操作人
        </label>
        <Select
          id="audit-actor"
          name="actor"
          defaultValue={filter.actor ? String(filter.actor) : ""}
          className="mt-1.5"
        >
          <option value="">全部操作人</option>
          {options.actors.map((actor) => (
            <option key={actor.value} value={actor.value}>
              {actor.label}
            </option>
          ))}
        </Select>
      </div>
      <div className="flex gap-2">
        <button type="submit" className={buttonClasses({ variant: "secondary" })}>
          筛选
        </button>
        {filtered && (
          <Link href="/admin/audit" className={buttonClasses({ variant: "ghost" })}>
            清除筛选
          </Link>
        )}
      </div>
    </form>
  );
}

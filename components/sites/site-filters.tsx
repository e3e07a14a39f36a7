import { buttonClasses } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/field";
import type { SiteFilters as Filters } from "@/lib/sites/queries";

/** Filters as a plain GET form: the URL keeps them, and it works before scripts load. */
export function SiteFilters({
  filters,
  enterprises,
}: {
  filters: Filters;
  enterprises: { id: number; shortName: string }[];
}) {
  return (
    <form
      method="get"
      className="mb-4 grid gap-3 sm:grid-cols-[12rem_9rem_minmax(0,1fr)_auto] sm:items-end"
      role="search"
    >
      <label className="grid gap-1 text-sm">
        <span className="text-muted">企业</span>
        <Select name="enterprise" defaultValue={filters.enterpriseId ?? ""}>
          <option value="">全部企业</option>
          {enterprises.map((enterprise) => (
            <option key={enterprise.id} value={enterprise.id}>
              {enterprise.shortName}
            </option>
          ))}
        </Select>
      </label>
      <label className="grid gap-1 text-sm">
        <span className="text-muted">状态</span>
        <Select name="status" defaultValue={filters.status}>
          <option value="active">启用</option>
          <option value="inactive">已停用</option>
          <option value="all">全部</option>
        </Select>
      </label>
      <label className="grid gap-1 text-sm">
        <span className="text-muted">名称、主题或党组织</span>
        <Input name="q" defaultValue={filters.q} type="search" />
      </label>
      <button type="submit" className={buttonClasses({ variant: "secondary" })}>
        筛选
      </button>
    </form>
  );
}

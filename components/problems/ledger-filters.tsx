import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import { PROBLEM_SEVERITIES, PROBLEM_STATUSES, type ProblemFilter } from "@/lib/problems/filters";
import { PROBLEM_SEVERITY_LABELS, PROBLEM_STATUS_LABELS } from "@/lib/labels";

type Props = {
  filter: ProblemFilter;
  enterprises: readonly { id: number; shortName: string }[];
  phases: readonly { id: number; name: string; campaign: { year: number } }[];
};

function FilterSelect({
  id,
  label,
  name,
  value,
  children,
}: {
  id: string;
  label: string;
  name: string;
  value: string;
  children: React.ReactNode;
}) {
  return (
    <div className="min-w-0 lg:w-40">
      <label htmlFor={id} className="block text-sm font-medium text-ink">
        {label}
      </label>
      <Select id={id} name={name} defaultValue={value} className="mt-1.5">
        {children}
      </Select>
    </div>
  );
}

/** A plain GET form: the filters live in the URL, so a filtered ledger can be bookmarked, shared or exported. */
export function LedgerFilters({ filter, enterprises, phases }: Props) {
  const filtered = Object.values(filter).some((value) => value !== undefined);
  const years = new Set(phases.map((phase) => phase.campaign.year));
  return (
    <form
      method="get"
      action="/problems"
      role="search"
      aria-label="筛选问题"
      className="grid grid-cols-2 gap-3 lg:flex lg:flex-wrap lg:items-end"
    >
      {enterprises.length > 0 && (
        <FilterSelect id="filter-enterprise" label="企业" name="enterprise" value={String(filter.enterpriseId ?? "")}>
          <option value="">全部企业</option>
          {enterprises.map((enterprise) => (
            <option key={enterprise.id} value={enterprise.id}>
              {enterprise.shortName}
            </option>
          ))}
        </FilterSelect>
      )}
      <FilterSelect id="filter-status" label="状态" name="status" value={filter.status ?? ""}>
        <option value="">全部状态</option>
        {PROBLEM_STATUSES.map((status) => (
          <option key={status} value={status}>
            {PROBLEM_STATUS_LABELS[status]}
          </option>
        ))}
      </FilterSelect>
      <FilterSelect
        id="filter-overdue"
        label="是否逾期"
        name="overdue"
        value={filter.overdue === undefined ? "" : filter.overdue ? "1" : "0"}
      >
        <option value="">不限</option>
        <option value="1">已逾期</option>
        <option value="0">未逾期</option>
      </FilterSelect>
      <FilterSelect id="filter-phase" label="阶段" name="phase" value={String(filter.phaseId ?? "")}>
        <option value="">全部阶段</option>
        {phases.map((phase) => (
          <option key={phase.id} value={phase.id}>
            {years.size > 1 ? `${phase.campaign.year}年 ` : ""}
            {phase.name}
          </option>
        ))}
      </FilterSelect>
      <FilterSelect id="filter-severity" label="严重程度" name="severity" value={filter.severity ?? ""}>
        <option value="">全部</option>
        {PROBLEM_SEVERITIES.map((severity) => (
          <option key={severity} value={severity}>
            {PROBLEM_SEVERITY_LABELS[severity]}
          </option>
        ))}
      </FilterSelect>
      <div className="col-span-2 flex gap-2">
        <button type="submit" className={buttonClasses({ variant: "secondary" })}>
          筛选
        </button>
        {filtered && (
          <Link href="/problems" className={buttonClasses({ variant: "ghost" })}>
            清除筛选
          </Link>
        )}
      </div>
    </form>
  );
}

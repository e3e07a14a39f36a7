import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import { ENTERPRISE_CATEGORY_LABELS } from "@/lib/labels";
import { ENTERPRISE_CATEGORIES } from "@/lib/rankings/filters";
import type { RankingFilter } from "@/lib/rankings/queries";
import type { EnterpriseCategory } from "@/lib/generated/prisma/enums";

type Props = {
  phaseId: number;
  filter: RankingFilter;
  enterprises: readonly { id: number; shortName: string; category: EnterpriseCategory }[];
  tiers: readonly { name: string }[];
};

/** A plain GET form: the filters live in the URL, so a filtered ranking can be bookmarked or shared. */
export function RankingFilters({ phaseId, filter, enterprises, tiers }: Props) {
  const filtered = Boolean(filter.enterpriseId || filter.category || filter.tier);
  return (
    <form
      method="get"
      action="/rankings"
      role="search"
      aria-label="筛选排名"
      className="grid gap-3 sm:grid-cols-2 lg:flex lg:items-end"
    >
      <input type="hidden" name="phase" value={phaseId} />
      <div className="lg:w-56">
        <label htmlFor="ranking-enterprise" className="block text-sm font-medium text-ink">
          企业
        </label>
        <Select id="ranking-enterprise" name="enterprise" defaultValue={filter.enterpriseId ?? ""} className="mt-1.5">
          <option value="">全部企业</option>
          {ENTERPRISE_CATEGORIES.map((category) => (
            <optgroup key={category} label={ENTERPRISE_CATEGORY_LABELS[category]}>
              {enterprises
                .filter((enterprise) => enterprise.category === category)
                .map((enterprise) => (
                  <option key={enterprise.id} value={enterprise.id}>
                    {enterprise.shortName}
                  </option>
                ))}
            </optgroup>
          ))}
        </Select>
      </div>
      <div className="lg:w-40">
        <label htmlFor="ranking-category" className="block text-sm font-medium text-ink">
          企业类别
        </label>
        <Select id="ranking-category" name="category" defaultValue={filter.category ?? ""} className="mt-1.5">
          <option value="">全部类别</option>
          {ENTERPRISE_CATEGORIES.map((category) => (
            <option key={category} value={category}>
              {ENTERPRISE_CATEGORY_LABELS[category]}
            </option>
          ))}
        </Select>
      </div>
      <div className="lg:w-32">
        <label htmlFor="ranking-tier" className="block text-sm font-medium text-ink">
          档次
        </label>
        <Select id="ranking-tier" name="tier" defaultValue={filter.tier ?? ""} className="mt-1.5">
          <option value="">全部档次</option>
          {tiers.map((tier) => (
            <option key={tier.name} value={tier.name}>
              {tier.name}
            </option>
          ))}
        </Select>
      </div>
      <div className="flex gap-2 sm:col-span-2">
        <button type="submit" className={buttonClasses({ variant: "secondary" })}>
          筛选
        </button>
        {filtered && (
          <Link href={`/rankings?phase=${phaseId}`} className={buttonClasses({ variant: "ghost" })}>
            清除筛选
          </Link>
        )}
      </div>
    </form>
  );
}

import { formatDecimal, formatPercent } from "@/lib/format";
import type { CategoryMean } from "@/lib/rankings/detail";

/** Per rubric category: the mean points over the submitted sheets, against the category's maximum. */
export function CategoryMeans({ categories }: { categories: readonly CategoryMean[] }) {
  return (
    <table className="w-full text-left text-sm" data-testid="category-means">
      <caption className="sr-only">分类平均得分</caption>
      <thead className="border-b border-line text-xs text-muted">
        <tr>
          <th scope="col" className="py-2 pr-3 font-medium">
            评分类别
          </th>
          <th scope="col" className="py-2 pr-3 text-right font-medium">
            平均得分
          </th>
          <th scope="col" className="py-2 pr-3 text-right font-medium">
            满分
          </th>
          <th scope="col" className="hidden w-1/3 py-2 font-medium sm:table-cell">
            得分率
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-line">
        {categories.map((category) => {
          const percent = formatPercent(category.mean, category.maxPoints);
          return (
            <tr key={category.name}>
              <th scope="row" className="py-2 pr-3 font-normal text-ink">
                {category.name}
              </th>
              <td className="tabular py-2 pr-3 text-right font-medium text-ink">{formatDecimal(category.mean)}</td>
              <td className="tabular py-2 pr-3 text-right text-muted">{formatDecimal(category.maxPoints, 1)}</td>
              <td className="hidden py-2 sm:table-cell">
                <div className="flex items-center gap-2">
                  <div className="h-2 flex-1 overflow-hidden rounded-full bg-canvas" aria-hidden="true">
                    <div className="h-full rounded-full bg-accent-700/80" style={{ width: percent }} />
                  </div>
                  <span className="tabular w-14 text-right text-xs text-muted">{percent}</span>
                </div>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

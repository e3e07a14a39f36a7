/** How the page counts: missing months, rates, months left (kept in step with docs/assets.md). */
export function MethodNote() {
  return (
    <ul className="list-disc space-y-1.5 pl-5 text-sm text-ink-soft" data-testid="asset-method">
      <li>
        <strong className="font-medium text-ink">缺报月份：</strong>
        某月只有全部计入目标的企业都已填报时才计算合计；未报齐的月份不合计，也不以上月数值补齐或估算。当前总额取最近一个报齐的月份，其后各月显示已填报家数。
      </li>
      <li>
        <strong className="font-medium text-ink">近12个月年化增速：</strong>
        （截至月总额 ÷ 12个月前总额）− 1；若12个月前未报齐，取更早最近一个报齐的月份，按（截至月总额 ÷ 该月总额）^（12 ÷
        间隔月数）− 1 折算为年率；没有则不计算。
      </li>
      <li>
        <strong className="font-medium text-ink">所需年均增速：</strong>
        （目标 ÷ 当前总额）^（12 ÷ 剩余月数）− 1；已达成为 0；目标年末已过而未达成则无法按期达成。
      </li>
      <li>
        <strong className="font-medium text-ink">剩余月数：</strong>
        自数据截至月份末到目标年份12月末的月数，不以今天起算，因此数据未更新时剩余月数不变。
      </li>
      <li>
        <strong className="font-medium text-ink">是否按期：</strong>
        已达成，或近12个月年化增速不低于所需年均增速。
      </li>
      <li>
        <strong className="font-medium text-ink">企业增长率：</strong>
        截至月与12个月前同月相比，任一月份未填报则不计算。金额均按两位小数精确计算。
      </li>
    </ul>
  );
}

import { Badge } from "@/components/ui/badge";
import { formatDate, formatDecimal } from "@/lib/format";
import type { ScorerTotal } from "@/lib/rankings/detail";

/**
 * Who gave which total (ADMIN and LEADER only; the page never loads these rows for a secretary).
 * When the trimmed mean applies, one highest and one lowest total are marked as dropped.
 */
export function ScorerTotals({ scorers, trimApplies }: { scorers: readonly ScorerTotal[]; trimApplies: boolean }) {
  // Sorted highest first by the query: the first row is a highest, the last a lowest.
  const droppedHigh = trimApplies ? scorers[0]?.sheetId : undefined;
  const droppedLow = trimApplies ? scorers.at(-1)?.sheetId : undefined;
  return (
    <table className="w-full text-left text-sm" data-testid="scorer-totals">
      <caption className="sr-only">各评分人总分</caption>
      <thead className="border-b border-line text-xs text-muted">
        <tr>
          <th scope="col" className="py-2 pr-3 font-medium">
            评分人
          </th>
          <th scope="col" className="hidden py-2 pr-3 font-medium md:table-cell">
            观摩活动
          </th>
          <th scope="col" className="py-2 text-right font-medium">
            总分
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-line">
        {scorers.map((scorer) => (
          <tr key={scorer.sheetId} data-testid="scorer-row">
            <td className="py-2 pr-3">
              <span className="font-medium text-ink">{scorer.scorerName}</span>
              <span className="block text-xs text-muted">
                {[scorer.enterpriseShortName, scorer.scorerTitle].filter(Boolean).join(" · ")}
              </span>
              <span className="block text-xs text-muted md:hidden">
                {scorer.tourTitle} · {formatDate(scorer.visitedAt)}
              </span>
            </td>
            <td className="hidden py-2 pr-3 text-ink-soft md:table-cell">
              {scorer.tourTitle}
              <span className="block text-xs text-muted">{formatDate(scorer.visitedAt)}</span>
            </td>
            <td className="tabular py-2 text-right font-medium text-ink">
              {(scorer.sheetId === droppedHigh || scorer.sheetId === droppedLow) && (
                <Badge className="mr-2">{scorer.sheetId === droppedHigh ? "去掉的最高分" : "去掉的最低分"}</Badge>
              )}
              {formatDecimal(scorer.total, 1)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

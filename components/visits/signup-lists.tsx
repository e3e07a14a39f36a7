import { EmptyState } from "@/components/ui/empty-state";
import { formatDateTime } from "@/lib/format";
import type { SlotSignupRow } from "@/lib/visits/queries";

/** People on a slot in order: 序号 (or 候补位次), name and title, unit, time of sign-up. */
export function SignupTable({
  rows,
  caption,
  orderLabel,
  empty,
  testId,
}: {
  rows: SlotSignupRow[];
  caption: string;
  orderLabel: string;
  empty: string;
  testId: string;
}) {
  if (rows.length === 0) return <EmptyState title={empty} />;
  return (
    <table className="w-full text-left text-sm" data-testid={testId}>
      <caption className="sr-only">{caption}</caption>
      <thead className="border-b border-line text-xs text-muted">
        <tr>
          <th scope="col" className="w-12 py-2 pr-3 font-medium">
            {orderLabel}
          </th>
          <th scope="col" className="py-2 pr-3 font-medium">
            姓名
          </th>
          <th scope="col" className="hidden py-2 pr-3 font-medium sm:table-cell">
            单位
          </th>
          <th scope="col" className="py-2 font-medium">
            报名时间
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-line">
        {rows.map((row, index) => (
          <tr key={row.id}>
            <td className="tabular py-2 pr-3 text-muted">{index + 1}</td>
            <td className="py-2 pr-3">
              <span className="font-medium text-ink">{row.name}</span>
              {row.title && <span className="block text-xs text-muted">{row.title}</span>}
              <span className="block text-xs text-muted sm:hidden">{row.enterprise ?? "—"}</span>
            </td>
            <td className="hidden py-2 pr-3 sm:table-cell">{row.enterprise ?? "—"}</td>
            <td className="tabular py-2 text-xs whitespace-nowrap text-ink-soft sm:text-sm">
              {formatDateTime(row.queuedAt)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

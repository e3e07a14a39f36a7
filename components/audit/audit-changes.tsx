import { cx } from "@/components/ui/cx";
import { auditDiff } from "@/lib/audit/diff";

/** Before/after of one audit row, folded by default (a long log stays scannable). */
export function AuditChanges({ before, after }: { before: unknown; after: unknown }) {
  const rows = auditDiff(before, after);
  if (rows.length === 0) return <span className="text-sm text-muted">—</span>;
  const changed = rows.filter((row) => row.changed).length;
  return (
    <details className="group">
      <summary className="cursor-pointer rounded text-sm text-ink-soft select-none hover:text-ink">
        {before == null ? "新建内容" : after == null ? "删除前内容" : `变更 ${changed} 项`}
        <span className="text-muted">（共 {rows.length} 个字段）</span>
      </summary>
      <div className="mt-2 overflow-x-auto rounded-md border border-line">
        <table className="w-full text-left text-xs">
          <thead className="bg-canvas text-muted">
            <tr>
              <th scope="col" className="px-2.5 py-1.5 font-medium">
                字段
              </th>
              <th scope="col" className="px-2.5 py-1.5 font-medium">
                变更前
              </th>
              <th scope="col" className="px-2.5 py-1.5 font-medium">
                变更后
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-line">
            {rows.map((row) => (
              <tr key={row.key} className={cx(row.changed && before != null && after != null && "bg-amber-50/70")}>
                <th scope="row" className="px-2.5 py-1.5 align-top font-mono font-normal text-ink-soft">
                  {row.key}
                  {row.changed && before != null && after != null && <span className="sr-only">（已变更）</span>}
                </th>
                <td className="max-w-[20rem] px-2.5 py-1.5 align-top font-mono break-all whitespace-pre-wrap text-ink-soft">
                  {row.before ?? <span className="text-muted">—</span>}
                </td>
                <td className="max-w-[20rem] px-2.5 py-1.5 align-top font-mono break-all whitespace-pre-wrap text-ink">
                  {row.after ?? <span className="text-muted">—</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

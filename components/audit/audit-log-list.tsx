import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { cx } from "@/components/ui/cx";
import { AuditChanges } from "@/components/audit/audit-changes";
import { formatDateTime } from "@/lib/format";
import { actionLabel, entityTypeLabel } from "@/lib/labels";
import type { AuditRow } from "@/lib/audit/queries";

/**
 * The log as a table on wide screens. On phones the same cells flow into a compact block per
 * entry (time and actor, then action and record, then the changes); each cell then carries a
 * label for screen readers, since the column headers are hidden.
 */
export function AuditLogList({ rows }: { rows: AuditRow[] }) {
  return (
    <table className="w-full text-left text-sm" data-testid="audit-log">
      <caption className="sr-only">操作日志，最新的在前</caption>
      <thead className="hidden border-b border-line text-xs text-muted md:table-header-group">
        <tr>
          <th scope="col" className="w-40 py-2 pr-4 font-medium">
            时间
          </th>
          <th scope="col" className="w-44 py-2 pr-4 font-medium">
            操作人
          </th>
          <th scope="col" className="w-32 py-2 pr-4 font-medium">
            操作
          </th>
          <th scope="col" className="w-36 py-2 pr-4 font-medium">
            记录
          </th>
          <th scope="col" className="py-2 font-medium">
            变更内容
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-line">
        {rows.map((row) => {
          const verb = actionLabel(row.action);
          const hasSnapshot = row.before != null || row.after != null;
          return (
            <tr
              key={row.id.toString()}
              className="flex flex-wrap items-baseline gap-x-3 gap-y-1 py-3 md:table-row md:py-0"
              data-testid="audit-row"
            >
              <Cell
                label="时间"
                className="tabular text-xs text-muted md:text-sm md:whitespace-nowrap md:text-ink-soft"
              >
                <time dateTime={row.createdAt.toISOString()}>{formatDateTime(row.createdAt)}</time>
              </Cell>
              <Cell label="操作人" className="text-xs md:text-sm">
                <span className="text-ink">{row.actorName}</span>
                {row.ip && <span className="ml-2 font-mono text-xs text-muted md:ml-0 md:block">{row.ip}</span>}
              </Cell>
              <Cell label="操作" className="basis-full md:basis-auto">
                <span className="inline-flex flex-wrap items-baseline gap-x-2 md:block">
                  {verb ? <Badge tone={verb === "删除" ? "accent" : "neutral"}>{verb}</Badge> : null}
                  <span className="font-mono text-xs text-muted md:block">{row.action}</span>
                  {/* On phones the record follows the action on the same line. */}
                  <span className="text-ink md:hidden">
                    {entityTypeLabel(row.entityType)}
                    <span className="ml-1 font-mono text-xs text-muted">#{row.entityId}</span>
                  </span>
                </span>
              </Cell>
              <Cell label="记录" className="hidden md:table-cell md:whitespace-nowrap">
                {entityTypeLabel(row.entityType)}
                <span className="ml-1 font-mono text-xs text-muted">#{row.entityId}</span>
              </Cell>
              {/* On phones an entry without snapshots (a sign-in) ends after its first two lines; td is
                  blockified as a flex item, so "hidden" alone decides there. */}
              <Cell label="变更内容" className={cx("basis-full", !hasSnapshot && "hidden")} last>
                <AuditChanges before={row.before} after={row.after} />
              </Cell>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function Cell({
  label,
  className,
  last,
  children,
}: {
  label: string;
  className?: string;
  last?: boolean;
  children: ReactNode;
}) {
  return (
    <td className={cx("md:table-cell md:py-3 md:align-top", !last && "md:pr-4", className)}>
      <span className="sr-only md:hidden">{label}：</span>
      {children}
    </td>
  );
}

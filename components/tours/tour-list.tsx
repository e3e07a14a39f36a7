import Link from "next/link";
import { TourStatusBadge } from "@/components/tours/tour-status-badge";
import { formatDateTimeRange, formatNumber } from "@/lib/format";
import type { PhaseOption, TourListRow } from "@/lib/tours/list-queries";

/**
 * Tours grouped under their phase, soonest first. One block per tour that reads on a phone as on
 * a desk: title and state, when, where (the stops in order), who leads and how many go.
 */
export function TourList({
  rows,
  phases,
  canManage,
}: {
  rows: TourListRow[];
  phases: PhaseOption[];
  canManage: boolean;
}) {
  const phaseById = new Map(phases.map((phase) => [phase.id, phase]));
  const groups: { phase: PhaseOption | undefined; rows: TourListRow[] }[] = [];
  for (const row of rows) {
    const last = groups.at(-1);
    if (last && last.phase?.id === row.phaseId) last.rows.push(row);
    else groups.push({ phase: phaseById.get(row.phaseId), rows: [row] });
  }

  return (
    <div className="space-y-6">
      {groups.map((group) => (
        <section
          key={group.phase?.id ?? "unknown"}
          aria-label={group.phase ? `${group.phase.year}年${group.phase.name}` : "其他"}
        >
          <h2 className="mb-2 text-sm font-semibold text-ink-soft">
            {group.phase ? `${group.phase.year}年 ${group.phase.name}` : "其他"}
          </h2>
          <ul className="divide-y divide-line rounded-md border border-line bg-surface" data-testid="tour-list">
            {group.rows.map((row) => (
              <li
                key={row.id}
                className="flex flex-col gap-2 px-4 py-3 sm:flex-row sm:items-start sm:justify-between"
                data-testid="tour-row"
              >
                <div className="min-w-0">
                  <p className="flex flex-wrap items-center gap-2">
                    <Link href={`/tours/${row.id}`} className="font-medium text-ink underline-offset-2 hover:underline">
                      {row.title}
                    </Link>
                    <TourStatusBadge status={row.status} />
                  </p>
                  <p className="tabular mt-0.5 text-sm text-ink-soft">
                    {formatDateTimeRange(row.startsAt, row.endsAt)}
                  </p>
                  <p className="mt-0.5 text-sm text-muted">
                    {row.siteNames.length > 0
                      ? `${row.siteNames.length}站：${row.siteNames.join(" → ")}`
                      : "尚未安排观摩点"}
                  </p>
                  <p className="mt-0.5 text-xs text-muted">
                    {row.headName ? `团长 ${row.headName} · ` : "未指定团长 · "}观摩团{" "}
                    {formatNumber(row.memberCount + row.guestCount)} 人
                    {row.guestCount > 0 ? `（含嘉宾 ${formatNumber(row.guestCount)} 人）` : ""}
                  </p>
                  {row.status === "CANCELLED" && row.cancelReason && (
                    <p className="mt-0.5 text-xs text-muted">取消原因：{row.cancelReason}</p>
                  )}
                </div>
                {canManage && row.status !== "COMPLETED" && row.status !== "CANCELLED" && (
                  <Link
                    href={`/tours/${row.id}/edit`}
                    className="shrink-0 self-start text-sm font-medium text-accent-700 underline-offset-2 hover:underline"
                    aria-label={`编辑「${row.title}」`}
                  >
                    编辑
                  </Link>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

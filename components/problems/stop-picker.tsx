import Link from "next/link";
import { formatDate } from "@/lib/format";

type Stop = {
  id: number;
  arriveAt: Date;
  tour: { title: string; phase: { name: string } };
  site: { name: string; partyOrganization: { name: string } };
  _count: { problems: number };
};

/** Where was the problem found? The stops of published and completed tours, newest first. */
export function StopPicker({ stops }: { stops: readonly Stop[] }) {
  return (
    <ul className="divide-y divide-line" data-testid="stop-picker">
      {stops.map((stop) => (
        <li key={stop.id} className="py-3">
          <Link
            href={`/admin/problems/new?stopId=${stop.id}`}
            className="font-medium text-ink underline-offset-2 hover:underline"
          >
            {stop.site.name}
          </Link>
          <p className="text-xs text-muted">
            {stop.site.partyOrganization.name} · {stop.tour.phase.name} · {stop.tour.title} ·{" "}
            {formatDate(stop.arriveAt)}
            {stop._count.problems > 0 ? ` · 已登记 ${stop._count.problems} 个问题` : ""}
          </p>
        </li>
      ))}
    </ul>
  );
}

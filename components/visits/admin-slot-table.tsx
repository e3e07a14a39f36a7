import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { SlotStatusBadge } from "@/components/visits/slot-status";
import { formatDateTimeRange } from "@/lib/format";
import type { AdminSlotRow } from "@/lib/visits/queries";

/** A phase's slots for staff: a table on desktop; on a phone the time and counts fold under the site. */
export function AdminSlotTable({ slots, now }: { slots: AdminSlotRow[]; now: Date }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm" data-testid="admin-slots">
        <caption className="sr-only">示范观摩时段</caption>
        <thead className="border-b border-line text-xs text-muted">
          <tr>
            <th scope="col" className="py-2 pr-4 font-medium">
              观摩点
            </th>
            <th scope="col" className="hidden py-2 pr-4 font-medium md:table-cell">
              时间
            </th>
            <th scope="col" className="hidden py-2 pr-4 text-right font-medium sm:table-cell">
              已报 / 名额
            </th>
            <th scope="col" className="hidden py-2 pr-4 text-right font-medium sm:table-cell">
              候补
            </th>
            <th scope="col" className="py-2 font-medium">
              状态
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {slots.map((slot) => (
            <tr key={slot.id} className={slot.cancelledAt ? "text-muted" : ""}>
              <td className="py-2.5 pr-4">
                <Link
                  href={`/admin/visits/${slot.id}`}
                  className="font-medium text-ink underline-offset-2 hover:underline"
                >
                  {slot.siteName}
                </Link>
                {slot.isDemonstrationSite && (
                  <Badge tone="accent" className="ml-2">
                    示范观摩点
                  </Badge>
                )}
                <span className="block text-xs text-muted">{slot.enterprise}</span>
                <span className="tabular block text-xs text-muted md:hidden">
                  {formatDateTimeRange(slot.startsAt, slot.endsAt)}
                </span>
                <span className="tabular block text-xs text-muted sm:hidden">
                  已报 {slot.confirmedCount} / {slot.capacity} 人 · 候补 {slot.waiting} 人
                </span>
              </td>
              <td className="tabular hidden py-2.5 pr-4 whitespace-nowrap md:table-cell">
                {formatDateTimeRange(slot.startsAt, slot.endsAt)}
              </td>
              <td className="tabular hidden py-2.5 pr-4 text-right sm:table-cell">
                {slot.confirmedCount} / {slot.capacity}
              </td>
              <td className="tabular hidden py-2.5 pr-4 text-right sm:table-cell">{slot.waiting}</td>
              <td className="py-2.5">
                <SlotStatusBadge slot={slot} now={now} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

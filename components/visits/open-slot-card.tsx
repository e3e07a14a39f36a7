import { Badge } from "@/components/ui/badge";
import { SignupControl, type MySlotSignup } from "@/components/visits/signup-control";
import { formatDateTimeRange } from "@/lib/format";
import type { OpenSlot } from "@/lib/visits/queries";
import { availability, availabilityLabel } from "@/lib/visits/rules";

/** One slot that takes sign-ups: when, where, places left or the queue, and the person's own state. */
export function OpenSlotCard({ slot, mine }: { slot: OpenSlot; mine: MySlotSignup | null }) {
  const places = availability(slot, slot.waiting);
  return (
    <li
      className="flex flex-col gap-3 rounded-card border border-line bg-surface p-4 shadow-card"
      data-testid="open-slot"
      aria-label={`${slot.siteName} ${formatDateTimeRange(slot.startsAt, slot.endsAt)}`}
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <p className="tabular text-sm font-semibold text-ink">{formatDateTimeRange(slot.startsAt, slot.endsAt)}</p>
        <Badge tone={places.kind === "open" ? "success" : "warning"}>{availabilityLabel(places)}</Badge>
      </div>
      <div className="min-w-0">
        <h3 className="text-base font-semibold text-ink">
          {slot.siteName}
          {slot.isDemonstrationSite && (
            <Badge tone="accent" className="ml-2 align-middle">
              示范观摩点
            </Badge>
          )}
        </h3>
        <p className="mt-0.5 text-sm text-ink-soft">
          {slot.enterprise} · {slot.organization}
        </p>
        <p className="mt-0.5 text-sm text-muted">地点：{slot.siteAddress}</p>
        <p className="mt-0.5 text-sm text-muted">
          主题：{slot.siteTheme} · 名额 {slot.capacity} 人，已报 {slot.confirmedCount} 人
        </p>
        {slot.note && <p className="mt-2 text-sm text-ink-soft">{slot.note}</p>}
      </div>
      <div className="mt-auto border-t border-line pt-3">
        <SignupControl slotId={slot.id} siteName={slot.siteName} full={places.kind === "full"} mine={mine} />
      </div>
    </li>
  );
}

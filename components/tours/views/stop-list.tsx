import type { ReactNode } from "react";
import Link from "next/link";
import { ProgrammeBadges } from "@/components/tours/views/programme-badges";
import { formatTimeRange } from "@/lib/tours/views/format";
import type { ProgrammeItem } from "@/lib/generated/prisma/enums";

export type StopListItem = {
  id: number;
  sequence: number;
  arriveAt: Date;
  departAt: Date;
  programme: readonly ProgrammeItem[];
  site: {
    id: number;
    name: string;
    address: string;
    partyOrganization: { name: string; enterprise: { shortName: string } };
  };
};

/** The stops in order as a numbered route; `children` adds a section under each (its remarks). */
export function StopList<Stop extends StopListItem>({
  stops,
  children,
}: {
  stops: readonly Stop[];
  children?: (stop: Stop) => ReactNode;
}) {
  return (
    <ol aria-label="观摩路线" className="space-y-6">
      {stops.map((stop, index) => (
        <li key={stop.id} data-testid={`stop-${stop.sequence}`} className="relative flex gap-3 sm:gap-4">
          <div className="flex flex-col items-center" aria-hidden="true">
            <span className="flex size-7 shrink-0 items-center justify-center rounded-full bg-accent-700 text-sm font-semibold text-white">
              {index + 1}
            </span>
            {index < stops.length - 1 && <span className="mt-1 w-px flex-1 bg-line-strong" />}
          </div>
          <div className="min-w-0 flex-1 pb-1">
            <p className="tabular text-sm font-medium text-accent-800">
              <span className="sr-only">第 {index + 1} 站，</span>
              {formatTimeRange(stop.arriveAt, stop.departAt)}
            </p>
            <h3 className="mt-0.5 text-base font-semibold text-ink">
              <Link href={`/sites/${stop.site.id}`} className="hover:text-accent-800 hover:underline">
                {stop.site.name}
              </Link>
            </h3>
            <p className="text-sm text-ink-soft">
              {stop.site.partyOrganization.name} · {stop.site.partyOrganization.enterprise.shortName}
            </p>
            <p className="text-sm text-muted">{stop.site.address}</p>
            <div className="mt-2">
              <ProgrammeBadges programme={stop.programme} />
            </div>
            {children?.(stop)}
          </div>
        </li>
      ))}
    </ol>
  );
}

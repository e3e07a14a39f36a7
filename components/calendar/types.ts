import type { TourStatus } from "@/lib/generated/prisma/enums";

/** One thing on a calendar day: a tour (phase calendar) or a stop (site calendar). */
export type CalendarEntry = {
  key: string;
  start: Date;
  end: Date;
  title: string;
  /** A second line: the sites of a tour, the phase of a stop… */
  meta?: string;
  /** Absent when the viewer may not open it. */
  href?: string;
  status: TourStatus;
};

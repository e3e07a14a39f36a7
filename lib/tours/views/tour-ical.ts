import { formatDate, formatTime } from "@/lib/format";
import { PROGRAMME_ITEM_LABELS, TOUR_STATUS_LABELS } from "@/lib/labels";
import type { ProgrammeItem, TourStatus } from "@/lib/generated/prisma/enums";
import { buildCalendar, type IcalEvent, type IcalEventStatus } from "@/lib/tours/views/ical";

/**
 * A tour as an iCalendar file: ONE EVENT PER STOP. Each stop has its own place and hours, so a
 * phone's calendar shows where to be at each moment and can navigate to each address. The first
 * stop's description starts with the meeting point and time; every description names the tour,
 * the stop's place in it, the programme and a link to the tour page.
 */

export type TourForCalendar = {
  id: number;
  title: string;
  status: TourStatus;
  /** Bumped on every change of the tour; becomes each event's SEQUENCE. */
  version: number;
  updatedAt: Date;
  startsAt: Date;
  meetingPoint: string;
  notes: string;
  stops: readonly {
    id: number;
    sequence: number;
    arriveAt: Date;
    departAt: Date;
    programme: readonly ProgrammeItem[];
    site: { name: string; address: string; organizationName: string };
  }[];
};

export const ICAL_PRODUCT_ID = "-//惠州市国资委//党建大观摩平台//ZH";
/** The host part of every UID: the same tour stop gives the same UID on every server. */
const UID_DOMAIN = "daguanmo.sasac";

const EVENT_STATUS: Record<TourStatus, IcalEventStatus> = {
  DRAFT: "TENTATIVE",
  PUBLISHED: "CONFIRMED",
  COMPLETED: "CONFIRMED",
  CANCELLED: "CANCELLED",
};

export function stopUid(tourId: number, stopId: number): string {
  return `tour-${tourId}-stop-${stopId}@${UID_DOMAIN}`;
}

export function tourEvents(tour: TourForCalendar, tourUrl: string): IcalEvent[] {
  const stops = [...tour.stops].sort((a, b) => a.sequence - b.sequence);
  return stops.map((stop, index) => {
    const description = [
      `${tour.title}（第 ${index + 1} 站，共 ${stops.length} 站）`,
      tour.status === "PUBLISHED" || tour.status === "COMPLETED" ? null : `状态：${TOUR_STATUS_LABELS[tour.status]}`,
      index === 0 && tour.meetingPoint
        ? `集合：${formatDate(tour.startsAt)} ${formatTime(tour.startsAt)}，${tour.meetingPoint}`
        : null,
      `观摩点：${stop.site.name}（${stop.site.organizationName}）`,
      stop.programme.length > 0
        ? `内容：${stop.programme.map((item) => PROGRAMME_ITEM_LABELS[item]).join("、")}`
        : null,
      index === 0 && tour.notes ? `说明：${tour.notes}` : null,
      `详情：${tourUrl}`,
    ].filter((line): line is string => line !== null);
    return {
      uid: stopUid(tour.id, stop.id),
      start: stop.arriveAt,
      end: stop.departAt,
      summary: `${stop.site.name}（${tour.title}）`,
      description: description.join("\n"),
      location: stop.site.address,
      url: tourUrl,
      status: EVENT_STATUS[tour.status],
      sequence: tour.version,
      lastModified: tour.updatedAt,
    };
  });
}

export function tourCalendarFile(tour: TourForCalendar, tourUrl: string, now: Date): string {
  return buildCalendar({ prodId: ICAL_PRODUCT_ID, name: tour.title, stamp: now, events: tourEvents(tour, tourUrl) });
}

/** attachment; an ASCII fallback name and the tour's title in UTF-8 (RFC 6266 / 5987). */
export function calendarContentDisposition(tour: { id: number; title: string }): string {
  const title = tour.title.replace(/[\\/:*?"<>|\r\n]+/g, " ").trim() || `tour-${tour.id}`;
  return `attachment; filename="tour-${tour.id}.ics"; filename*=UTF-8''${encodeRfc5987(`${title}.ics`)}`;
}

/** encodeURIComponent leaves ' ( ) * ! as they are; RFC 5987's attr-char does not allow them. */
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

export const CALENDAR_CONTENT_TYPE = "text/calendar; charset=utf-8";

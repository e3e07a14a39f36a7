/**
 * A small iCalendar (RFC 5545) writer: just what a published tour needs (VCALENDAR with VEVENTs),
 * pure so it can be tested without a server. Every instant is written in UTC ("Z" form), so no
 * VTIMEZONE component is needed and every calendar program places the event correctly.
 */

export type IcalEventStatus = "TENTATIVE" | "CONFIRMED" | "CANCELLED";

export type IcalEvent = {
  /** Stable across downloads, so importing the file again updates the event instead of doubling it. */
  uid: string;
  start: Date;
  end: Date;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  status?: IcalEventStatus;
  /** Increases with every change of the event (RFC 5545 §3.8.7.4). */
  sequence?: number;
  lastModified?: Date;
};

export type IcalCalendar = {
  /** Identifies the program that wrote the file, e.g. "-//市国资委//党建大观摩平台//ZH". */
  prodId: string;
  /** Shown by some programs as the calendar's name (X-WR-CALNAME). */
  name?: string;
  /** When the file was written: every event's DTSTAMP. */
  stamp: Date;
  events: readonly IcalEvent[];
};

const CRLF = "\r\n";
/** A content line is at most 75 octets, not counting the line break (RFC 5545 §3.1). */
const MAX_LINE_OCTETS = 75;
const encoder = new TextEncoder();

/** TEXT values: backslash, semicolon and comma are escaped, line breaks become "\n" (§3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

/** 2022-03-24T06:50:00.000Z → 20220324T065000Z (DATE-TIME in UTC, §3.3.5 form #2). */
export function formatUtc(instant: Date): string {
  if (Number.isNaN(instant.getTime())) throw new RangeError("Invalid date in iCalendar event");
  return instant
    .toISOString()
    .replace(/\.\d{3}Z$/, "Z")
    .replace(/[-:]/g, "");
}

/**
 * Folds one content line into physical lines of at most 75 octets each, counted in UTF-8: a
 * Chinese character takes three octets and is never split. Continuation lines start with one
 * space, which counts toward their 75 octets (§3.1).
 */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= MAX_LINE_OCTETS) return line;
  const physical: string[] = [];
  let current = "";
  let currentOctets = 0;
  for (const character of line) {
    const octets = encoder.encode(character).length;
    if (currentOctets + octets > MAX_LINE_OCTETS) {
      physical.push(current);
      current = " ";
      currentOctets = 1;
    }
    current += character;
    currentOctets += octets;
  }
  physical.push(current);
  return physical.join(CRLF);
}

function eventLines(event: IcalEvent, stamp: Date): string[] {
  if (event.end.getTime() <= event.start.getTime()) {
    throw new RangeError(`iCalendar event ${event.uid} ends before it starts`);
  }
  const lines = [
    "BEGIN:VEVENT",
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${formatUtc(stamp)}`,
    `DTSTART:${formatUtc(event.start)}`,
    `DTEND:${formatUtc(event.end)}`,
    `SUMMARY:${escapeText(event.summary)}`,
  ];
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  // URI values are not TEXT: commas and semicolons in them stay as they are.
  if (event.url) lines.push(`URL:${event.url}`);
  if (event.status) lines.push(`STATUS:${event.status}`);
  if (event.sequence !== undefined) lines.push(`SEQUENCE:${Math.max(0, Math.trunc(event.sequence))}`);
  if (event.lastModified) lines.push(`LAST-MODIFIED:${formatUtc(event.lastModified)}`);
  lines.push("END:VEVENT");
  return lines;
}

/** The whole file: CRLF after every line (the last one too), long lines folded. */
export function buildCalendar(calendar: IcalCalendar): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${escapeText(calendar.prodId)}`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
  ];
  if (calendar.name) lines.push(`X-WR-CALNAME:${escapeText(calendar.name)}`);
  for (const event of calendar.events) lines.push(...eventLines(event, calendar.stamp));
  lines.push("END:VCALENDAR");
  return lines.map(foldLine).join(CRLF) + CRLF;
}

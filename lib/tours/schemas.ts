import { z } from "zod";
import { idField, optionalIdField } from "@/lib/actions/number-fields";
import type { DelegationPart, ProgrammeItem } from "@/lib/generated/prisma/enums";
import { chinaInstant, DATE_PATTERN, TIME_PATTERN } from "@/lib/tours/time";

/**
 * What the tour editor sends. The base shapes are lenient (strings, nulls) and one transform
 * checks everything together, so a form with many mistakes gets every one of them in one answer,
 * each under its field ("title", "date", ...; nested rows under "stops", "members", "guests", with
 * the row number in the message). The output carries instants, not clock strings.
 */

export const PROGRAMME_ITEMS = ["BRIEFING", "ON_SITE", "IMMERSIVE", "EXCHANGE"] as const satisfies ProgrammeItem[];
export const DELEGATION_PARTS = ["HEAD", "MEMBER"] as const satisfies DelegationPart[];

export const LIMITS = { title: 80, meetingPoint: 120, notes: 2000, stops: 12, members: 300, guests: 50 } as const;

const id = idField();
/** "" / null / undefined → null (an unchosen select, a row not saved yet). */
const optionalId = optionalIdField();
const text = z.preprocess((value) => value ?? "", z.string({ error: "内容无效" }).trim());
const flag = z.preprocess((value) => value === true || value === "true" || value === "on", z.boolean());

const stopShape = z.object({
  id: optionalId,
  siteId: optionalId,
  arriveTime: text,
  departTime: text,
  programme: z.array(z.enum(PROGRAMME_ITEMS, { error: "活动安排无效" })).default([]),
});

const memberShape = z.object({
  userId: optionalId,
  part: z.enum(DELEGATION_PARTS, { error: "团内身份无效" }).default("MEMBER"),
  isScoring: flag,
});

const guestShape = z.object({ id: optionalId, name: text, unit: text, title: text });

const tourShape = z.object({
  title: text,
  phaseId: optionalId,
  date: text,
  startTime: text,
  endTime: text,
  meetingPoint: text,
  notes: text,
  stops: z.array(stopShape).default([]),
  members: z.array(memberShape).default([]),
  guests: z.array(guestShape).default([]),
});

export type TourPayload = z.input<typeof tourShape>;

export type StopInput = {
  /** The saved stop this row edits; null for a new stop. */
  id: number | null;
  siteId: number;
  arriveAt: Date;
  departAt: Date;
  programme: ProgrammeItem[];
};
export type MemberInput = { userId: number; part: DelegationPart; isScoring: boolean };
export type GuestInput = { id: number | null; name: string; unit: string; title: string };

export type TourInput = {
  title: string;
  phaseId: number;
  startsAt: Date;
  endsAt: Date;
  meetingPoint: string;
  notes: string;
  stops: StopInput[];
  members: MemberInput[];
  guests: GuestInput[];
};

type Shape = z.output<typeof tourShape>;

/** Every check of the form's own content; null (with issues added) when any fails. */
function toTourInput(value: Shape, ctx: z.RefinementCtx): TourInput | null {
  let failed = false;
  const fail = (path: string, message: string) => {
    failed = true;
    ctx.addIssue({ code: "custom", path: [path], message });
  };

  if (!value.title) fail("title", "请填写活动名称");
  else if (value.title.length > LIMITS.title) fail("title", `活动名称最多${LIMITS.title}个字`);
  if (value.phaseId === null) fail("phaseId", "请选择所属阶段");
  if (value.meetingPoint.length > LIMITS.meetingPoint) fail("meetingPoint", `集合地点最多${LIMITS.meetingPoint}个字`);
  if (value.notes.length > LIMITS.notes) fail("notes", `备注最多${LIMITS.notes}个字`);

  if (!value.date) fail("date", "请选择活动日期");
  else if (!DATE_PATTERN.test(value.date) || !chinaInstant(value.date, "00:00")) fail("date", "日期无效");
  if (!TIME_PATTERN.test(value.startTime)) fail("startTime", "请填写开始时间（如 14:30）");
  if (!TIME_PATTERN.test(value.endTime)) fail("endTime", "请填写结束时间（如 17:30）");
  const startsAt = chinaInstant(value.date, value.startTime);
  const endsAt = chinaInstant(value.date, value.endTime);
  if (startsAt && endsAt && endsAt <= startsAt) fail("endTime", "结束时间须晚于开始时间");

  if (value.stops.length > LIMITS.stops) fail("stops", `一次观摩最多安排${LIMITS.stops}个观摩点`);
  const stops = value.stops.map((stop, index) => {
    const label = `第${index + 1}站：`;
    if (stop.siteId === null) fail("stops", `${label}请选择观摩点`);
    if (!TIME_PATTERN.test(stop.arriveTime)) fail("stops", `${label}请填写到达时间`);
    if (!TIME_PATTERN.test(stop.departTime)) fail("stops", `${label}请填写离开时间`);
    const timesValid = TIME_PATTERN.test(stop.arriveTime) && TIME_PATTERN.test(stop.departTime);
    // "HH:MM" strings order like the times they name, whether or not the date is valid yet.
    if (timesValid && stop.departTime <= stop.arriveTime) fail("stops", `${label}离开时间须晚于到达时间`);
    const arriveAt = chinaInstant(value.date, stop.arriveTime);
    const departAt = chinaInstant(value.date, stop.departTime);
    if (stop.programme.length === 0) fail("stops", `${label}请至少选择一项活动安排`);
    // The programme is kept in its canonical order whatever order the boxes were ticked in.
    const programme = PROGRAMME_ITEMS.filter((item) => stop.programme.includes(item));
    return { id: stop.id, siteId: stop.siteId ?? 0, arriveAt, departAt, programme };
  });

  if (value.members.length > LIMITS.members) fail("members", `观摩团最多${LIMITS.members}人`);
  const seen = new Map<number, number>();
  value.members.forEach((member, index) => {
    if (member.userId === null) return fail("members", `第${index + 1}位成员：请选择人员`);
    const first = seen.get(member.userId);
    if (first !== undefined) fail("members", `第${index + 1}位成员与第${first + 1}位是同一人，请删去重复的一行`);
    else seen.set(member.userId, index);
  });
  const heads = value.members.filter((member) => member.part === "HEAD").length;
  if (heads > 1) fail("members", `观摩团只能有一位团长，现有${heads}位`);

  if (value.guests.length > LIMITS.guests) fail("guests", `特邀嘉宾最多${LIMITS.guests}人`);
  value.guests.forEach((guest, index) => {
    const label = `第${index + 1}位嘉宾：`;
    if (!guest.name) fail("guests", `${label}请填写姓名`);
    if (!guest.unit) fail("guests", `${label}请填写单位`);
    if (guest.name.length > 40 || guest.unit.length > 80 || guest.title.length > 60) {
      fail("guests", `${label}姓名最多40个字，单位最多80个字，职务最多60个字`);
    }
  });

  if (failed || value.phaseId === null || !startsAt || !endsAt) return null;
  return {
    title: value.title,
    phaseId: value.phaseId,
    startsAt,
    endsAt,
    meetingPoint: value.meetingPoint,
    notes: value.notes,
    stops: stops.map((stop) => ({ ...stop, arriveAt: stop.arriveAt!, departAt: stop.departAt! })),
    members: value.members.map((member) => ({ ...member, userId: member.userId! })),
    guests: value.guests,
  };
}

export const createTourSchema = tourShape.transform((value, ctx) => toTourInput(value, ctx) ?? z.NEVER);

const versioned = { tourId: id, version: id };

export const updateTourSchema = tourShape.extend(versioned).transform((value, ctx) => {
  const tour = toTourInput(value, ctx);
  return tour ? { tourId: value.tourId, version: value.version, tour } : z.NEVER;
});

export const tourVersionSchema = z.object(versioned);

export const cancelTourSchema = z.object({
  ...versioned,
  reason: z.string().trim().min(1, "请填写取消原因").max(200, "取消原因最多200个字"),
});

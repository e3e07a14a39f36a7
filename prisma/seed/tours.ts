import type { PhaseKind, ProgrammeItem, TourStatus } from "@/lib/generated/prisma/enums";
import type { Transaction } from "@/lib/prisma-client";
import { holdBookings } from "@/lib/tours/bookings";
import type { Username } from "./accounts";
import type { PhaseRef } from "./campaign";
import { findInserted, required } from "./lookup";
import type { SiteKey, SiteRef } from "./sites";
import { chinaTime } from "./time";

/**
 * 观摩活动. The first is the article's afternoon at 惠州烟草 on 24 March 2022; four more internal
 * tours give the internal phase a full ranking; the cross phase has one tour done, one published
 * but not yet closed off (the observer still has scoring to do) and one draft.
 * Windows respect the scheduling rules: stops inside the window, at least the phase's 15 minutes
 * of travel between sites, no person or site on two tours at once, delegations within capacity
 * (tests/integration/tours.test.ts runs every rule on them). Published and completed tours hold
 * their sites and people in the booking tables, as publishing does in the app.
 */
interface TourSeed {
  key: string;
  phase: PhaseKind;
  title: string;
  date: string;
  window: readonly [start: string, end: string];
  meetingPoint: string;
  notes: string;
  status: TourStatus;
  publishedAt?: string;
  head: Username;
  /** Scoring members; the head scores when listed here too. */
  scorers: readonly Username[];
  /** Members who attend without scoring. */
  attendees: readonly Username[];
  guests?: readonly { name: string; unit: string; title: string }[];
  stops: readonly StopSeed[];
}

interface StopSeed {
  site: SiteKey;
  arrive: string;
  depart: string;
  programme: readonly ProgrammeItem[];
  /** 互动交流 after the stop, attributed by title only and recorded by the staff member on duty. */
  remarks?: readonly { author: Username; at: string; content: string }[];
}

const MEETING_POINT = "市国资委办公楼前广场集合乘车";
const VISIT: readonly ProgrammeItem[] = ["BRIEFING", "ON_SITE"];
const VISIT_AND_EXCHANGE: readonly ProgrammeItem[] = ["BRIEFING", "ON_SITE", "EXCHANGE"];

// Hand-laid so that each tour reads at a glance.
// prettier-ignore
export const TOURS = [
  {
    key: "internal-1",
    phase: "INTERNAL",
    title: "第一期党建“大观摩”活动",
    date: "2022-03-24",
    window: ["14:30", "17:30"],
    meetingPoint: MEETING_POINT,
    notes:
      "市国资委领导班子成员，市委组织部相关同志，9家市属企业及6家驻惠央企党委主要负责同志组成观摩团，" +
      "观摩惠州烟草物流配送中心党支部“党建进车间”和营销中心党支部“6+6党建工作体系”，体验沉浸式党员教育。",
    status: "COMPLETED",
    publishedAt: "2022-03-18T10:00",
    head: "leader",
    scorers: ["leader", "leader-deputy1", "leader-deputy2", "observer", "secretary", "sec-chengtou", "sec-gongdian"],
    attendees: [
      "deputy-shuiwu", "sec-gangtou", "sec-guotou", "sec-chantou", "sec-desay", "sec-nengtou", "sec-liangshi",
      "sec-yidong", "sec-dianxin", "sec-youzheng", "sec-shihua", "sec-liantong",
    ],
    guests: [{ name: "市委组织部相关同志", unit: "中共惠州市委组织部", title: "" }],
    stops: [
      { site: "yancao-logistics", arrive: "14:50", depart: "15:55", programme: ["BRIEFING", "ON_SITE", "IMMERSIVE"] },
      {
        site: "yancao-marketing",
        arrive: "16:15",
        depart: "17:30",
        programme: VISIT_AND_EXCHANGE,
        remarks: [
          {
            author: "deputy-shuiwu",
            at: "17:08",
            content:
              "惠州烟草的党建工作非常‘实’，阵地建设数量、应用频率以及业绩成果就是最充分的体现，真正破解了国有企业党建和业务‘两张皮’的问题。",
          },
          {
            author: "sec-gongdian",
            at: "17:14",
            content:
              "惠州烟草巧妙地把党建文化与企业文化以和日常考核有机度融合，方式很吸引、效果很震撼，下来我们将加强交流和学习，推动惠州供电党建工作迈上新台阶取得新成效。",
          },
          {
            author: "leader",
            at: "17:20",
            content:
              "在惠州烟草，我们看到了党建工作的模式创新，学到了党建与业务相融合的现实路径，感受到了惠州烟草以高质量党建引领高质量发展的显著成效，找到了进一步抓好党建促发展的突破口和着力点。",
          },
        ],
      },
    ],
  },
  {
    key: "internal-2", phase: "INTERNAL", title: "第二期党建“大观摩”活动", date: "2022-04-14", window: ["14:30", "17:30"],
    meetingPoint: MEETING_POINT, notes: "观摩交投集团“红色驿站”和城投集团项目一线党建。", status: "COMPLETED", publishedAt: "2022-04-08T10:00",
    head: "leader-deputy1",
    scorers: ["leader-deputy1", "leader-deputy2", "secretary", "sec-gangtou", "sec-desay", "sec-gongdian"],
    attendees: ["sec-yidong", "sec-youzheng"],
    stops: [
      { site: "jiaotou-station", arrive: "14:50", depart: "15:50", programme: VISIT },
      { site: "chengtou-housing", arrive: "16:10", depart: "17:20", programme: VISIT_AND_EXCHANGE },
    ],
  },
  {
    key: "internal-3", phase: "INTERNAL", title: "第三期党建“大观摩”活动", date: "2022-04-28", window: ["09:00", "12:00"],
    meetingPoint: MEETING_POINT, notes: "观摩市水务集团江北水厂和港投集团荃湾港区。", status: "COMPLETED", publishedAt: "2022-04-22T10:00",
    head: "leader",
    scorers: ["leader", "leader-deputy2", "observer", "sec-chengtou", "sec-dianxin"],
    attendees: ["sec-liangshi"],
    stops: [
      { site: "shuiwu-jiangbei", arrive: "09:20", depart: "10:20", programme: VISIT },
      { site: "gangtou-port", arrive: "10:50", depart: "11:50", programme: VISIT_AND_EXCHANGE },
    ],
  },
  {
    key: "internal-4", phase: "INTERNAL", title: "第四期党建“大观摩”活动", date: "2022-05-19", window: ["14:00", "18:00"],
    meetingPoint: MEETING_POINT, notes: "观摩惠州供电局、惠州移动和德赛集团。", status: "COMPLETED", publishedAt: "2022-05-13T10:00",
    head: "leader-deputy1",
    scorers: ["leader-deputy1", "secretary", "observer", "sec-nengtou"],
    attendees: ["sec-shihua"],
    stops: [
      { site: "gongdian-service", arrive: "14:20", depart: "15:20", programme: VISIT },
      { site: "yidong-network", arrive: "15:40", depart: "16:40", programme: VISIT },
      { site: "desay-plant1", arrive: "17:00", depart: "17:55", programme: VISIT_AND_EXCHANGE },
    ],
  },
  {
    key: "internal-5", phase: "INTERNAL", title: "第五期党建“大观摩”活动", date: "2022-06-09", window: ["14:30", "17:00"],
    meetingPoint: MEETING_POINT, notes: "观摩国投集团和产投集团。", status: "COMPLETED", publishedAt: "2022-06-02T10:00",
    head: "leader-deputy2",
    scorers: ["leader-deputy2", "sec-guotou", "sec-chantou", "sec-liantong", "sec-youzheng"],
    attendees: [],
    stops: [
      { site: "guotou-office", arrive: "14:50", depart: "15:45", programme: VISIT },
      { site: "chantou-park", arrive: "16:05", depart: "16:55", programme: VISIT_AND_EXCHANGE },
    ],
  },
  {
    key: "cross-1", phase: "CROSS", title: "交叉观摩第一组", date: "2022-07-21", window: ["14:30", "17:30"],
    meetingPoint: MEETING_POINT, notes: "驻惠央企与市属企业交叉观摩：惠州邮政、粮食集团。", status: "COMPLETED", publishedAt: "2022-07-15T10:00",
    head: "leader-deputy1",
    scorers: ["leader-deputy1", "secretary", "sec-yidong", "sec-chantou"],
    attendees: ["sec-shihua"],
    stops: [
      { site: "youzheng-delivery", arrive: "14:50", depart: "15:50", programme: VISIT },
      { site: "liangshi-depot", arrive: "16:20", depart: "17:20", programme: VISIT_AND_EXCHANGE },
    ],
  },
  {
    key: "cross-2", phase: "CROSS", title: "交叉观摩第二组", date: "2022-08-18", window: ["09:00", "12:00"],
    meetingPoint: MEETING_POINT, notes: "“回头看”城投集团安置房项目，观摩惠州供电局变电运行党员示范岗。", status: "PUBLISHED", publishedAt: "2022-08-10T16:00",
    head: "leader-deputy2",
    scorers: ["leader-deputy2", "observer", "sec-dianxin", "sec-desay"],
    attendees: ["sec-liantong"],
    stops: [
      { site: "chengtou-housing", arrive: "09:20", depart: "10:30", programme: VISIT },
      { site: "gongdian-operation", arrive: "10:50", depart: "11:50", programme: VISIT_AND_EXCHANGE },
    ],
  },
  {
    key: "cross-3", phase: "CROSS", title: "交叉观摩第三组", date: "2022-09-15", window: ["14:30", "17:00"],
    meetingPoint: MEETING_POINT, notes: "拟观摩德赛集团研发中心和能投集团燃气调度中心（待发布）。", status: "DRAFT",
    head: "leader",
    scorers: ["leader", "sec-gongdian", "sec-youzheng"],
    attendees: [],
    stops: [
      { site: "desay-research", arrive: "14:50", depart: "15:50", programme: VISIT },
      { site: "nengtou-gas", arrive: "16:10", depart: "17:00", programme: VISIT_AND_EXCHANGE },
    ],
  },
] as const satisfies readonly TourSeed[];

export type TourKey = (typeof TOURS)[number]["key"];

export interface StopRef {
  id: number;
  phase: PhaseKind;
  phaseId: number;
  site: SiteRef;
  departAt: Date;
  scorers: readonly Username[];
}

/** Stops are named by tour and 1-based sequence, e.g. stopKey("internal-1", 2). */
export function stopKey(tour: TourKey, sequence: number): string {
  return `${tour}#${sequence}`;
}

/** One statement per table: tours, then their stops, delegations, guests, bookings and remarks. */
export async function seedTours(
  tx: Transaction,
  refs: {
    phases: ReadonlyMap<PhaseKind, PhaseRef>;
    sites: ReadonlyMap<SiteKey, SiteRef>;
    users: ReadonlyMap<Username, number>;
  },
) {
  const tours: readonly TourSeed[] = TOURS;
  const adminId = required(refs.users, "admin");
  const tourRows = await tx.tour.createManyAndReturn({
    data: tours.map((tour) => ({
      phaseId: required(refs.phases, tour.phase).id,
      title: tour.title,
      startsAt: localTime(tour, tour.window[0]),
      endsAt: localTime(tour, tour.window[1]),
      meetingPoint: tour.meetingPoint,
      notes: tour.notes,
      status: tour.status,
      publishedAt: tour.publishedAt === undefined ? null : chinaTime(tour.publishedAt),
      createdById: adminId,
    })),
    select: { id: true, title: true },
  });
  const tourIds = new Map<TourKey, number>(
    tours.map((tour) => [
      tour.key as TourKey,
      findInserted(tourRows, (row) => row.title === tour.title, tour.title).id,
    ]),
  );
  const tourId = (tour: TourSeed) => required(tourIds, tour.key as TourKey);

  const stopRows = await tx.tourStop.createManyAndReturn({
    data: tours.flatMap((tour) =>
      tour.stops.map((stop, index) => ({
        tourId: tourId(tour),
        siteId: required(refs.sites, stop.site).id,
        sequence: index + 1,
        arriveAt: localTime(tour, stop.arrive),
        departAt: localTime(tour, stop.depart),
        programme: [...stop.programme],
      })),
    ),
    select: { id: true, tourId: true, sequence: true },
  });
  const stops = new Map<string, StopRef>();
  for (const tour of tours) {
    for (const [index, stop] of tour.stops.entries()) {
      const sequence = index + 1;
      const row = findInserted(stopRows, (r) => r.tourId === tourId(tour) && r.sequence === sequence, tour.title);
      stops.set(stopKey(tour.key as TourKey, sequence), {
        id: row.id,
        phase: tour.phase,
        phaseId: required(refs.phases, tour.phase).id,
        site: required(refs.sites, stop.site),
        departAt: localTime(tour, stop.depart),
        scorers: tour.scorers,
      });
    }
  }

  await tx.delegationMember.createMany({
    data: tours.flatMap((tour) =>
      [...new Set([tour.head, ...tour.scorers, ...tour.attendees])].map((user) => ({
        tourId: tourId(tour),
        userId: required(refs.users, user),
        part: user === tour.head ? ("HEAD" as const) : ("MEMBER" as const),
        isScoring: tour.scorers.includes(user),
      })),
    ),
  });
  await tx.tourGuest.createMany({
    data: tours.flatMap((tour) => (tour.guests ?? []).map((guest) => ({ tourId: tourId(tour), ...guest }))),
  });
  await holdBookings(tx, [...tourIds.values()]);
  await tx.remark.createMany({
    data: tours.flatMap((tour) =>
      tour.stops.flatMap((stop, index) =>
        (stop.remarks ?? []).map((remark) => ({
          stopId: required(stops, stopKey(tour.key as TourKey, index + 1)).id,
          authorId: required(refs.users, remark.author),
          recordedById: adminId,
          content: remark.content,
          createdAt: localTime(tour, remark.at),
        })),
      ),
    ),
  });
  return { tourIds, stops };
}

/** "14:30" on the tour's day, China time. */
function localTime(tour: TourSeed, time: string): Date {
  return chinaTime(`${tour.date}T${time}`);
}

import { describe, expect, it } from "vitest";
import {
  activeSites,
  capacity,
  dateInPhase,
  personOneTourAtATime,
  phaseOpen,
  publishProblems,
  readyToPublish,
  siteOneTourAtATime,
  stopsDoNotOverlap,
  stopsInsideWindow,
  tourProblems,
  travelTime,
  type OtherTourRef,
  type PersonBooking,
  type RuleSite,
  type RuleStop,
  type RuleTour,
  type SiteBooking,
} from "@/lib/tours/rules";
import { chinaInstant } from "@/lib/tours/time";

const at = (time: string, date = "2022-09-22") => chinaInstant(date, time)!;

const LOGISTICS: RuleSite = { id: 1, name: "惠州烟草物流配送中心", capacity: 40, isActive: true };
const MARKETING: RuleSite = { id: 2, name: "惠州烟草营销中心党员活动中心", capacity: 30, isActive: true };

const stop = (site: RuleSite, arrive: string, depart: string): RuleStop => ({
  site,
  arriveAt: at(arrive),
  departAt: at(depart),
});

/** A tour that passes every rule; each test breaks one thing. */
function validTour(overrides: Partial<RuleTour> = {}): RuleTour {
  return {
    id: 7,
    title: "交叉观摩第四组",
    phase: {
      id: 2,
      name: "交叉观摩",
      status: "ACTIVE",
      startsOn: new Date("2022-07-01T00:00:00Z"),
      endsOn: new Date("2022-09-30T00:00:00Z"),
      travelMinutes: 15,
    },
    startsAt: at("14:30"),
    endsAt: at("17:30"),
    stops: [stop(LOGISTICS, "14:50", "15:55"), stop(MARKETING, "16:15", "17:30")],
    members: [
      { userId: 10, name: "市国资委领导", part: "HEAD" },
      { userId: 11, name: "交投集团党委书记", part: "MEMBER" },
    ],
    guestCount: 1,
    ...overrides,
  };
}

const messages = (problems: { message: string }[]) => problems.map((problem) => problem.message);

describe("a valid tour", () => {
  it("passes every rule", () => {
    expect(tourProblems(validTour())).toEqual([]);
    expect(publishProblems(validTour(), { sites: [], people: [] })).toEqual([]);
  });
});

describe("phaseOpen", () => {
  it("refuses tours in a closed phase, naming it", () => {
    const tour = validTour();
    expect(phaseOpen(tour)).toEqual([]);
    expect(messages(phaseOpen({ ...tour, phase: { ...tour.phase, status: "CLOSED" } }))).toEqual([
      "「交叉观摩」阶段已结束，不能再安排或修改其中的观摩活动",
    ]);
  });
});

describe("dateInPhase", () => {
  it("accepts the first and the last day of the phase", () => {
    expect(dateInPhase(validTour({ startsAt: chinaInstant("2022-07-01", "00:00")!, endsAt: at("17:30") }))).toEqual([]);
    expect(
      dateInPhase(
        validTour({ startsAt: chinaInstant("2022-09-30", "09:00")!, endsAt: chinaInstant("2022-09-30", "12:00")! }),
      ),
    ).toEqual([]);
  });

  it("refuses a date outside the phase window, counting days in China time", () => {
    // 2022-10-01 07:30 in China is still 30 September in UTC: the rule must read the China date.
    const tour = validTour({
      startsAt: chinaInstant("2022-10-01", "07:30")!,
      endsAt: chinaInstant("2022-10-01", "12:00")!,
    });
    expect(messages(dateInPhase(tour))).toEqual([
      "活动日期2022年10月1日不在「交叉观摩」阶段的时间范围（2022年7月1日 – 2022年9月30日）内",
    ]);
    expect(dateInPhase(validTour({ startsAt: chinaInstant("2022-06-30", "14:30")! }))).toHaveLength(1);
  });
});

describe("stopsInsideWindow", () => {
  it("accepts stops that start at the tour's start and end at its end", () => {
    expect(stopsInsideWindow(validTour({ stops: [stop(LOGISTICS, "14:30", "17:30")] }))).toEqual([]);
  });

  it("refuses a stop that starts early or ends late, naming the stop and both windows", () => {
    const tour = validTour({ stops: [stop(LOGISTICS, "14:00", "15:00"), stop(MARKETING, "16:15", "17:45")] });
    expect(messages(stopsInsideWindow(tour))).toEqual([
      "第1站「惠州烟草物流配送中心」安排在14:00–15:00，超出了活动时间14:30–17:30",
      "第2站「惠州烟草营销中心党员活动中心」安排在16:15–17:45，超出了活动时间14:30–17:30",
    ]);
  });
});

describe("stopsDoNotOverlap", () => {
  it("lets a stop begin the minute the previous one ends", () => {
    expect(
      stopsDoNotOverlap(validTour({ stops: [stop(LOGISTICS, "14:50", "15:55"), stop(LOGISTICS, "15:55", "16:30")] })),
    ).toEqual([]);
  });

  it("refuses overlapping stops, naming both", () => {
    const tour = validTour({ stops: [stop(LOGISTICS, "14:50", "15:55"), stop(MARKETING, "15:30", "16:30")] });
    expect(messages(stopsDoNotOverlap(tour))).toEqual([
      "第2站「惠州烟草营销中心党员活动中心」（15:30–16:30）与第1站「惠州烟草物流配送中心」（14:50–15:55）时间重叠",
    ]);
  });

  it("refuses stops listed out of time order", () => {
    const tour = validTour({ stops: [stop(MARKETING, "16:15", "17:30"), stop(LOGISTICS, "14:50", "15:55")] });
    expect(messages(stopsDoNotOverlap(tour))).toEqual([
      "第2站「惠州烟草物流配送中心」（14:50–15:55）排在第1站「惠州烟草营销中心党员活动中心」（16:15–17:30）之后，时间却更早，请按时间先后排列站点",
    ]);
  });
});

describe("travelTime", () => {
  it("accepts exactly the phase's travel time, and no gap at all at the same site", () => {
    expect(
      travelTime(validTour({ stops: [stop(LOGISTICS, "14:50", "15:55"), stop(MARKETING, "16:10", "17:00")] })),
    ).toEqual([]);
    expect(
      travelTime(validTour({ stops: [stop(LOGISTICS, "14:50", "15:55"), stop(LOGISTICS, "15:55", "17:00")] })),
    ).toEqual([]);
  });

  it("refuses too short a gap between different sites, with the gap and the phase's minimum", () => {
    const tour = validTour({ stops: [stop(LOGISTICS, "14:50", "15:55"), stop(MARKETING, "16:05", "17:00")] });
    expect(messages(travelTime(tour))).toEqual([
      "第1站「惠州烟草物流配送中心」15:55离开，第2站「惠州烟草营销中心党员活动中心」16:05到达，只留出10分钟路程；「交叉观摩」阶段要求不同观摩点之间至少留出15分钟",
    ]);
  });

  it("follows the phase's setting", () => {
    const tour = validTour();
    expect(travelTime({ ...tour, phase: { ...tour.phase, travelMinutes: 30 } })).toHaveLength(1);
  });
});

describe("capacity", () => {
  it("counts members and guests against every stop's site", () => {
    const small = { ...MARKETING, capacity: 3 };
    expect(capacity(validTour({ stops: [stop(small, "16:15", "17:30")] }))).toEqual([]);
    const tight = { ...MARKETING, capacity: 2 };
    expect(
      messages(capacity(validTour({ stops: [stop(LOGISTICS, "14:50", "15:55"), stop(tight, "16:15", "17:30")] }))),
    ).toEqual(["观摩团共3人（成员2人、嘉宾1人），超过第2站「惠州烟草营销中心党员活动中心」的接待容量2人"]);
  });
});

describe("activeSites", () => {
  it("refuses a site that has been switched off", () => {
    const closed = { ...LOGISTICS, isActive: false };
    expect(messages(activeSites(validTour({ stops: [stop(closed, "14:50", "15:55")] })))).toEqual([
      "第1站的观摩点「惠州烟草物流配送中心」已停用，不能安排观摩",
    ]);
  });
});

describe("readyToPublish", () => {
  it("needs a stop and exactly one head", () => {
    expect(readyToPublish(validTour())).toEqual([]);
    expect(messages(readyToPublish(validTour({ stops: [], members: [] })))).toEqual([
      "请至少安排一个观摩点",
      "请指定观摩团团长",
    ]);
    const twoHeads = validTour().members.map((member) => ({ ...member, part: "HEAD" as const }));
    expect(messages(readyToPublish(validTour({ members: twoHeads })))).toEqual(["观摩团只能有一位团长，现有2位"]);
  });
});

describe("siteOneTourAtATime", () => {
  const other: OtherTourRef = { id: 3, title: "交叉观摩第二组", status: "PUBLISHED" };
  const booking = (siteId: number, start: string, end: string, tour = other): SiteBooking => ({
    siteId,
    startsAt: at(start),
    endsAt: at(end),
    tour,
  });

  it("refuses a stop at a site another tour holds at an overlapping time, naming that tour", () => {
    expect(messages(siteOneTourAtATime(validTour(), [booking(2, "17:00", "18:00")]))).toEqual([
      "观摩点「惠州烟草营销中心党员活动中心」2022年9月22日 17:00–18:00已安排已发布的观摩活动「交叉观摩第二组」，与本活动第2站（16:15–17:30）时间重叠；同一观摩点同一时间只能接待一个观摩活动",
    ]);
  });

  it("ignores other sites, touching times and the tour's own bookings", () => {
    expect(siteOneTourAtATime(validTour(), [booking(3, "14:00", "18:00")])).toEqual([]);
    expect(siteOneTourAtATime(validTour(), [booking(1, "15:55", "16:30"), booking(2, "13:00", "16:15")])).toEqual([]);
    expect(siteOneTourAtATime(validTour(), [booking(1, "15:00", "16:00", { ...other, id: 7 })])).toEqual([]);
  });

  it("names a completed tour as completed", () => {
    const done = booking(1, "15:00", "16:00", { ...other, status: "COMPLETED" });
    expect(messages(siteOneTourAtATime(validTour(), [done]))[0]).toContain("已完成的观摩活动「交叉观摩第二组」");
  });
});

describe("personOneTourAtATime", () => {
  const other: OtherTourRef = { id: 4, title: "交叉观摩第三组", status: "PUBLISHED" };
  const booking = (userId: number, start: string, end: string, tour = other): PersonBooking => ({
    userId,
    startsAt: at(start),
    endsAt: at(end),
    tour,
  });

  it("refuses a member another tour holds during this tour's window, naming the person and the tour", () => {
    expect(messages(personOneTourAtATime(validTour(), [booking(11, "09:00", "15:00")]))).toEqual([
      "交投集团党委书记2022年9月22日 09:00–15:00已参加已发布的观摩活动「交叉观摩第三组」，与本活动（14:30–17:30）时间重叠；同一人同一时间只能参加一个观摩活动",
    ]);
  });

  it("ignores other people, touching times and the tour's own bookings", () => {
    expect(personOneTourAtATime(validTour(), [booking(99, "14:00", "18:00")])).toEqual([]);
    expect(personOneTourAtATime(validTour(), [booking(10, "09:00", "14:30"), booking(11, "17:30", "19:00")])).toEqual(
      [],
    );
    expect(personOneTourAtATime(validTour(), [booking(10, "14:00", "18:00", { ...other, id: 7 })])).toEqual([]);
  });
});

describe("publishProblems", () => {
  it("lists every problem at once, from every rule", () => {
    const tour = validTour({
      members: [{ userId: 11, name: "交投集团党委书记", part: "MEMBER" }],
      stops: [
        stop({ ...LOGISTICS, isActive: false, capacity: 1 }, "14:00", "15:55"),
        stop(MARKETING, "15:50", "16:30"),
      ],
    });
    const problems = publishProblems(tour, {
      sites: [
        { siteId: 2, startsAt: at("16:00"), endsAt: at("17:00"), tour: { id: 3, title: "甲", status: "PUBLISHED" } },
      ],
      people: [
        { userId: 11, startsAt: at("14:00"), endsAt: at("15:00"), tour: { id: 4, title: "乙", status: "PUBLISHED" } },
      ],
    });
    expect(new Set(problems.map((problem) => problem.rule))).toEqual(
      new Set([
        "readyToPublish",
        "stopsInsideWindow",
        "stopsDoNotOverlap",
        "capacity",
        "activeSites",
        "siteOneTourAtATime",
        "personOneTourAtATime",
      ]),
    );
  });
});

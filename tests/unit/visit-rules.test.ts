import { describe, expect, it } from "vitest";
import {
  availability,
  availabilityLabel,
  compareQueue,
  entriesToPromote,
  signupClosedReason,
} from "@/lib/visits/rules";
import { chinaInstant } from "@/lib/visits/schemas";

const at = (time: string) => new Date(`2022-10-18T${time}:00+08:00`);
const entry = (id: number, time: string) => ({ id, queuedAt: at(time) });

describe("the waiting list", () => {
  it("is served earliest sign-up first, the lower id breaking a tie", () => {
    const list = [entry(7, "09:02"), entry(3, "09:01"), entry(5, "09:01"), entry(1, "09:03")];
    expect([...list].sort(compareQueue).map((e) => e.id)).toEqual([3, 5, 7, 1]);
  });

  it("promotes as many of the first in line as there are free places", () => {
    const list = [entry(4, "10:00"), entry(2, "09:00"), entry(9, "09:30")];
    expect(entriesToPromote({ capacity: 5, confirmedCount: 4 }, list).map((e) => e.id)).toEqual([2]);
    expect(entriesToPromote({ capacity: 5, confirmedCount: 3 }, list).map((e) => e.id)).toEqual([2, 9]);
    expect(entriesToPromote({ capacity: 9, confirmedCount: 0 }, list).map((e) => e.id)).toEqual([2, 9, 4]);
  });

  it("promotes nobody into a full slot, or from an empty list", () => {
    expect(entriesToPromote({ capacity: 5, confirmedCount: 5 }, [entry(1, "09:00")])).toEqual([]);
    expect(entriesToPromote({ capacity: 5, confirmedCount: 2 }, [])).toEqual([]);
  });
});

describe("what the sign-up page says", () => {
  it("writes places left, or full with the queue length", () => {
    expect(availabilityLabel(availability({ capacity: 6, confirmedCount: 3 }, 0))).toBe("余 3 个名额");
    expect(availabilityLabel(availability({ capacity: 6, confirmedCount: 6 }, 2))).toBe("已满，可候补（2 人排队）");
  });

  it("closes sign-up for cancelled, started, and closed-phase slots", () => {
    const slot = { startsAt: at("09:00"), cancelledAt: null, phaseStatus: "PLANNED" };
    expect(signupClosedReason(slot, at("08:59"))).toBeNull();
    expect(signupClosedReason(slot, at("09:00"))).toBe("该时段已开始，报名已截止");
    expect(signupClosedReason({ ...slot, phaseStatus: "CLOSED" }, at("08:00"))).toBe("示范观摩阶段已结束，报名已关闭");
    expect(signupClosedReason({ ...slot, cancelledAt: at("07:00") }, at("08:00"))).toBe("该时段已取消");
  });

  it("reads form times as China time whatever the server's zone", () => {
    expect(chinaInstant("2022-10-18", "09:30").toISOString()).toBe("2022-10-18T01:30:00.000Z");
  });
});

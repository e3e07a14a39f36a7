import type { PhaseKind } from "@/lib/generated/prisma/enums";
import type { Transaction } from "@/lib/prisma-client";
import type { Username } from "./accounts";
import type { PhaseRef } from "./campaign";
import { required } from "./lookup";
import type { SiteKey, SiteRef } from "./sites";
import { chinaTime } from "./time";

/**
 * 示范观摩 visit slots in the demonstration phase (October–November 2022) at the sites the
 * earlier phases showed off: the article's two 惠州烟草 sites among them. The afternoon at the
 * 营销中心 is full with two people waiting; one sign-up at the 物流配送中心 was cancelled.
 * Nobody holds two overlapping slots, and each slot's confirmedCount is computed from its rows.
 */
interface SignupSeed {
  user: Username;
  status: "CONFIRMED" | "WAITLISTED" | "CANCELLED";
  /** When the person signed up (China time); the waiting list is served in this order. */
  at: string;
}

interface SlotSeed {
  site: SiteKey;
  startsAt: string;
  endsAt: string;
  capacity: number;
  note: string;
  signups: readonly SignupSeed[];
}

const confirmed = (user: Username, at: string): SignupSeed => ({ user, status: "CONFIRMED", at });

export const VISIT_SLOTS: readonly SlotSeed[] = [
  {
    site: "yancao-logistics",
    startsAt: "2022-10-18T09:00",
    endsAt: "2022-10-18T11:00",
    capacity: 30,
    note: "在物流园东门集合，参观自动化入库、分装生产线旁的“学习角”。",
    signups: [
      confirmed("secretary", "2022-09-20T09:12"),
      confirmed("observer", "2022-09-20T09:30"),
      confirmed("deputy-shuiwu", "2022-09-20T10:05"),
      confirmed("sec-yidong", "2022-09-20T14:40"),
      { user: "sec-gongdian", status: "CANCELLED", at: "2022-09-21T08:50" },
      confirmed("sec-dianxin", "2022-09-21T09:15"),
      confirmed("sec-youzheng", "2022-09-21T11:20"),
      confirmed("sec-shihua", "2022-09-22T16:00"),
      confirmed("sec-liantong", "2022-09-23T10:10"),
    ],
  },
  {
    site: "yancao-marketing",
    startsAt: "2022-10-18T14:30",
    endsAt: "2022-10-18T16:30",
    capacity: 6,
    note: "党员活动中心场地有限，每场 6 人；含沉浸式党员教育体验。",
    signups: [
      confirmed("sec-chengtou", "2022-09-20T09:05"),
      confirmed("sec-gangtou", "2022-09-20T09:18"),
      confirmed("sec-guotou", "2022-09-20T09:41"),
      confirmed("sec-chantou", "2022-09-20T10:02"),
      confirmed("sec-desay", "2022-09-20T10:30"),
      confirmed("sec-nengtou", "2022-09-20T11:45"),
      { user: "sec-liangshi", status: "WAITLISTED", at: "2022-09-20T15:20" },
      { user: "secretary", status: "WAITLISTED", at: "2022-09-21T08:35" },
    ],
  },
  {
    site: "desay-plant1",
    startsAt: "2022-10-25T09:30",
    endsAt: "2022-10-25T11:30",
    capacity: 40,
    note: "参观生产线党员示范岗和质量攻关党员突击队。",
    signups: [
      confirmed("sec-yancao", "2022-09-26T09:00"),
      confirmed("sec-gongdian", "2022-09-26T09:20"),
      confirmed("leader-deputy1", "2022-09-26T10:00"),
      confirmed("sec-chengtou", "2022-09-27T15:30"),
      confirmed("observer", "2022-09-28T09:45"),
    ],
  },
  {
    site: "gongdian-service",
    startsAt: "2022-11-08T14:30",
    endsAt: "2022-11-08T16:30",
    capacity: 30,
    note: "“电网先锋”党员服务队基地，现场观看限时响应服务演示。",
    signups: [],
  },
  {
    site: "jiaotou-station",
    startsAt: "2022-11-15T09:00",
    endsAt: "2022-11-15T11:00",
    capacity: 45,
    note: "候车大厅党员服务岗和红色驿站。",
    signups: [confirmed("sec-guotou", "2022-10-10T10:00")],
  },
];

export async function seedVisits(
  tx: Transaction,
  refs: {
    phases: ReadonlyMap<PhaseKind, PhaseRef>;
    sites: ReadonlyMap<SiteKey, SiteRef>;
    users: ReadonlyMap<Username, number>;
  },
) {
  const phaseId = required(refs.phases, "DEMONSTRATION").id;
  // One slot at a time: the ids keep the order of the list, and each slot's sign-ups follow it.
  for (const seed of VISIT_SLOTS) {
    const slot = await tx.visitSlot.create({
      data: {
        phaseId,
        siteId: required(refs.sites, seed.site).id,
        startsAt: chinaTime(seed.startsAt),
        endsAt: chinaTime(seed.endsAt),
        capacity: seed.capacity,
        confirmedCount: seed.signups.filter((signup) => signup.status === "CONFIRMED").length,
        note: seed.note,
        createdAt: chinaTime("2022-09-15T10:00"),
      },
      select: { id: true },
    });
    await tx.visitSignup.createMany({
      data: seed.signups.map((signup) => ({
        slotId: slot.id,
        userId: required(refs.users, signup.user),
        status: signup.status,
        queuedAt: chinaTime(signup.at),
        createdAt: chinaTime(signup.at),
      })),
    });
  }
}

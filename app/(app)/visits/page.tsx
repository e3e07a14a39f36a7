import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { MySignups } from "@/components/visits/my-signups";
import { OpenSlotCard } from "@/components/visits/open-slot-card";
import type { MySlotSignup } from "@/components/visits/signup-control";
import { requirePermission } from "@/lib/auth/current-user";
import { listMySignups, listOpenSlots } from "@/lib/visits/queries";

export const metadata: Metadata = { title: "示范观摩报名" };

export default async function VisitsPage() {
  const user = await requirePermission("visit.signup");
  // One instant for the whole page, so "open" and "over" agree across its sections.
  const now = new Date();
  const [slots, signups] = await Promise.all([listOpenSlots(now), listMySignups(user.id)]);

  const mineBySlot = new Map<number, MySlotSignup>();
  for (const signup of signups) {
    if (signup.status === "CANCELLED") continue;
    mineBySlot.set(signup.slotId, { signupId: signup.id, status: signup.status, position: signup.position });
  }

  return (
    <>
      <PageHeader
        title="示范观摩报名"
        description="示范观摩阶段，各单位党务工作人员和党员代表到国企党建观摩示范点现场观摩。每个时段名额有限，报满后可以候补；有人取消时，按报名先后依次递补，递补成功会通知您。同一时间只能报名一个时段。"
      />
      <div className="space-y-6">
        <section aria-labelledby="open-slots-heading">
          <h2 id="open-slots-heading" className="mb-3 text-base font-semibold text-ink">
            可报名的时段
          </h2>
          {slots.length === 0 ? (
            <EmptyState
              title="目前没有可报名的示范观摩时段"
              description="市国资委安排时段后会在这里列出；已报名的记录见下方“我的报名”。"
            />
          ) : (
            <ul className="grid gap-4 md:grid-cols-2" aria-label="可报名的时段">
              {slots.map((slot) => (
                <OpenSlotCard key={slot.id} slot={slot} mine={mineBySlot.get(slot.id) ?? null} />
              ))}
            </ul>
          )}
        </section>
        <Card title="我的报名" description="您报名和候补的全部时段，含已结束和已取消的">
          <MySignups signups={signups} now={now} />
        </Card>
      </div>
    </>
  );
}

import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { MyTourCard } from "@/components/tours/views/my-tour-card";
import { requireUser } from "@/lib/auth/current-user";
import { listMyTours } from "@/lib/tours/views/queries";

export const metadata: Metadata = { title: "我的观摩" };

/** 我的观摩: every signed-in user's published and completed tours, upcoming first. */
export default async function MyToursPage() {
  const user = await requireUser();
  const { upcoming, past } = await listMyTours(user.id, new Date());

  return (
    <>
      <PageHeader title="我的观摩" description="您所在观摩团的观摩活动：何时何地集合、观摩哪些点位、是否评分。" />
      <section aria-labelledby="upcoming-heading">
        <h2 id="upcoming-heading" className="text-base font-semibold text-ink">
          即将参加 <span className="font-normal text-muted">（{upcoming.length}）</span>
        </h2>
        <div className="mt-3 grid gap-4 md:grid-cols-2">
          {upcoming.length === 0 ? (
            <div className="md:col-span-2">
              <EmptyState title="暂无即将参加的观摩活动" description="观摩活动发布后会出现在这里。" />
            </div>
          ) : (
            upcoming.map((tour) => <MyTourCard key={tour.id} tour={tour} />)
          )}
        </div>
      </section>
      <section aria-labelledby="past-heading" className="mt-8">
        <h2 id="past-heading" className="text-base font-semibold text-ink">
          已参加 <span className="font-normal text-muted">（{past.length}）</span>
        </h2>
        <div className="mt-3 grid gap-4 md:grid-cols-2">
          {past.length === 0 ? (
            <div className="md:col-span-2">
              <EmptyState title="还没有参加过的观摩活动" />
            </div>
          ) : (
            past.map((tour) => <MyTourCard key={tour.id} tour={tour} past />)
          )}
        </div>
      </section>
    </>
  );
}

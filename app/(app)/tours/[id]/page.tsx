import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { StopRemarks } from "@/components/remarks/stop-remarks";
import { DelegationList } from "@/components/tours/views/delegation-list";
import { StopList } from "@/components/tours/views/stop-list";
import { TourFacts } from "@/components/tours/views/tour-facts";
import { TourStatusBadge } from "@/components/tours/views/tour-status-badge";
import { parseIdSegment } from "@/lib/api/query";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { DELEGATION_PART_LABELS } from "@/lib/labels";
import { remarkWindow } from "@/lib/remarks/rules";
import { findTourPage } from "@/lib/tours/views/queries";

export const metadata: Metadata = { title: "观摩活动" };

/**
 * A tour as everyone allowed to see it reads it (ADMIN and LEADER: all tours, drafts for ADMIN
 * only; others: the tours they are on). Anything else is 404, as if the tour did not exist.
 */
export default async function TourPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const id = parseIdSegment((await params).id);
  const tour = id ? await findTourPage(id, user) : null;
  if (!tour) notFound();

  const now = new Date();
  const seat = tour.delegation.find((member) => member.userId === user.id);
  const canRecordOwn = seat !== undefined && can(user.role, "remark.record");
  const guestsToRecordFor = can(user.role, "tour.manage") ? tour.guests : undefined;

  return (
    <>
      <PageHeader
        title={tour.title}
        description={
          <>
            {tour.phase.campaign.name} · {tour.phase.name} <TourStatusBadge status={tour.status} />
          </>
        }
        actions={
          <>
            <Link href={`/tours/${tour.id}/itinerary`} className={buttonClasses({ variant: "secondary" })}>
              观摩安排表
            </Link>
            <a href={`/tours/${tour.id}/calendar.ics`} className={buttonClasses({ variant: "secondary" })} download>
              加入日历
            </a>
            {can(user.role, "tour.manage") && (
              <Link href={`/tours/${tour.id}/edit`} className={buttonClasses()}>
                编辑
              </Link>
            )}
          </>
        }
      />

      {tour.status === "CANCELLED" && (
        <p role="status" className="mb-6 rounded-md border border-line-strong bg-surface px-4 py-3 text-sm text-ink">
          本次观摩活动已取消{tour.cancelReason ? `：${tour.cancelReason}` : "。"}
        </p>
      )}
      {seat && tour.status !== "CANCELLED" && (
        <p className="mb-6 rounded-md border border-accent-200 bg-accent-50 px-4 py-3 text-sm text-accent-900">
          您是本次观摩团{DELEGATION_PART_LABELS[seat.part]}，
          {!seat.isScoring ? (
            "不参加评分。"
          ) : tour.phase.status === "ACTIVE" && tour.status !== "DRAFT" ? (
            <>
              参加评分，请在
              <Link href="/scoring" className="font-medium underline">
                我的评分
              </Link>
              中为各观摩点评分。
            </>
          ) : (
            "参加评分（本阶段评分已结束或尚未开始）。"
          )}
        </p>
      )}

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card title="基本信息">
            <TourFacts tour={tour} />
          </Card>
          <Card title="观摩路线" description={`共 ${tour.stops.length} 个观摩点，按先后顺序`}>
            {tour.stops.length === 0 ? (
              <p className="text-sm text-muted">尚未安排观摩点</p>
            ) : (
              <StopList stops={tour.stops}>
                {(stop) => (
                  <StopRemarks
                    stopId={stop.id}
                    remarks={stop.remarks}
                    window={remarkWindow(tour, stop, now)}
                    canRecordOwn={canRecordOwn}
                    guestsToRecordFor={guestsToRecordFor}
                  />
                )}
              </StopList>
            )}
          </Card>
        </div>
        <Card title="观摩团" className="self-start">
          <DelegationList members={tour.delegation} guests={tour.guests} viewerId={user.id} />
        </Card>
      </div>
    </>
  );
}

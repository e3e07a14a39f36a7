import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { SignupTable } from "@/components/visits/signup-lists";
import { CancelSlotForm, DeleteSlotButton } from "@/components/visits/slot-controls";
import { SlotForm } from "@/components/visits/slot-form";
import { SlotStatusBadge } from "@/components/visits/slot-status";
import { requirePermission } from "@/lib/auth/current-user";
import { chinaDateKey, formatDateTime, formatDateTimeRange, formatTime } from "@/lib/format";
import { findSlotForAdmin, listSignupsOfSlot, listSiteOptions } from "@/lib/visits/queries";

export const metadata: Metadata = { title: "示范观摩时段" };

export default async function AdminVisitSlotPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission("visit.manage");
  const id = Number((await params).id);
  const slot = Number.isInteger(id) && id > 0 ? await findSlotForAdmin(id) : null;
  if (!slot) notFound();
  const [signups, sites] = await Promise.all([listSignupsOfSlot(slot.id), listSiteOptions(slot.phaseId, slot.siteId)]);
  const now = new Date();

  const confirmed = signups.filter((row) => row.status === "CONFIRMED");
  const waiting = signups.filter((row) => row.status === "WAITLISTED");
  const cancelled = signups.filter((row) => row.status === "CANCELLED");
  const active = confirmed.length + waiting.length;
  const when = formatDateTimeRange(slot.startsAt, slot.endsAt);
  const editable = !slot.cancelledAt && slot.startsAt.getTime() > now.getTime() && slot.phaseStatus !== "CLOSED";

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/visits" className="text-muted underline-offset-2 hover:text-ink hover:underline">
          ← 示范观摩时段
        </Link>
      </p>
      <PageHeader
        title={slot.siteName}
        description={
          <>
            <span className="tabular">{when}</span> · {slot.enterprise} · {slot.organization}{" "}
            <SlotStatusBadge slot={slot} now={now} />{" "}
            {slot.isDemonstrationSite && <Badge tone="accent">示范观摩点</Badge>}
          </>
        }
      />
      {slot.cancelledAt && (
        <p role="status" className="mb-6 rounded-md border border-line bg-canvas px-4 py-3 text-sm text-ink-soft">
          本时段已于 {formatDateTime(slot.cancelledAt)} 取消。原因：{slot.cancelReason}
        </p>
      )}
      <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="space-y-6">
          <Card
            title="报名名单"
            description={`已确认 ${slot.confirmedCount} 人，名额 ${slot.capacity} 人`}
            data-testid="slot-confirmed"
          >
            <SignupTable
              rows={confirmed}
              caption="已确认报名"
              orderLabel="序号"
              empty="还没有人报名"
              testId="confirmed-list"
            />
          </Card>
          <Card
            title="候补名单"
            description="按报名先后递补；有人取消或增加名额时自动转为正式报名"
            data-testid="slot-waiting"
          >
            <SignupTable
              rows={waiting}
              caption="候补名单，按位次"
              orderLabel="位次"
              empty="没有人候补"
              testId="waiting-list"
            />
          </Card>
          {cancelled.length > 0 && (
            <Card title={`已取消（${cancelled.length}）`} description="本人取消或随时段取消的报名">
              <SignupTable rows={cancelled} caption="已取消的报名" orderLabel="序号" empty="" testId="cancelled-list" />
            </Card>
          )}
        </div>
        <div className="space-y-6">
          {editable ? (
            <>
              <Card title="修改时段">
                <SlotForm
                  phaseId={slot.phaseId}
                  sites={sites}
                  existing={{
                    slotId: slot.id,
                    siteId: slot.siteId,
                    date: chinaDateKey(slot.startsAt),
                    startTime: formatTime(slot.startsAt),
                    endTime: formatTime(slot.endsAt),
                    capacity: slot.capacity,
                    note: slot.note,
                    placeAndTimeLocked: active > 0,
                    siteLabel: slot.siteName,
                    timeLabel: when,
                  }}
                />
              </Card>
              <Card title="取消时段" description="取消后不再接受报名；已报名和候补的人会收到通知，记录保留。">
                <CancelSlotForm slotId={slot.id} activeSignups={active} />
              </Card>
            </>
          ) : (
            <Card title="说明">
              <p className="text-sm text-ink-soft">
                {slot.cancelledAt
                  ? "已取消的时段不能修改。"
                  : slot.phaseStatus === "CLOSED"
                    ? "示范观摩阶段已结束，时段不能修改。"
                    : "时段已开始或已结束，不能修改。"}
                {slot.note && <span className="mt-2 block">说明：{slot.note}</span>}
              </p>
            </Card>
          )}
          {slot.signupRows === 0 && (
            <Card title="删除时段" description="没有任何报名记录的时段可以直接删除。">
              <DeleteSlotButton slotId={slot.id} />
            </Card>
          )}
        </div>
      </div>
    </>
  );
}

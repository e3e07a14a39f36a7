import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { TourEditor } from "@/components/tours/tour-editor";
import { TourStatusBadge } from "@/components/tours/tour-status-badge";
import { TourSummary } from "@/components/tours/tour-summary";
import { requirePermission } from "@/lib/auth/current-user";
import { formatDateTimeRange } from "@/lib/format";
import { TOUR_STATUS_LABELS } from "@/lib/labels";
import { editorOptions, findTourForEditing } from "@/lib/tours/editor-queries";

export const metadata: Metadata = { title: "编辑观摩活动" };

export default async function EditTourPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission("tour.manage");
  const id = Number((await params).id);
  const tour = Number.isInteger(id) && id > 0 ? await findTourForEditing(id) : null;
  if (!tour) notFound();
  const options = await editorOptions(tour.id);
  const readOnly = tour.status === "COMPLETED" || tour.status === "CANCELLED";

  return (
    <>
      <PageHeader
        title={tour.title}
        description={
          <span className="inline-flex flex-wrap items-center gap-x-2 gap-y-1">
            <TourStatusBadge status={tour.status} />
            <span>{tour.phaseName}</span>
            <span className="tabular">{formatDateTimeRange(tour.startsAt, tour.endsAt)}</span>
          </span>
        }
        actions={
          <>
            <Link href={`/tours/${tour.id}`} className={buttonClasses({ variant: "secondary" })}>
              查看
            </Link>
            <Link href="/tours" className={buttonClasses({ variant: "ghost" })}>
              返回列表
            </Link>
          </>
        }
      />
      {readOnly ? (
        <Card
          title={`${TOUR_STATUS_LABELS[tour.status]}的观摩活动不能再修改`}
          description={
            tour.status === "CANCELLED"
              ? `取消原因：${tour.cancelReason ?? "—"}`
              : "活动已结束，安排只读；评分和互动交流照常记录。"
          }
        >
          <TourSummary state={tour.state} when={formatDateTimeRange(tour.startsAt, tour.endsAt)} options={options} />
        </Card>
      ) : (
        <TourEditor
          tour={{
            id: tour.id,
            status: tour.status,
            version: tour.version,
            cancelReason: tour.cancelReason,
            state: tour.state,
          }}
          options={options}
          defaultPhaseId={null}
        />
      )}
    </>
  );
}

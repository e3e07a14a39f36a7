import type { Metadata } from "next";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { AdminSlotTable } from "@/components/visits/admin-slot-table";
import { requirePermission } from "@/lib/auth/current-user";
import { formatDateRange } from "@/lib/format";
import { PHASE_STATUS_LABELS } from "@/lib/labels";
import { currentDemonstrationPhase, listSlotsOfPhase } from "@/lib/visits/queries";

export const metadata: Metadata = { title: "示范观摩时段" };

export default async function AdminVisitsPage() {
  await requirePermission("visit.manage");
  const phase = await currentDemonstrationPhase();
  if (!phase) {
    return (
      <>
        <PageHeader title="示范观摩时段" />
        <EmptyState title="当前活动还没有示范观摩阶段" description="请先在活动设置中建立示范观摩阶段。" />
      </>
    );
  }
  const slots = await listSlotsOfPhase(phase.id);
  const now = new Date();
  const open = phase.status !== "CLOSED";

  return (
    <>
      <PageHeader
        title="示范观摩时段"
        description={`${phase.campaignName} · ${phase.name}（${PHASE_STATUS_LABELS[phase.status]}，${formatDateRange(phase.startsOn, phase.endsOn)}）`}
        actions={
          open && (
            <Link href="/admin/visits/new" className={buttonClasses()}>
              新建时段
            </Link>
          )
        }
      />
      <Card
        title={`共 ${slots.length} 个时段`}
        description="可在任一启用的观摩点安排时段；已评选为国企党建观摩示范点的标注“示范观摩点”。点击观摩点查看报名和候补名单。"
      >
        {slots.length === 0 ? (
          <EmptyState
            title="还没有示范观摩时段"
            description={open ? "新建时段后，各单位即可在“示范观摩报名”中报名。" : "示范观摩阶段已结束。"}
          />
        ) : (
          <AdminSlotTable slots={slots} now={now} />
        )}
      </Card>
    </>
  );
}

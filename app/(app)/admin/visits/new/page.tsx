import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { SlotForm } from "@/components/visits/slot-form";
import { requirePermission } from "@/lib/auth/current-user";
import { currentDemonstrationPhase, listSiteOptions } from "@/lib/visits/queries";

export const metadata: Metadata = { title: "新建示范观摩时段" };

export default async function NewVisitSlotPage() {
  await requirePermission("visit.manage");
  const phase = await currentDemonstrationPhase();
  if (!phase || phase.status === "CLOSED") {
    return (
      <>
        <PageHeader title="新建示范观摩时段" />
        <EmptyState title="示范观摩阶段不存在或已结束，不能新建时段" />
      </>
    );
  }
  const sites = await listSiteOptions(phase.id);
  return (
    <>
      <PageHeader
        title="新建示范观摩时段"
        description={`${phase.campaignName} · ${phase.name}。名额不超过观摩点可容纳人数；同一观摩点的时段不能重叠。`}
      />
      <Card>
        <SlotForm phaseId={phase.id} sites={sites} />
      </Card>
    </>
  );
}

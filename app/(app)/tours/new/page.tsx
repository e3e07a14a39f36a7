import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { TourEditor } from "@/components/tours/tour-editor";
import { requirePermission } from "@/lib/auth/current-user";
import { editorOptions } from "@/lib/tours/editor-queries";

export const metadata: Metadata = { title: "新建观摩活动" };

export default async function NewTourPage() {
  await requirePermission("tour.manage");
  const options = await editorOptions(null);
  const active = options.phases.find((phase) => phase.status === "ACTIVE") ?? null;
  return (
    <>
      <PageHeader
        title="新建观摩活动"
        description="先保存为草稿；草稿保存时检查活动本身的安排，发布时再检查与其他活动的观摩点和人员冲突。"
      />
      <TourEditor tour={null} options={options} defaultPhaseId={active?.id ?? null} />
    </>
  );
}

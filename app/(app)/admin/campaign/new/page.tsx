import type { Metadata } from "next";
import { CampaignForm } from "@/components/campaign/campaign-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { listCampaignYears } from "@/lib/campaign/queries";

export const metadata: Metadata = { title: "新建年度活动" };

export default async function NewCampaignPage() {
  await requirePermission("campaign.manage");
  const years = await listCampaignYears();
  return (
    <>
      <PageHeader
        title="新建年度活动"
        description="创建后自动建立内部观摩、交叉观摩、示范观摩三个阶段（未开始），时间可随后调整。"
      />
      <Card>
        <CampaignForm suggestedYear={(years[0]?.year ?? new Date().getFullYear() - 1) + 1} />
      </Card>
    </>
  );
}

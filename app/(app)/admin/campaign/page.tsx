import type { Metadata } from "next";
import Link from "next/link";
import { CampaignForm } from "@/components/campaign/campaign-form";
import { PhaseCard } from "@/components/campaign/phase-card";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { cx } from "@/components/ui/cx";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { findCampaignForSetup, listCampaignYears } from "@/lib/campaign/queries";

export const metadata: Metadata = { title: "活动与阶段" };

export default async function CampaignPage({ searchParams }: { searchParams: Promise<{ year?: string }> }) {
  await requirePermission("campaign.manage");
  const requested = Number((await searchParams).year);
  const [campaign, years] = await Promise.all([
    findCampaignForSetup(Number.isInteger(requested) ? requested : null),
    listCampaignYears(),
  ]);
  const newCampaignLink = (
    <Link href="/admin/campaign/new" className={buttonClasses({ variant: "secondary" })}>
      新建年度活动
    </Link>
  );

  if (!campaign) {
    return (
      <>
        <PageHeader title="活动与阶段" actions={newCampaignLink} />
        <EmptyState title="还没有观摩活动" description="先新建本年度的活动，系统会建好三个阶段。" />
      </>
    );
  }

  return (
    <>
      <PageHeader title="活动与阶段" description={campaign.name} actions={newCampaignLink} />
      {years.length > 1 && (
        <nav aria-label="年度" className="mb-4 flex flex-wrap gap-2">
          {years.map((entry) => (
            <Link
              key={entry.id}
              href={`/admin/campaign?year=${entry.year}`}
              aria-current={entry.year === campaign.year ? "page" : undefined}
              className={cx(
                "rounded-md px-3 py-1 text-sm ring-1 ring-inset",
                entry.year === campaign.year
                  ? "bg-accent-50 text-accent-800 ring-accent-200"
                  : "text-ink-soft ring-line-strong",
              )}
            >
              {entry.year}年
            </Link>
          ))}
        </nav>
      )}
      <p className="mb-4 rounded-md bg-surface px-4 py-3 text-sm text-ink-soft ring-1 ring-line">
        三个阶段依次进行：上一阶段开始后，下一阶段才能开始；上一阶段结束后，下一阶段才能结束。阶段结束即锁定评分，不能重新开始。各阶段时间须在{" "}
        {campaign.year} 年内且互不重叠。
      </p>
      <div className="grid gap-6">
        {campaign.phases.map((phase) => (
          <PhaseCard key={phase.id} phase={phase} phases={campaign.phases} />
        ))}
        <Card title="活动信息">
          <CampaignForm existing={campaign} />
        </Card>
      </div>
    </>
  );
}

import type { Metadata } from "next";
import { FigureForm } from "@/components/assets/figure-form";
import { FigureHistory } from "@/components/assets/figure-history";
import { OwnTrend } from "@/components/assets/own-trend";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { enterpriseFigures, filingEnterprise } from "@/lib/assets/filing-queries";
import { monthFromIndex, monthIndex, monthKey } from "@/lib/assets/months";
import { requirePermission } from "@/lib/auth/current-user";
import { chinaToday } from "@/lib/format";

export const metadata: Metadata = { title: "资产填报" };

/** A secretary files their own enterprise's month-end total assets and sees its trend and history. */
export default async function AssetFilingPage() {
  const user = await requirePermission("asset.fileOwn");
  const enterprise = user.enterpriseId ? await filingEnterprise(user.enterpriseId) : null;
  const thisMonth = monthKey(chinaToday());
  // Month-end figures are usually filed early the next month.
  const lastMonth = monthKey(monthFromIndex(monthIndex(chinaToday()) - 1));

  if (!enterprise || !enterprise.isActive || !enterprise.countsTowardAssetTarget) {
    return (
      <>
        <PageHeader title="资产填报" />
        <EmptyState
          title="本企业不计入资产目标，无需填报"
          description="计入目标的市属企业每月填报月末资产总额；如有疑问请联系市国资委。"
        />
      </>
    );
  }

  const figures = await enterpriseFigures(enterprise.id);
  return (
    <>
      <PageHeader title="资产填报" description={`${enterprise.name} · 每月填报月末资产总额（亿元）`} />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <Card title="填报月末资产总额">
          <FigureForm maxMonth={thisMonth} defaultMonth={lastMonth} />
        </Card>
        <Card title="本企业趋势" description="已填报各月的月末资产总额">
          <OwnTrend figures={figures} />
          <div className="mt-4">
            <FigureHistory figures={figures} />
          </div>
        </Card>
      </div>
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { AssetHeadline } from "@/components/assets/headline";
import { ContributionSection } from "@/components/assets/contribution-section";
import { GrowthTable } from "@/components/assets/growth-table";
import { MethodNote } from "@/components/assets/method-note";
import { TargetList } from "@/components/assets/target-list";
import { TrendSection } from "@/components/assets/trend-section";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { loadAssetPage } from "@/lib/assets/queries";
import { requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { formatNumber } from "@/lib/format";

export const metadata: Metadata = { title: "资产目标进度" };

export default async function AssetProgressPage() {
  const user = await requirePermission("asset.readAll");
  const { figures, months, growth, matrix } = await loadAssetPage();
  const staff = can(user.role, "asset.fileAny");

  return (
    <>
      <PageHeader
        title="资产目标进度"
        description={`${formatNumber(figures.countingEnterprises)} 家计入目标的市属企业月末资产总额（亿元），驻惠央企不计入`}
        actions={
          <div data-print="hide" className="flex flex-wrap gap-2">
            <a href="/assets/export.xlsx" className={buttonClasses({ variant: "secondary" })} download>
              导出 Excel
            </a>
            {staff && (
              <>
                <Link href="/admin/assets" className={buttonClasses({ variant: "ghost" })}>
                  填报与更正
                </Link>
                <Link href="/admin/assets/targets" className={buttonClasses({ variant: "ghost" })}>
                  目标设置
                </Link>
              </>
            )}
          </div>
        }
      />
      {!figures.asOf ? (
        <EmptyState
          title="还没有全部企业报齐的月份"
          description={`需 ${formatNumber(figures.countingEnterprises)} 家计入目标的企业全部填报同一月份后才汇总`}
        />
      ) : (
        <div className="grid gap-6">
          <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
            <Card title="当前资产总额">
              <AssetHeadline figures={figures} />
            </Card>
            <Card title="目标完成情况" description="剩余月数自数据截至月份末起算，不以今天起算">
              <TargetList figures={figures} />
            </Card>
          </div>
          <Card title="趋势与预测" description="实线为已报齐月份的合计，虚线为按近12个月年化增速的预测">
            <TrendSection figures={figures} months={months} />
          </Card>
          <Card title="各企业贡献" description={`最近 ${matrix.months.length} 个月，逐月堆叠，高度即合计`}>
            <ContributionSection matrix={matrix} months={months} counting={figures.countingEnterprises} />
          </Card>
          <Card title="各企业增长" description="近12个月">
            <GrowthTable rows={growth} asOf={figures.asOf.month} />
          </Card>
          <Card title="口径说明">
            <MethodNote />
          </Card>
        </div>
      )}
    </>
  );
}

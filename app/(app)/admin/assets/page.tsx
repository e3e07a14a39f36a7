import type { Metadata } from "next";
import Link from "next/link";
import { FigureForm } from "@/components/assets/figure-form";
import { FigureHistory } from "@/components/assets/figure-history";
import { RecentRevisions } from "@/components/assets/recent-revisions";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { cx } from "@/components/ui/cx";
import { PageHeader } from "@/components/ui/page-header";
import { enterpriseFigures, filingEnterprises, recentRevisions } from "@/lib/assets/filing-queries";
import { monthFromIndex, monthIndex, monthKey } from "@/lib/assets/months";
import { requirePermission } from "@/lib/auth/current-user";
import { chinaToday } from "@/lib/format";

export const metadata: Metadata = { title: "资产数据" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Staff file or correct any counting enterprise's figures and see each one's history. */
export default async function AdminAssetsPage({ searchParams }: { searchParams: SearchParams }) {
  await requirePermission("asset.fileAny");
  const { enterprise: raw } = await searchParams;
  const [enterprises, revisions] = await Promise.all([filingEnterprises(), recentRevisions()]);
  const requested = typeof raw === "string" && /^\d{1,9}$/.test(raw) ? Number(raw) : null;
  const selected = enterprises.find((enterprise) => enterprise.id === requested) ?? enterprises[0] ?? null;
  const figures = selected ? await enterpriseFigures(selected.id) : [];
  const today = chinaToday();

  return (
    <>
      <PageHeader
        title="资产数据"
        description="填报或更正计入目标企业的月末资产总额；更正会保留原数值"
        actions={
          <>
            <Link href="/admin/assets/import" className={buttonClasses({ variant: "secondary" })}>
              Excel 导入
            </Link>
            <Link href="/admin/assets/targets" className={buttonClasses({ variant: "secondary" })}>
              目标设置
            </Link>
            <Link href="/assets" className={buttonClasses({ variant: "ghost" })}>
              资产目标进度
            </Link>
          </>
        }
      />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <div className="grid content-start gap-6">
          <Card title="填报或更正">
            <FigureForm
              enterprises={enterprises}
              maxMonth={monthKey(today)}
              defaultMonth={monthKey(monthFromIndex(monthIndex(today) - 1))}
            />
          </Card>
          <Card title="最近更正">
            <RecentRevisions revisions={revisions} />
          </Card>
        </div>
        <Card title={selected ? `${selected.name} 已填报数据` : "已填报数据"}>
          <nav aria-label="选择企业" className="mb-4 flex flex-wrap gap-1.5">
            {enterprises.map((enterprise) => (
              <Link
                key={enterprise.id}
                href={`/admin/assets?enterprise=${enterprise.id}`}
                aria-current={enterprise.id === selected?.id ? "page" : undefined}
                className={cx(
                  "rounded-full px-3 py-1 text-sm ring-1 ring-line ring-inset",
                  enterprise.id === selected?.id
                    ? "bg-accent-700 text-white ring-accent-700"
                    : "text-ink-soft hover:bg-canvas",
                )}
              >
                {enterprise.shortName}
              </Link>
            ))}
          </nav>
          <FigureHistory figures={figures} />
        </Card>
      </div>
    </>
  );
}

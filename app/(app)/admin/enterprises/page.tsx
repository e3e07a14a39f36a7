import type { Metadata } from "next";
import Link from "next/link";
import { EnterpriseTable } from "@/components/enterprises/enterprise-table";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { listEnterprisesForSetup } from "@/lib/enterprises/queries";

export const metadata: Metadata = { title: "企业与党组织" };

export default async function EnterprisesPage() {
  await requirePermission("enterprise.manage");
  const enterprises = await listEnterprisesForSetup();
  const active = enterprises.filter((enterprise) => enterprise.isActive).length;
  return (
    <>
      <PageHeader
        title="企业与党组织"
        description={`共 ${enterprises.length} 家企业（启用 ${active} 家）。点企业名称维护其党组织架构。`}
        actions={
          <>
            <Link href="/admin/enterprises/import" className={buttonClasses({ variant: "secondary" })}>
              从 Excel 导入
            </Link>
            <Link href="/admin/enterprises/new" className={buttonClasses()}>
              新建企业
            </Link>
          </>
        }
      />
      <Card>
        {enterprises.length === 0 ? (
          <EmptyState title="还没有企业" description="逐个新建，或下载模板后从 Excel 一次导入企业和党组织。" />
        ) : (
          <EnterpriseTable enterprises={enterprises} />
        )}
      </Card>
    </>
  );
}

import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/current-user";
import { auditFilterOptions, auditPage } from "@/lib/audit/queries";
import { parseAuditFilter } from "@/lib/audit/filter";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { AuditFilters } from "@/components/audit/audit-filters";
import { AuditLogList } from "@/components/audit/audit-log-list";
import { AuditPagination } from "@/components/audit/audit-pagination";

export const metadata: Metadata = { title: "操作日志" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AuditPage({ searchParams }: { searchParams: SearchParams }) {
  await requirePermission("audit.read");
  const filter = parseAuditFilter(await searchParams);
  const [{ rows, total, pageCount }, options] = await Promise.all([auditPage(filter), auditFilterOptions()]);

  return (
    <>
      <PageHeader
        title="操作日志"
        description="谁在何时对哪条记录做了什么，以及变更前后的内容。日志只读，任何人不能修改。"
      />
      <Card data-testid="audit-card">
        <AuditFilters filter={filter} options={options} />
        <div className="mt-5 border-t border-line pt-2">
          {rows.length === 0 ? (
            <div className="pt-3">
              <EmptyState
                title={total === 0 ? "没有符合条件的日志" : "这一页没有日志"}
                description={total > 0 ? "请回到第一页查看" : undefined}
              />
            </div>
          ) : (
            <AuditLogList rows={rows} />
          )}
        </div>
        <AuditPagination filter={filter} pageCount={pageCount} total={total} />
      </Card>
    </>
  );
}

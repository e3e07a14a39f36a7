import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { LedgerFilters } from "@/components/problems/ledger-filters";
import { ProblemTable } from "@/components/problems/problem-table";
import { StatusCounts } from "@/components/problems/status-counts";
import { Pagination } from "@/components/ui/pagination";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { formatNumber } from "@/lib/format";
import { syncOverdueNotifications } from "@/lib/notifications/overdue";
import { parseProblemQuery, problemSearch, problemsHref } from "@/lib/problems/filters";
import { loadLedger } from "@/lib/problems/queries";
import { problemScope } from "@/lib/problems/scope";

export const metadata: Metadata = { title: "问题清单" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ProblemsPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser();
  const scope = problemScope(user);
  if (!scope) forbidden();
  const { query, ignored } = parseProblemQuery(await searchParams);
  const { page, ...parsedFilter } = query;
  // A secretary's ledger is their enterprise's: an enterprise filter means nothing to them.
  const filter = scope.all ? parsedFilter : { ...parsedFilter, enterpriseId: undefined };
  await syncOverdueNotifications(user);
  const ledger = await loadLedger(scope, filter, page);
  const search = problemSearch(filter);

  return (
    <>
      <PageHeader
        title={scope.all ? "问题清单" : `问题清单 · ${user.enterpriseName ?? ""}`}
        description={
          scope.all
            ? "观摩发现和自查报告中的问题及整改情况；逾期按整改期限和状态自动判断。"
            : "本企业需整改的问题：开始整改、上传佐证并提交核验，由市国资委核验销号。"
        }
        actions={
          <>
            <a
              href={`/problems/export.xlsx${search ? `?${search}` : ""}`}
              className={buttonClasses({ variant: "secondary" })}
              download
            >
              导出 Excel
            </a>
            {can(user.role, "problem.manage") && (
              <Link href="/admin/problems/new" className={buttonClasses()}>
                登记问题
              </Link>
            )}
          </>
        }
      />

      {ignored.length > 0 && (
        <p role="status" className="mb-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          网址中的筛选条件无效，已忽略：{ignored.join("、")}
        </p>
      )}

      <StatusCounts counts={ledger.counts} filter={filter} />

      <Card
        title="问题列表"
        description={`符合条件的问题 ${formatNumber(ledger.counts.total)} 个，其中逾期 ${formatNumber(ledger.counts.overdue)} 个`}
      >
        <LedgerFilters filter={filter} enterprises={ledger.options.enterprises} phases={ledger.options.phases} />
        <div className="mt-5 border-t border-line pt-2">
          {ledger.rows.length === 0 ? (
            <div className="pt-3">
              <EmptyState title="没有符合条件的问题" />
            </div>
          ) : (
            <ProblemTable rows={ledger.rows} showEnterprise={scope.all} />
          )}
        </div>
        <Pagination
          page={ledger.page}
          pageCount={ledger.pageCount}
          hrefFor={(target) => problemsHref({ ...filter, page: target })}
        />
      </Card>
    </>
  );
}

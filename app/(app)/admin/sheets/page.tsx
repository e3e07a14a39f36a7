import type { Metadata } from "next";
import Link from "next/link";
import { SheetStatusBadge } from "@/components/scoring/sheet-status-badge";
import { Button, buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Input, Select } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { formatDateTime, formatNumber } from "@/lib/format";
import { listSheets, SHEETS_PER_PAGE, type SheetFilter } from "@/lib/scoring/admin-queries";

export const metadata: Metadata = { title: "评分表" };

type Search = { phase?: string; status?: string; q?: string; page?: string };

function parse(search: Search): SheetFilter {
  const phaseId = Number(search.phase);
  const page = Number(search.page);
  return {
    phaseId: Number.isInteger(phaseId) && phaseId > 0 ? phaseId : undefined,
    status: search.status === "DRAFT" || search.status === "SUBMITTED" ? search.status : undefined,
    query: search.q?.trim().slice(0, 40) || undefined,
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

export default async function SheetsPage({ searchParams }: { searchParams: Promise<Search> }) {
  await requirePermission("score.unlock");
  const filter = parse(await searchParams);
  const { total, sheets, phases } = await listSheets(filter);
  const pages = Math.max(1, Math.ceil(total / SHEETS_PER_PAGE));
  const pageHref = (page: number) => {
    const params = new URLSearchParams();
    if (filter.phaseId) params.set("phase", String(filter.phaseId));
    if (filter.status) params.set("status", filter.status);
    if (filter.query) params.set("q", filter.query);
    params.set("page", String(page));
    return `/admin/sheets?${params}`;
  };

  return (
    <>
      <PageHeader
        title="评分表"
        description={`共 ${formatNumber(total)} 份。打开已提交的评分表可以解锁，解锁须写明原因。`}
      />
      <Card>
        <form
          method="get"
          className="mb-4 grid gap-3 sm:grid-cols-[1fr_auto_1fr_auto] sm:items-end"
          aria-label="筛选评分表"
        >
          <label className="grid gap-1 text-sm">
            <span className="font-medium text-ink">阶段</span>
            <Select name="phase" defaultValue={filter.phaseId ?? ""}>
              <option value="">全部阶段</option>
              {phases.map((phase) => (
                <option key={phase.id} value={phase.id}>
                  {phase.name}
                </option>
              ))}
            </Select>
          </label>
          <label className="grid gap-1 text-sm">
            <span className="font-medium text-ink">状态</span>
            <Select name="status" defaultValue={filter.status ?? ""}>
              <option value="">全部</option>
              <option value="SUBMITTED">已提交</option>
              <option value="DRAFT">草稿</option>
            </Select>
          </label>
          <label className="grid gap-1 text-sm">
            <span className="font-medium text-ink">评分人、党组织或观摩点</span>
            <Input name="q" defaultValue={filter.query} placeholder="输入关键字" />
          </label>
          <Button type="submit" variant="secondary">
            筛选
          </Button>
        </form>
        {sheets.length === 0 ? (
          <EmptyState title="没有符合条件的评分表" />
        ) : (
          <ul className="-mx-5 divide-y divide-line border-t border-line">
            {sheets.map((sheet) => (
              <li key={sheet.id}>
                <Link
                  href={`/admin/sheets/${sheet.id}`}
                  className="flex items-center gap-3 px-5 py-3 hover:bg-canvas"
                  data-testid="sheet-row"
                >
                  <div className="min-w-0 flex-1">
                    <p className="font-medium text-ink">
                      {sheet.stop.site.name}
                      <span className="ml-2 text-sm font-normal text-ink-soft">{sheet.scorer.displayName}</span>
                    </p>
                    <p className="mt-0.5 text-xs text-muted">
                      {sheet.partyOrganization.name} · {sheet.partyOrganization.enterprise.shortName} ·{" "}
                      {sheet.phase.name} ·{" "}
                      <span className="tabular">
                        {sheet.submittedAt
                          ? `${formatDateTime(sheet.submittedAt)} 提交`
                          : `${formatDateTime(sheet.updatedAt)} 保存`}
                      </span>
                    </p>
                  </div>
                  <span className="tabular shrink-0 text-sm font-semibold text-ink">{sheet.total} 分</span>
                  <SheetStatusBadge status={sheet.status} />
                </Link>
              </li>
            ))}
          </ul>
        )}
        {pages > 1 && (
          <nav aria-label="分页" className="mt-4 flex items-center justify-between text-sm">
            <span className="text-muted">
              第 {filter.page} / {pages} 页
            </span>
            <span className="flex gap-2">
              {filter.page > 1 && (
                <Link className={buttonClasses({ variant: "secondary", size: "sm" })} href={pageHref(filter.page - 1)}>
                  上一页
                </Link>
              )}
              {filter.page < pages && (
                <Link className={buttonClasses({ variant: "secondary", size: "sm" })} href={pageHref(filter.page + 1)}>
                  下一页
                </Link>
              )}
            </span>
          </nav>
        )}
      </Card>
    </>
  );
}

import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { formatNumber } from "@/lib/format";
import { auditHref } from "@/lib/audit/filter";
import type { AuditFilter } from "@/lib/audit/queries";

/** Previous / next with the position in words; links keep the current filters. */
export function AuditPagination({
  filter,
  pageCount,
  total,
}: {
  filter: AuditFilter;
  pageCount: number;
  total: number;
}) {
  const { page } = filter;
  return (
    <nav aria-label="分页" className="mt-4 flex flex-wrap items-center justify-between gap-3 text-sm text-muted">
      <p className="tabular">
        共 {formatNumber(total)} 条 · 第 {formatNumber(Math.min(page, pageCount))} / {formatNumber(pageCount)} 页
      </p>
      <div className="flex gap-2">
        {page > 1 ? (
          <Link
            href={auditHref(filter, Math.min(page - 1, pageCount))}
            rel="prev"
            className={buttonClasses({ variant: "secondary", size: "sm" })}
          >
            上一页
          </Link>
        ) : (
          <span
            aria-disabled="true"
            className={buttonClasses({ variant: "secondary", size: "sm", className: "pointer-events-none opacity-50" })}
          >
            上一页
          </span>
        )}
        {page < pageCount ? (
          <Link
            href={auditHref(filter, page + 1)}
            rel="next"
            className={buttonClasses({ variant: "secondary", size: "sm" })}
          >
            下一页
          </Link>
        ) : (
          <span
            aria-disabled="true"
            className={buttonClasses({ variant: "secondary", size: "sm", className: "pointer-events-none opacity-50" })}
          >
            下一页
          </span>
        )}
      </div>
    </nav>
  );
}

import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { formatNumber } from "@/lib/format";
import { libraryHref, type LibraryFilter } from "@/lib/library/search";

const disabled = buttonClasses({ variant: "secondary", size: "sm", className: "pointer-events-none opacity-50" });
const enabled = buttonClasses({ variant: "secondary", size: "sm" });

/** Previous / next with the position in words; links keep the current filters. */
export function LibraryPagination({
  filter,
  pageCount,
  total,
}: {
  filter: LibraryFilter;
  pageCount: number;
  total: number;
}) {
  const page = Math.min(filter.page, pageCount);
  return (
    <nav aria-label="分页" className="mt-4 flex flex-wrap items-center justify-between gap-3 text-sm text-muted">
      <p className="tabular">
        共 {formatNumber(total)} 条 · 第 {formatNumber(page)} / {formatNumber(pageCount)} 页
      </p>
      <div className="flex gap-2">
        {page > 1 ? (
          <Link href={libraryHref(filter, page - 1)} rel="prev" className={enabled}>
            上一页
          </Link>
        ) : (
          <span aria-disabled="true" className={disabled}>
            上一页
          </span>
        )}
        {page < pageCount ? (
          <Link href={libraryHref(filter, page + 1)} rel="next" className={enabled}>
            下一页
          </Link>
        ) : (
          <span aria-disabled="true" className={disabled}>
            下一页
          </span>
        )}
      </div>
    </nav>
  );
}

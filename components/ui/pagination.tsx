import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { formatNumber } from "@/lib/format";

const disabled = buttonClasses({ variant: "secondary", size: "sm", className: "pointer-events-none opacity-50" });

/** Previous / next for long lists; `hrefFor` keeps the page's filters in the links. */
export function Pagination({
  page,
  pageCount,
  hrefFor,
}: {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
}) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label="分页" className="mt-4 flex flex-wrap items-center justify-between gap-3 text-sm text-muted">
      <p className="tabular">
        第 {formatNumber(Math.min(page, pageCount))} / {formatNumber(pageCount)} 页
      </p>
      <div className="flex gap-2">
        {page > 1 ? (
          <Link
            href={hrefFor(Math.min(page - 1, pageCount))}
            rel="prev"
            className={buttonClasses({ variant: "secondary", size: "sm" })}
          >
            上一页
          </Link>
        ) : (
          <span aria-disabled="true" className={disabled}>
            上一页
          </span>
        )}
        {page < pageCount ? (
          <Link href={hrefFor(page + 1)} rel="next" className={buttonClasses({ variant: "secondary", size: "sm" })}>
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

import Link from "next/link";
import type { ReactNode } from "react";

/** A divided list of short rows: a title line, a meta line and a badge on the right. */
export function RowList({ children, label }: { children: ReactNode; label: string }) {
  return (
    <ul aria-label={label} className="-my-2 divide-y divide-line">
      {children}
    </ul>
  );
}

export function Row({
  title,
  meta,
  aside,
  href,
}: {
  title: ReactNode;
  meta?: ReactNode;
  aside?: ReactNode;
  /** Where the row leads; its title becomes the link. */
  href?: string;
}) {
  return (
    <li className="flex items-start justify-between gap-3 py-2.5">
      <div className="min-w-0">
        <p className="line-clamp-2 text-sm font-medium text-ink">
          {href ? (
            <Link href={href} className="hover:text-accent-700 hover:underline">
              {title}
            </Link>
          ) : (
            title
          )}
        </p>
        {meta && <p className="mt-0.5 text-xs text-muted">{meta}</p>}
      </div>
      {aside && <div className="flex shrink-0 items-center gap-1.5">{aside}</div>}
    </li>
  );
}

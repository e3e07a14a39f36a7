import type { ReactNode } from "react";

/** What to show instead of an empty list: say what is missing and, if useful, what to do next. */
export function EmptyState({
  title,
  description,
  action,
}: {
  title: ReactNode;
  description?: ReactNode;
  action?: ReactNode;
}) {
  return (
    <div className="rounded-md border border-dashed border-line-strong px-4 py-6 text-center">
      <p className="text-sm font-medium text-ink-soft">{title}</p>
      {description && <p className="mt-1 text-sm text-muted">{description}</p>}
      {action && <div className="mt-3">{action}</div>}
    </div>
  );
}

type ReadonlyCategory = {
  id: number;
  name: string;
  items: { id: number; title: string; max: string; score: string | null }[];
};

/** A sheet that can no longer change (submitted, locked, or staff's view): values by item, the total, the comment. */
export function SheetReadonly({
  categories,
  total,
  comment,
}: {
  categories: ReadonlyCategory[];
  total: string;
  comment: string;
}) {
  const numbered = categories.map((category, index) => {
    const before = categories.slice(0, index).reduce((count, earlier) => count + earlier.items.length, 0);
    return { ...category, items: category.items.map((item, position) => ({ ...item, number: before + position + 1 })) };
  });
  return (
    <div className="grid gap-4">
      {numbered.map((category) => (
        <section
          key={category.id}
          aria-labelledby={`readonly-category-${category.id}`}
          className="rounded-card border border-line bg-surface px-4 py-3 shadow-card"
        >
          <h2 id={`readonly-category-${category.id}`} className="text-base font-semibold text-ink">
            {category.name}
          </h2>
          <dl className="mt-1 divide-y divide-line">
            {category.items.map((item) => (
              <div key={item.id} className="flex items-baseline justify-between gap-3 py-2 text-sm">
                <dt className="text-ink-soft">
                  {item.number}. {item.title}
                </dt>
                <dd className="tabular shrink-0">
                  <span className="text-base font-semibold text-ink">{item.score ?? "—"}</span>
                  <span className="text-muted"> / {item.max}</span>
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <div className="rounded-card border border-line bg-surface px-4 py-3 shadow-card">
        <p className="flex items-baseline justify-between gap-3">
          <span className="font-medium text-ink">合计</span>
          <span className="tabular">
            <span className="text-2xl font-semibold text-accent-700" data-testid="sheet-total">
              {total}
            </span>
            <span className="text-sm text-muted"> / 100 分</span>
          </span>
        </p>
        <p className="mt-2 text-sm text-ink-soft">
          <span className="text-muted">评语：</span>
          {comment.trim() || "（无）"}
        </p>
      </div>
    </div>
  );
}

import { StoredImage } from "@/components/files/stored-image";
import { Badge } from "@/components/ui/badge";
import { formatDate } from "@/lib/format";
import type { SelectionItem } from "@/lib/demonstration/queries";

/** One category of the published list: a card per slot, the empty ones marked 待评选. */
export function PublishedList({
  items,
  quota,
  label,
  detail,
}: {
  items: SelectionItem[];
  quota: number;
  label: string;
  detail?: (item: SelectionItem) => string | null;
}) {
  const slots = Array.from({ length: quota }, (_, index) => items.find((item) => item.slot === index + 1) ?? null);
  return (
    <ol className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3" aria-label={label}>
      {slots.map((item, index) =>
        item ? (
          <li
            key={item.selectionId}
            className="overflow-hidden rounded-card border border-line bg-surface shadow-card"
            data-testid="published-item"
          >
            {item.photoId !== null && (
              <StoredImage fileId={item.photoId} alt={`${item.name} 照片`} className="aspect-[16/9] w-full" />
            )}
            <div className="grid gap-1.5 p-4">
              <p className="flex items-center gap-2 text-xs text-muted">
                <Badge tone="accent">第 {index + 1} 名额</Badge>
                {detail?.(item)}
              </p>
              <h3 className="text-base font-semibold text-ink">{item.name}</h3>
              <p className="text-sm text-ink-soft">
                {item.enterprise.name}
                {item.partyOrganization.name !== item.name && ` · ${item.partyOrganization.name}`}
              </p>
              <p className="text-sm leading-6 text-ink">{item.reason}</p>
              <p className="text-xs text-muted">{formatDate(item.selectedAt)} 选定</p>
            </div>
          </li>
        ) : (
          <li
            key={`free-${index}`}
            className="grid min-h-28 place-items-center rounded-card border border-dashed border-line-strong text-sm text-muted"
          >
            第 {index + 1} 名额 · 待评选
          </li>
        ),
      )}
    </ol>
  );
}

import Link from "next/link";
import { StoredImage } from "@/components/files/stored-image";
import { Badge } from "@/components/ui/badge";
import type { SiteListRow } from "@/lib/sites/queries";
import { formatNumber } from "@/lib/format";

/** Sites as rows with a small photo: readable as a table on desktop and as stacked rows on a phone. */
export function SiteTable({ sites }: { sites: SiteListRow[] }) {
  return (
    <ul className="divide-y divide-line" aria-label="观摩点列表">
      {sites.map((site) => (
        <li key={site.id} className={site.isActive ? "" : "text-muted"}>
          <Link href={`/admin/sites/${site.id}`} className="flex gap-3 py-3 hover:bg-canvas sm:gap-4 sm:px-2">
            <div className="size-16 shrink-0 overflow-hidden rounded-md bg-canvas ring-1 ring-line sm:size-20">
              {site.photos[0] ? (
                <StoredImage fileId={site.photos[0].id} alt="" className="size-full" />
              ) : (
                <span className="flex size-full items-center justify-center text-xs text-muted">无照片</span>
              )}
            </div>
            <div className="min-w-0 flex-1">
              <div className="flex items-start justify-between gap-2">
                <p className={site.isActive ? "font-medium text-ink" : "font-medium"}>{site.name}</p>
                {site.isActive ? <Badge tone="success">启用</Badge> : <Badge>已停用</Badge>}
              </div>
              <p className="text-sm text-ink-soft">
                {site.partyOrganization.enterprise.shortName} · {site.partyOrganization.name}
              </p>
              <p className="mt-0.5 text-xs text-muted">
                主题：{site.theme} · 可容纳 {formatNumber(site.capacity)} 人 · 照片 {site._count.photos} 张
              </p>
              <p className="text-xs text-muted">{site.address}</p>
            </div>
          </Link>
        </li>
      ))}
    </ul>
  );
}

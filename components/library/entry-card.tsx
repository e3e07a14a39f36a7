import Link from "next/link";
import { StoredImage } from "@/components/files/stored-image";
import { TagList } from "@/components/library/tag-list";
import { Badge } from "@/components/ui/badge";
import { EXPERIENCE_KIND_LABELS } from "@/lib/labels";
import type { LibraryCard } from "@/lib/library/queries";

/** One entry in the library list: kind, title, who and when, the start of its summary, tags, first photo. */
export function EntryCard({ entry }: { entry: LibraryCard }) {
  const photo = entry.photos[0];
  return (
    <li className="flex gap-4 border-b border-line py-4 last:border-b-0" data-testid="library-entry">
      {photo && (
        <StoredImage
          fileId={photo.id}
          alt={`${entry.title} 照片`}
          className="hidden size-24 shrink-0 rounded-md border border-line sm:block"
        />
      )}
      <div className="grid min-w-0 flex-1 gap-1.5">
        <div className="flex flex-wrap items-center gap-2">
          <Badge tone="info">{EXPERIENCE_KIND_LABELS[entry.kind]}</Badge>
          {entry.promoted && <Badge tone="accent">已推广</Badge>}
          <span className="text-xs text-muted">
            {entry.phase.campaign.year}年 {entry.phase.name}
          </span>
        </div>
        <h2 className="text-base font-semibold text-ink">
          <Link href={`/library/${entry.id}`} className="underline-offset-2 hover:underline">
            {entry.title}
          </Link>
        </h2>
        <p className="text-sm text-ink-soft">
          {entry.partyOrganization.enterprise.shortName} · {entry.partyOrganization.name}
          {entry._count.photos > 0 && <span className="text-muted"> · {entry._count.photos} 张照片</span>}
        </p>
        <p className="line-clamp-2 text-sm text-muted">{entry.summary}</p>
        <TagList tags={entry.tags} />
      </div>
    </li>
  );
}

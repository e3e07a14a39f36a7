import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Row, RowList } from "@/components/home/row-list";
import { formatDate } from "@/lib/format";
import type { ExperienceKind } from "@/lib/generated/prisma/enums";
import type { LatestRemark, PromotedEntry } from "@/lib/home/leader-queries";
import { homeLinks } from "@/lib/home/links";

const KIND_LABELS: Record<ExperienceKind, string> = {
  BRAND: "党建品牌",
  INNOVATION_CASE: "创新案例",
  HIGHLIGHT_CARD: "亮点名片",
  CHARACTERISTIC_SECTION: "特色板块",
};

/** What delegation members said most recently, each leading to its tour. */
export function LatestRemarks({ remarks }: { remarks: LatestRemark[] }) {
  if (remarks.length === 0) return <EmptyState title="还没有互动交流发言" />;
  return (
    <RowList label="最新互动交流">
      {remarks.map((remark) => (
        <Row
          key={remark.id}
          href={homeLinks.tour(remark.tourId)}
          title={`“${remark.content}”`}
          meta={`${remark.speaker}${remark.speakerTitle ? `（${remark.speakerTitle}）` : ""} · ${remark.siteName} · ${formatDate(remark.createdAt)}`}
        />
      ))}
    </RowList>
  );
}

/** Experience entries promoted most recently, each leading to its library page. */
export function PromotedExperience({ entries }: { entries: PromotedEntry[] }) {
  if (entries.length === 0) return <EmptyState title="尚无推广的经验" />;
  return (
    <RowList label="推广经验">
      {entries.map((entry) => (
        <Row
          key={entry.id}
          href={homeLinks.libraryEntry(entry.id)}
          title={entry.title}
          meta={`${entry.organizationName} · ${entry.phaseName}${entry.promotedAt ? ` · ${formatDate(entry.promotedAt)}推广` : ""}`}
          aside={<Badge tone="info">{KIND_LABELS[entry.kind]}</Badge>}
        />
      ))}
    </RowList>
  );
}

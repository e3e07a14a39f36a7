import { Badge } from "@/components/ui/badge";
import { PROGRAMME_ITEM_LABELS } from "@/lib/labels";
import type { ProgrammeItem } from "@/lib/generated/prisma/enums";

/** 听取介绍 · 现场观摩 · …, in the order staff set. */
export function ProgrammeBadges({ programme }: { programme: readonly ProgrammeItem[] }) {
  if (programme.length === 0) return null;
  return (
    <ul aria-label="观摩内容" className="flex flex-wrap gap-1.5">
      {programme.map((item) => (
        <li key={item}>
          <Badge>{PROGRAMME_ITEM_LABELS[item]}</Badge>
        </li>
      ))}
    </ul>
  );
}

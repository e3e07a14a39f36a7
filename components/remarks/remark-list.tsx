import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { personDetails } from "@/components/tours/views/person-line";
import { formatDateTime } from "@/lib/format";

export type RemarkItem = {
  id: number;
  content: string;
  createdAt: Date;
  authorId: number | null;
  author: { displayName: string; title: string; enterprise: { shortName: string } | null } | null;
  guest: { name: string; unit: string; title: string } | null;
  recordedById: number;
  recordedBy: { displayName: string };
};

/**
 * Remarks as quotations with who said them. The text is rendered as text (React escapes it), line
 * breaks kept; `context` adds a line per remark (the tour, on the site page).
 */
export function RemarkList<Remark extends RemarkItem>({
  remarks,
  label,
  context,
}: {
  remarks: readonly Remark[];
  label: string;
  context?: (remark: Remark) => ReactNode;
}) {
  return (
    <ul aria-label={label} className="space-y-3">
      {remarks.map((remark) => (
        <li
          key={remark.id}
          data-testid="remark"
          className="rounded-md border-l-2 border-accent-200 bg-canvas/60 px-3 py-2"
        >
          <p className="text-sm break-words whitespace-pre-line text-ink">{remark.content}</p>
          <p className="mt-1.5 text-xs text-muted">
            <Speaker remark={remark} />
            {" · "}
            <span className="tabular">{formatDateTime(remark.createdAt)}</span>
            {remark.authorId !== remark.recordedById && <> · {remark.recordedBy.displayName}记录</>}
          </p>
          {context && <p className="mt-0.5 text-xs text-muted">{context(remark)}</p>}
        </li>
      ))}
    </ul>
  );
}

function Speaker({ remark }: { remark: RemarkItem }) {
  if (remark.author) {
    const details = personDetails(remark.author);
    return (
      <>
        <span className="font-medium text-ink-soft">{remark.author.displayName}</span>
        {details && `（${details}）`}
      </>
    );
  }
  if (remark.guest) {
    const details = [remark.guest.unit, remark.guest.title].filter(Boolean).join(" ");
    return (
      <>
        <span className="font-medium text-ink-soft">{remark.guest.name}</span>
        {details && `（${details}）`} <Badge className="align-middle">特邀嘉宾</Badge>
      </>
    );
  }
  return <span className="font-medium text-ink-soft">发言人信息已删除</span>;
}

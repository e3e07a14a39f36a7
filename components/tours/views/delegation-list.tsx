import { Badge } from "@/components/ui/badge";
import { personDetails } from "@/components/tours/views/person-line";
import { DELEGATION_PART_LABELS } from "@/lib/labels";
import type { DelegationPart } from "@/lib/generated/prisma/enums";

type Member = {
  userId: number;
  part: DelegationPart;
  isScoring: boolean;
  user: { displayName: string; title: string; enterprise: { shortName: string } | null };
};
type Guest = { id: number; name: string; unit: string; title: string };

/** 观摩团: 团长 first, then members (scoring ones first), then guests without accounts. */
export function DelegationList({
  members,
  guests,
  viewerId,
}: {
  members: readonly Member[];
  guests: readonly Guest[];
  viewerId?: number;
}) {
  const scoring = members.filter((member) => member.isScoring).length;
  return (
    <div>
      <p className="text-sm text-muted">
        成员 {members.length} 人（评分成员 {scoring} 人）{guests.length > 0 && `，特邀嘉宾 ${guests.length} 人`}
      </p>
      <ul aria-label="观摩团成员" className="mt-2 divide-y divide-line">
        {members.map((member) => {
          const details = personDetails(member.user);
          return (
            <li key={member.userId} className="flex items-start justify-between gap-3 py-2">
              <div className="min-w-0 text-sm">
                <span className="font-medium text-ink">{member.user.displayName}</span>
                {member.userId === viewerId && <span className="ml-1 text-xs text-accent-700">（我）</span>}
                {details && <span className="block text-xs text-muted">{details}</span>}
              </div>
              <div className="flex shrink-0 gap-1">
                {member.part === "HEAD" && <Badge tone="accent">{DELEGATION_PART_LABELS.HEAD}</Badge>}
                {member.isScoring ? <Badge tone="info">评分</Badge> : <Badge>不评分</Badge>}
              </div>
            </li>
          );
        })}
      </ul>
      {guests.length > 0 && (
        <>
          <h3 className="mt-4 text-sm font-semibold text-ink">特邀嘉宾</h3>
          <ul aria-label="特邀嘉宾" className="mt-1 divide-y divide-line">
            {guests.map((guest) => (
              <li key={guest.id} className="py-2 text-sm">
                <span className="font-medium text-ink">{guest.name}</span>
                <span className="block text-xs text-muted">
                  {[guest.unit, guest.title].filter(Boolean).join(" · ")}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

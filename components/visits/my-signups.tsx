import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { CancelSignupButton, MyStatusBadge } from "@/components/visits/signup-control";
import { formatDateTime, formatDateTimeRange } from "@/lib/format";
import type { MySignup } from "@/lib/visits/queries";

function StateBadge({ signup, now }: { signup: MySignup; now: Date }) {
  if (signup.slotCancelledAt) return <Badge>时段已取消</Badge>;
  if (signup.status === "CANCELLED") return <Badge>已取消</Badge>;
  const over = signup.startsAt.getTime() <= now.getTime();
  if (signup.status === "CONFIRMED")
    return over ? <Badge>已报名 · 已结束</Badge> : <Badge tone="success">已报名</Badge>;
  return over ? (
    <Badge>候补未递补 · 已结束</Badge>
  ) : (
    <MyStatusBadge mine={{ signupId: signup.id, status: "WAITLISTED", position: signup.position }} />
  );
}

/** 我的报名: every sign-up of the person with its state; active future ones can be cancelled here. */
export function MySignups({ signups, now }: { signups: MySignup[]; now: Date }) {
  if (signups.length === 0) {
    return <EmptyState title="您还没有报名示范观摩" description="在上方选择时段报名；报满的时段可以候补。" />;
  }
  return (
    <ul aria-label="我的报名" className="-my-2 divide-y divide-line" data-testid="my-signups">
      {signups.map((signup) => {
        const cancellable =
          signup.status !== "CANCELLED" && !signup.slotCancelledAt && signup.startsAt.getTime() > now.getTime();
        return (
          <li key={signup.id} className="flex flex-col gap-2 py-3 sm:flex-row sm:items-center sm:justify-between">
            <div className="min-w-0">
              <p className="text-sm font-medium text-ink">{signup.siteName}</p>
              <p className="tabular mt-0.5 text-xs text-muted">
                {formatDateTimeRange(signup.startsAt, signup.endsAt)} · {signup.siteAddress}
              </p>
              <p className="tabular mt-0.5 text-xs text-muted">报名时间 {formatDateTime(signup.queuedAt)}</p>
              {signup.slotCancelledAt && signup.slotCancelReason && (
                <p className="mt-0.5 text-xs text-muted">取消原因：{signup.slotCancelReason}</p>
              )}
            </div>
            <div className="flex shrink-0 flex-wrap items-center gap-2">
              <StateBadge signup={signup} now={now} />
              {cancellable && (
                <CancelSignupButton
                  mine={{
                    signupId: signup.id,
                    status: signup.status === "CONFIRMED" ? "CONFIRMED" : "WAITLISTED",
                    position: signup.position,
                  }}
                  siteName={signup.siteName}
                />
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}

import { ROLE_LABELS } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session-user";

/** Name, role and (for a secretary) the enterprise: who is signed in, at a glance. */
export function UserSummary({ user, layout = "inline" }: { user: SessionUser; layout?: "inline" | "stacked" }) {
  const context = [ROLE_LABELS[user.role], user.role === "SECRETARY" ? user.enterpriseName : null]
    .filter(Boolean)
    .join(" · ");
  if (layout === "stacked") {
    return (
      <div className="min-w-0" data-testid="current-user">
        <p className="truncate text-sm font-medium text-ink">{user.name}</p>
        <p className="truncate text-xs text-muted">{context}</p>
      </div>
    );
  }
  return (
    <p className="min-w-0 truncate text-sm" data-testid="current-user">
      <span className="font-medium text-ink">{user.name}</span>
      <span className="ml-2 text-muted">{context}</span>
    </p>
  );
}

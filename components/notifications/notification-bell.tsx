import Link from "next/link";
import { cx } from "@/components/ui/cx";
import type { SessionUser } from "@/lib/auth/session-user";
import { syncOverdueNotifications } from "@/lib/notifications/overdue";
import { unreadCount } from "@/lib/notifications/queries";

/**
 * The bell in the top bar: a link to /notifications with the number of unread messages. Rendered
 * on the server with the layout, which is also when overdue-problem notices are produced
 * (lib/notifications/overdue.ts). Failing to count never breaks the page: the bell then shows no number.
 */
export async function NotificationBell({ user }: { user: SessionUser }) {
  const count = await syncOverdueNotifications(user)
    .then(() => unreadCount(user.id))
    .catch((error: unknown) => {
      console.error("[notifications] bell failed", error);
      return 0;
    });
  const label = count > 0 ? `消息，${count} 条未读` : "消息";
  return (
    <Link
      href="/notifications"
      aria-label={label}
      title={label}
      data-testid="notification-bell"
      className="relative inline-flex size-10 shrink-0 items-center justify-center rounded-md text-ink-soft hover:bg-canvas hover:text-ink"
    >
      <svg
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth={1.8}
        strokeLinecap="round"
        strokeLinejoin="round"
        aria-hidden="true"
        focusable="false"
        className="size-6"
      >
        <path d="M6 9a6 6 0 0 1 12 0c0 5 2 6.5 2 6.5H4S6 14 6 9z" />
        <path d="M10 19a2 2 0 0 0 4 0" />
      </svg>
      {count > 0 && (
        <span
          aria-hidden="true"
          data-testid="notification-count"
          className={cx(
            "tabular absolute top-1 right-0.5 min-w-[1.15rem] rounded-full bg-accent-700 px-1 text-center text-[11px] leading-[1.15rem] font-semibold text-white",
          )}
        >
          {count > 99 ? "99+" : count}
        </span>
      )}
    </Link>
  );
}

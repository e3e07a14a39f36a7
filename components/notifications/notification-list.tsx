"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { formatDateTime } from "@/lib/format";
import { NOTIFICATION_KIND_LABELS } from "@/lib/labels";
import { markAllNotificationsReadAction, markNotificationReadAction } from "@/lib/notifications/actions";
import type { NotificationKind } from "@/lib/generated/prisma/enums";

type Row = {
  id: number;
  kind: NotificationKind;
  title: string;
  body: string;
  link: string;
  readAt: Date | null;
  createdAt: Date;
};

/** Only links inside the platform are followed (a notice's link is written by the server, but be strict). */
const internal = (link: string) => link.startsWith("/") && !link.startsWith("//");

/** The user's notifications: opening one marks it read; unread ones can be marked read in place. */
export function NotificationList({ rows }: { rows: readonly Row[] }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  function open(row: Row) {
    startTransition(async () => {
      if (row.readAt === null) await markNotificationReadAction(null, { notificationId: row.id });
      if (internal(row.link)) router.push(row.link);
      else router.refresh();
    });
  }

  function markRead(row: Row) {
    startTransition(async () => {
      await markNotificationReadAction(null, { notificationId: row.id });
      router.refresh();
    });
  }

  return (
    <ul className="divide-y divide-line" data-testid="notification-list">
      {rows.map((row) => {
        const unread = row.readAt === null;
        return (
          <li
            key={row.id}
            className={cx("flex flex-col gap-2 py-3 sm:flex-row sm:items-start", unread && "bg-accent-50/40")}
            data-testid="notification"
            data-unread={unread ? "true" : "false"}
          >
            <div className="min-w-0 flex-1 px-1">
              <p className="flex flex-wrap items-center gap-2">
                <Badge tone={unread ? "accent" : "neutral"}>{NOTIFICATION_KIND_LABELS[row.kind]}</Badge>
                {unread && <span className="sr-only">未读</span>}
                <button
                  type="button"
                  onClick={() => open(row)}
                  disabled={pending}
                  className={cx(
                    "text-left text-sm underline-offset-2 hover:underline",
                    unread ? "font-semibold text-ink" : "text-ink-soft",
                  )}
                >
                  {row.title}
                </button>
              </p>
              {row.body && <p className="mt-1 text-sm text-muted">{row.body}</p>}
              <p className="mt-1 text-xs text-muted">{formatDateTime(row.createdAt)}</p>
            </div>
            {unread && (
              <Button variant="ghost" size="sm" onClick={() => markRead(row)} disabled={pending}>
                标为已读
              </Button>
            )}
          </li>
        );
      })}
    </ul>
  );
}

export function MarkAllReadButton() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <Button
      variant="secondary"
      disabled={pending}
      onClick={() =>
        startTransition(async () => {
          await markAllNotificationsReadAction(null, {});
          router.refresh();
        })
      }
    >
      {pending ? "正在处理…" : "全部标为已读"}
    </Button>
  );
}

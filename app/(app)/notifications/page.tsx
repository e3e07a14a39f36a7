import type { Metadata } from "next";
import { MarkAllReadButton, NotificationList } from "@/components/notifications/notification-list";
import { Pagination } from "@/components/ui/pagination";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { formatNumber } from "@/lib/format";
import { syncOverdueNotifications } from "@/lib/notifications/overdue";
import { listNotifications, unreadCount } from "@/lib/notifications/queries";

export const metadata: Metadata = { title: "消息" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function NotificationsPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requirePermission("notification.read");
  const raw = (await searchParams).page;
  const requested = Number(Array.isArray(raw) ? raw[0] : raw);
  const page = Number.isInteger(requested) && requested >= 1 && requested <= 100_000 ? requested : 1;
  await syncOverdueNotifications(user);
  const [list, unread] = await Promise.all([listNotifications(user.id, page), unreadCount(user.id)]);

  return (
    <>
      <PageHeader
        title="消息"
        description={unread > 0 ? `${formatNumber(unread)} 条未读` : "没有未读消息"}
        actions={unread > 0 ? <MarkAllReadButton /> : undefined}
      />
      <Card>
        {list.rows.length === 0 ? (
          <EmptyState title="还没有消息" description="新问题、问题逾期、报告审核结果和观摩活动安排会在这里通知您。" />
        ) : (
          <NotificationList rows={list.rows} />
        )}
        <Pagination
          page={page}
          pageCount={list.pageCount}
          hrefFor={(target) => (target > 1 ? `/notifications?page=${target}` : "/notifications")}
        />
      </Card>
    </>
  );
}

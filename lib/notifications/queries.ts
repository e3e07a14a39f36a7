import "server-only";
import { db } from "@/lib/db";
import type { Database } from "@/lib/prisma-client";

export const NOTIFICATIONS_PAGE_SIZE = 30;

/** The bell's number: one indexed count on (userId, readAt). */
export async function unreadCount(userId: number, database: Database = db()): Promise<number> {
  return database.notification.count({ where: { userId, readAt: null } });
}

/** A user's notifications, newest first, a page at a time; two statements. */
export async function listNotifications(userId: number, page: number, database: Database = db()) {
  const [total, rows] = await Promise.all([
    database.notification.count({ where: { userId } }),
    database.notification.findMany({
      where: { userId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: NOTIFICATIONS_PAGE_SIZE,
      skip: (page - 1) * NOTIFICATIONS_PAGE_SIZE,
      select: { id: true, kind: true, title: true, body: true, link: true, readAt: true, createdAt: true },
    }),
  ]);
  return { total, rows, pageCount: Math.max(1, Math.ceil(total / NOTIFICATIONS_PAGE_SIZE)) };
}

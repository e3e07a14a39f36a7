"use server";

import { defineAction } from "@/lib/actions/define-action";
import { notFound } from "@/lib/errors";
import { markAllNotificationsReadSchema, markNotificationReadSchema } from "@/lib/notifications/schemas";

// The bell sits in the shared layout: revalidating it refreshes the unread count on every page.
const SHELL = ["/", "/notifications"];

/** Marks one of the caller's own notifications read; anyone else's is "not found". */
export const markNotificationReadAction = defineAction({
  name: "markNotificationRead",
  schema: markNotificationReadSchema,
  permission: "notification.read",
  async run({ input, user, tx, audit }) {
    const notification = await tx.notification.findFirst({
      where: { id: input.notificationId, userId: user.id },
      select: { id: true, readAt: true, link: true },
    });
    if (!notification) throw notFound("消息");
    if (notification.readAt === null) {
      const readAt = new Date();
      await tx.notification.update({ where: { id: notification.id }, data: { readAt } });
      await audit({
        action: "notification.read",
        entityType: "Notification",
        entityId: notification.id,
        before: { readAt: null },
        after: { readAt },
      });
    }
    return { id: notification.id, link: notification.link };
  },
  revalidate: () => SHELL,
});

/** Marks all of the caller's unread notifications read. */
export const markAllNotificationsReadAction = defineAction({
  name: "markAllNotificationsRead",
  schema: markAllNotificationsReadSchema,
  permission: "notification.read",
  async run({ user, tx, audit }) {
    const readAt = new Date();
    const { count } = await tx.notification.updateMany({ where: { userId: user.id, readAt: null }, data: { readAt } });
    if (count > 0) {
      await audit({ action: "notification.readAll", entityType: "User", entityId: user.id, after: { count, readAt } });
    }
    return { count };
  },
  revalidate: () => SHELL,
});

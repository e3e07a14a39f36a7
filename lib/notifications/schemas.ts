import { z } from "zod";

export const markNotificationReadSchema = z.object({
  notificationId: z.coerce.number({ error: "编号无效" }).int("编号无效").positive("编号无效").max(2_147_483_647),
});

export const markAllNotificationsReadSchema = z.object({});

import { z } from "zod";
import { idField } from "@/lib/actions/number-fields";

export const markNotificationReadSchema = z.object({
  notificationId: idField(),
});

export const markAllNotificationsReadSchema = z.object({});

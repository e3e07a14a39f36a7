import { Badge } from "@/components/ui/badge";

/** 已取消 / 已结束 / 进行中 / 可报名 / 已满: the slot's state for staff at a glance. */
export function SlotStatusBadge({
  slot,
  now,
}: {
  slot: { startsAt: Date; endsAt: Date; cancelledAt: Date | null; capacity: number; confirmedCount: number };
  now: Date;
}) {
  if (slot.cancelledAt) return <Badge>已取消</Badge>;
  if (slot.endsAt.getTime() <= now.getTime()) return <Badge>已结束</Badge>;
  if (slot.startsAt.getTime() <= now.getTime()) return <Badge tone="info">进行中</Badge>;
  if (slot.confirmedCount >= slot.capacity) return <Badge tone="warning">已满</Badge>;
  return <Badge tone="success">报名中</Badge>;
}

import type { SheetStatus } from "@/lib/generated/prisma/enums";
import { Badge } from "@/components/ui/badge";

/** 未开始 / 草稿 / 已提交: where a scorer's sheet for a stop stands. */
export function SheetStatusBadge({ status }: { status: SheetStatus | null }) {
  if (status === "SUBMITTED") return <Badge tone="success">已提交</Badge>;
  if (status === "DRAFT") return <Badge tone="warning">草稿</Badge>;
  return <Badge tone="accent">未开始</Badge>;
}

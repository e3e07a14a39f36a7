import type { RubricStatus } from "@/lib/generated/prisma/enums";
import { Badge } from "@/components/ui/badge";

const LABELS: Record<RubricStatus, { text: string; tone: "success" | "warning" | "neutral" }> = {
  ACTIVE: { text: "启用中", tone: "success" },
  DRAFT: { text: "草稿", tone: "warning" },
  RETIRED: { text: "已停用", tone: "neutral" },
};

export function RubricStatusBadge({ status }: { status: RubricStatus }) {
  return <Badge tone={LABELS[status].tone}>{LABELS[status].text}</Badge>;
}

import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { TourStatus } from "@/lib/generated/prisma/enums";
import { TOUR_STATUS_LABELS } from "@/lib/labels";

const TONES: Record<TourStatus, BadgeTone> = {
  DRAFT: "warning",
  PUBLISHED: "info",
  COMPLETED: "success",
  CANCELLED: "neutral",
};

export function TourStatusBadge({ status }: { status: TourStatus }) {
  return <Badge tone={TONES[status]}>{TOUR_STATUS_LABELS[status]}</Badge>;
}

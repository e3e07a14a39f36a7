import { Badge } from "@/components/ui/badge";

/** Figures from the demonstration seed are marked wherever they show, so nobody quotes them. */
export function DemoBadge() {
  return (
    <Badge tone="warning">
      <span title="这些数字来自演示数据，不是企业实际填报">演示数据</span>
    </Badge>
  );
}

import { Badge, type BadgeTone } from "@/components/ui/badge";

const TONES: readonly BadgeTone[] = ["success", "info", "neutral", "warning"];

/** A tier's name; the colour only repeats its place (best green … last amber). */
export function TierBadge({ name, rank, count }: { name: string | null; rank: number | null; count?: number }) {
  if (name === null || rank === null) return <Badge>未分类</Badge>;
  // With more than four tiers the middle ones stay neutral and the last one is amber.
  const tone =
    rank === 1 ? "success" : count !== undefined && rank === count ? "warning" : (TONES[rank - 1] ?? "neutral");
  return <Badge tone={tone}>{name}</Badge>;
}

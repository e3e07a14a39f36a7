import { apiRoute } from "@/lib/api/auth";
import { parseIdSegment } from "@/lib/api/query";
import { apiJson } from "@/lib/api/responses";
import { notFound } from "@/lib/errors";
import { phaseRankingsCached } from "@/lib/rankings/queries";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/phases/{id}/rankings: the phase's ranking from the same query as the rankings page
 * and its export, so the three always agree (docs/api.md); served from the snapshot cache while
 * nothing has committed (docs/performance.md).
 */
export const GET = apiRoute<{ id: string }>("phases.rankings", "api.read", async (_request, { params }) => {
  const id = parseIdSegment(params.id);
  const rankings = id ? await phaseRankingsCached(id) : null;
  if (!rankings) throw notFound("评比阶段");
  return apiJson(rankings);
});

import { apiRoute } from "@/lib/api/auth";
import { parseQuery } from "@/lib/api/query";
import { apiJson } from "@/lib/api/responses";
import { listApiTours, tourListFilterSchema } from "@/lib/tours/views/api";

export const dynamic = "force-dynamic";

/** GET /api/v1/tours[?phaseId=&status=]: the tours the caller may see (docs/api.md). */
export const GET = apiRoute("tours.list", "api.read", async (_request, { user, url }) => {
  const filter = parseQuery(url, tourListFilterSchema);
  return apiJson(await listApiTours(user, filter));
});

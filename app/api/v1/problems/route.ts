import { apiRoute } from "@/lib/api/auth";
import { parseQuery } from "@/lib/api/query";
import { apiJson } from "@/lib/api/responses";
import { listApiProblems } from "@/lib/problems/api";
import { problemApiFilterSchema } from "@/lib/problems/filters";

export const dynamic = "force-dynamic";

/** GET /api/v1/problems[?enterpriseId=&status=&overdue=&phaseId=&severity=]: the whole ledger (docs/api.md). */
export const GET = apiRoute("problems.list", "problem.readAll", async (_request, { user, url }) => {
  const filter = parseQuery(url, problemApiFilterSchema);
  return apiJson(await listApiProblems(user, filter));
});

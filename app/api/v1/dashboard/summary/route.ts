import { apiRoute } from "@/lib/api/auth";
import { apiJson } from "@/lib/api/responses";
import { dashboardSummary } from "@/lib/dashboard/summary";

export const dynamic = "force-dynamic";

/** GET /api/v1/dashboard/summary: the leader home's figures as JSON (docs/api.md). */
export const GET = apiRoute("dashboard.summary", "api.read", async () => apiJson(await dashboardSummary()));

import { apiRoute } from "@/lib/api/auth";
import { apiJson } from "@/lib/api/responses";
import { listApiPhases } from "@/lib/rankings/api";

export const dynamic = "force-dynamic";

/** GET /api/v1/phases: every phase with its kind, status and window (docs/api.md). */
export const GET = apiRoute("phases.list", "api.read", async () => apiJson(await listApiPhases()));

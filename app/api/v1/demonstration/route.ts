import { apiRoute } from "@/lib/api/auth";
import { apiJson } from "@/lib/api/responses";
import { demonstrationForApi } from "@/lib/demonstration/api";

export const dynamic = "force-dynamic";

/** GET /api/v1/demonstration: the 3 + 3 + 6 of the current campaign, as /demonstration shows them (docs/api.md). */
export const GET = apiRoute("demonstration", "api.read", async () => apiJson(await demonstrationForApi()));

import { apiRoute } from "@/lib/api/auth";
import { apiJson } from "@/lib/api/responses";
import { apiAssetProgress } from "@/lib/assets/api";

export const dynamic = "force-dynamic";

/** GET /api/v1/assets/progress: the asset progress page's headline figures (docs/api.md). */
export const GET = apiRoute("assets.progress", "asset.readAll", async () => apiJson(await apiAssetProgress()));

import { checkDatabase } from "@/lib/health";

// Load balancers poll this; it must never be cached.
export const dynamic = "force-dynamic";

export async function GET() {
  const database = await checkDatabase();
  return Response.json(
    { status: database === "ok" ? "ok" : "degraded", db: database },
    { status: database === "ok" ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}

import { getUserReadyForData } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { rankingWorkbook } from "@/lib/rankings/export";
import { parseRankingQuery } from "@/lib/rankings/filters";
import { rankingFilterFor, rankingPhase, rankingRows } from "@/lib/rankings/queries";
import { withDatabaseAvailability } from "@/lib/availability/unavailable";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * The ranking of a phase as .xlsx (ranking.readAll), with the filters of the page's URL. The rows
 * come from the same query function as the page, so the numbers are the page's numbers.
 */
export const GET = withDatabaseAvailability(async function GET(
  request: Request,
  { params }: { params: Promise<{ phaseId: string }> },
) {
  const user = await getUserReadyForData();
  if (!user) return new Response("登录已失效，请重新登录", { status: 401 });
  if (!can(user.role, "ranking.readAll")) return new Response("您没有导出排名的权限", { status: 403 });

  const { phaseId: rawId } = await params;
  const phaseId = /^\d{1,9}$/.test(rawId) ? Number(rawId) : 0;
  const phase = phaseId > 0 ? await rankingPhase(phaseId) : null;
  if (!phase) return new Response("阶段不存在", { status: 404 });

  const { query } = parseRankingQuery(Object.fromEntries(new URL(request.url).searchParams));
  const rows = await rankingRows(phase.id, rankingFilterFor(query, phase), { limit: null, offset: 0 });
  const body = await rankingWorkbook(phase, rows);
  const filename = `${phase.campaign.year}年${phase.name}排名.xlsx`;
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": XLSX_TYPE,
      "Content-Disposition": `attachment; filename="rankings-${phase.id}.xlsx"; filename*=UTF-8''${encodeURIComponent(filename)}`,
      "Cache-Control": "no-store",
    },
  });
});

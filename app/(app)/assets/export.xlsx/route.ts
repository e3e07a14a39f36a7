import { getUserReadyForData } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { assetWorkbook } from "@/lib/assets/export";
import { progressFigures } from "@/lib/assets/progress";
import { assetMonthTotals, assetTargetList, figureMatrix, filedMonthRange } from "@/lib/assets/queries";
import { withDatabaseAvailability } from "@/lib/availability/unavailable";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * Every month's figures of the counting enterprises as .xlsx (asset.readAll), with the totals
 * and target figures from the same queries as the asset progress page.
 */
export const GET = withDatabaseAvailability(async function GET() {
  const user = await getUserReadyForData();
  if (!user) return new Response("登录已失效，请重新登录", { status: 401 });
  if (!can(user.role, "asset.readAll")) return new Response("您没有导出资产数据的权限", { status: 403 });

  const [{ counting, months }, targets, range] = await Promise.all([
    assetMonthTotals(),
    assetTargetList(),
    filedMonthRange(),
  ]);
  const figures = progressFigures(months, counting, targets);
  const matrix = range ? await figureMatrix(range.first, range.last) : { months: [], enterprises: [] };
  const body = await assetWorkbook(matrix, months, figures);
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": XLSX_TYPE,
      "Content-Disposition": `attachment; filename="assets.xlsx"; filename*=UTF-8''${encodeURIComponent("资产数据.xlsx")}`,
      "Cache-Control": "no-store",
    },
  });
});

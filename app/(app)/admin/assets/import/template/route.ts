import { getUserReadyForData } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { filingEnterprises } from "@/lib/assets/filing-queries";
import { buildAssetTemplate } from "@/lib/assets/import/template";
import { monthFromIndex, monthIndex, monthKey } from "@/lib/assets/months";
import { contentDisposition } from "@/lib/files/content-disposition";
import { chinaToday } from "@/lib/format";
import { withDatabaseAvailability } from "@/lib/availability/unavailable";

/** The asset import template (.xlsx), one row per counting enterprise for last month. */
export const GET = withDatabaseAvailability(async function GET() {
  const user = await getUserReadyForData();
  if (!user) return new Response("请先登录", { status: 401 });
  if (!can(user.role, "asset.fileAny")) return new Response("您没有执行此操作的权限", { status: 403 });
  const lastMonth = monthKey(monthFromIndex(monthIndex(chinaToday()) - 1));
  const body = await buildAssetTemplate(await filingEnterprises(), lastMonth);
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": contentDisposition("资产数据导入模板.xlsx", "attachment"),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});

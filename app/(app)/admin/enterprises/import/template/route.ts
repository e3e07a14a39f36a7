import { getUserReadyForData } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { contentDisposition } from "@/lib/files/content-disposition";
import { buildImportTemplate } from "@/lib/import/template";
import { withDatabaseAvailability } from "@/lib/availability/unavailable";

/** The import template (.xlsx), for staff who manage enterprises. */
export const GET = withDatabaseAvailability(async function GET() {
  const user = await getUserReadyForData();
  if (!user) return new Response("请先登录", { status: 401 });
  if (!can(user.role, "enterprise.manage")) return new Response("您没有执行此操作的权限", { status: 403 });
  const body = await buildImportTemplate();
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": contentDisposition("企业与党组织导入模板.xlsx", "attachment"),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});

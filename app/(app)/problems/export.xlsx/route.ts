import { getUserReadyForData } from "@/lib/auth/current-user";
import { problemWorkbook } from "@/lib/problems/export";
import { parseProblemQuery } from "@/lib/problems/filters";
import { describeFilter, problemRows } from "@/lib/problems/queries";
import { problemScope } from "@/lib/problems/scope";
import { withDatabaseAvailability } from "@/lib/availability/unavailable";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * The filtered ledger as .xlsx, with the page's permission and scope (a secretary exports their
 * own enterprise's problems only) and the page's query function, so the numbers are the page's.
 */
export const GET = withDatabaseAvailability(async function GET(request: Request) {
  const user = await getUserReadyForData();
  if (!user) return new Response("登录已失效，请重新登录", { status: 401 });
  const scope = problemScope(user);
  if (!scope) return new Response("您没有导出问题清单的权限", { status: 403 });

  const { query } = parseProblemQuery(Object.fromEntries(new URL(request.url).searchParams));
  const { page: _page, ...parsed } = query;
  void _page;
  const filter = scope.all ? parsed : { ...parsed, enterpriseId: undefined };
  const now = new Date();
  const rows = await problemRows(scope, filter, { now, limit: null, offset: 0 });
  const body = await problemWorkbook(rows, await describeFilter(filter), now);
  const filename = `问题清单-${now.toISOString().slice(0, 10)}.xlsx`;
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": XLSX_TYPE,
      "Content-Disposition": `attachment; filename="problems.xlsx"; filename*=UTF-8''${encodeURIComponent(filename)}`,
      "Cache-Control": "no-store",
    },
  });
});

import type { PerCaller } from "./callers";
import type { DemoIds } from "./demo-ids";

/**
 * Every route handler (app/**\/route.ts, each exported method) against every caller, walked over
 * HTTP by tests/e2e/authz-matrix.spec.ts: the expected status, redirects not followed. The
 * anonymous caller carries a forged session cookie, so the handler's own check answers.
 */
export type RouteIds = DemoIds & {
  /** An attachment of A's draft cross-phase report, uploaded by A's secretary before the walk. */
  fileA: number;
};

export type RouteRow = {
  method: "GET" | "POST";
  /** The route as its folder names it, e.g. "/api/files/[id]". */
  route: string;
  note?: string;
  url: string | ((ids: RouteIds) => string);
  answers: PerCaller<number>;
};

// prettier-ignore
export const ROUTE_ROWS: readonly RouteRow[] = [
  //                                                                                                               anon admin leader secA secB scorerOn scorerOff
  { method: "GET", route: "/admin/assets/import/template", url: "/admin/assets/import/template",                 answers: [401, 200, 403, 403, 403, 403, 403] },
  { method: "GET", route: "/admin/enterprises/import/template", url: "/admin/enterprises/import/template",       answers: [401, 200, 403, 403, 403, 403, 403] },
  { method: "GET", route: "/assets/export.xlsx", url: "/assets/export.xlsx",                                     answers: [401, 200, 200, 403, 403, 403, 403] },
  { method: "GET", route: "/problems/export.xlsx", url: "/problems/export.xlsx",                                 answers: [401, 200, 200, 200, 200, 200, 200] },
  { method: "GET", route: "/rankings/[phaseId]/export.xlsx", note: "internal phase", url: (i) => `/rankings/${i.internalPhase}/export.xlsx`, answers: [401, 200, 200, 403, 403, 403, 403] },
  { method: "GET", route: "/tours/[id]/calendar.ics", note: "cross-2", url: (i) => `/tours/${i.tourOn}/calendar.ics`, answers: [307, 200, 200, 404, 404, 200, 404] },
  { method: "GET", route: "/tours/[id]/calendar.ics", note: "cross-3 (draft)", url: (i) => `/tours/${i.tourDraft}/calendar.ics`, answers: [307, 200, 404, 404, 404, 404, 404] },
  { method: "GET", route: "/api/auth/[...nextauth]", note: "session", url: "/api/auth/session",                  answers: [200, 200, 200, 200, 200, 200, 200] },
  { method: "POST", route: "/api/auth/[...nextauth]", note: "sign-in without CSRF token", url: "/api/auth/callback/credentials", answers: [302, 302, 302, 302, 302, 302, 302] },
  { method: "GET", route: "/api/files/[id]", note: "attachment of A's draft report", url: (i) => `/api/files/${i.fileA}`, answers: [401, 200, 404, 200, 404, 404, 404] },
  { method: "GET", route: "/api/files/[id]", note: "no such file", url: "/api/files/2147483647",                 answers: [401, 404, 404, 404, 404, 404, 404] },
  { method: "GET", route: "/api/health", url: "/api/health",                                                     answers: [200, 200, 200, 200, 200, 200, 200] },
  { method: "GET", route: "/api/v1/assets/progress", url: "/api/v1/assets/progress",                             answers: [401, 200, 200, 403, 403, 403, 403] },
  { method: "GET", route: "/api/v1/dashboard/summary", url: "/api/v1/dashboard/summary",                         answers: [401, 200, 200, 403, 403, 403, 403] },
  { method: "GET", route: "/api/v1/demonstration", url: "/api/v1/demonstration",                                 answers: [401, 200, 200, 403, 403, 403, 403] },
  { method: "GET", route: "/api/v1/phases", url: "/api/v1/phases",                                               answers: [401, 200, 200, 403, 403, 403, 403] },
  { method: "GET", route: "/api/v1/phases/[id]/rankings", note: "internal phase", url: (i) => `/api/v1/phases/${i.internalPhase}/rankings`, answers: [401, 200, 200, 403, 403, 403, 403] },
  { method: "GET", route: "/api/v1/problems", url: "/api/v1/problems",                                           answers: [401, 200, 200, 403, 403, 403, 403] },
  { method: "GET", route: "/api/v1/tours", url: "/api/v1/tours",                                                 answers: [401, 200, 200, 403, 403, 403, 403] },
  { method: "GET", route: "/api/v1/tours/[id]/calendar.ics", note: "cross-2", url: (i) => `/api/v1/tours/${i.tourOn}/calendar.ics`, answers: [401, 200, 200, 403, 403, 403, 403] },
];

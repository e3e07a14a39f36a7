import type { PerCaller } from "./callers";
import type { DemoIds } from "./demo-ids";

/**
 * Every page (app/**\/page.tsx) against every caller, as walked over HTTP by
 * tests/e2e/authz-matrix.spec.ts. "login": a redirect to /login (the anonymous caller carries a
 * forged session cookie, so the page's own check answers, not the proxy's); "forbidden": 403
 * (app/forbidden.tsx); "not found": 404; "ok": 200; "→/path": a redirect elsewhere.
 */
export type PageAnswer = "ok" | "login" | "forbidden" | "not found" | `→${string}`;

export type PageRow = {
  /** The route as its folder names it, e.g. "/admin/reports/[id]". */
  route: string;
  /** Which row the id points at, when it matters for the answer. */
  note?: string;
  url: string | ((ids: DemoIds) => string);
  answers: PerCaller<PageAnswer>;
};

const L = "login";
const OK = "ok";
const NO = "forbidden";
const NF = "not found";

// prettier-ignore
export const PAGE_ROWS: readonly PageRow[] = [
  //                                                                                                          anonymous admin leader secA   secB   scorerOn scorerOff
  { route: "/", url: "/",                                                                                        answers: [L   , OK  , OK  , OK  , OK  , OK  , OK  ] },
  { route: "/account", url: "/account",                                                                          answers: [L   , OK  , OK  , OK  , OK  , OK  , OK  ] },
  { route: "/account/password", url: "/account/password",                                                        answers: [L   , OK  , OK  , OK  , OK  , OK  , OK  ] },
  { route: "/account/security", url: "/account/security",                                                        answers: [L   , OK  , OK  , OK  , OK  , OK  , OK  ] },
  { route: "/admin/assets", url: "/admin/assets",                                                                answers: [L   , OK  , NO  , NO  , NO  , NO  , NO  ] },
  { route: "/admin/assets/import", url: "/admin/assets/import",                                                  answers: [L   , OK  , NO  , NO  , NO  , NO  , NO  ] },
  { route: "/admin/assets/targets", url: "/admin/assets/targets",                                                answers: [L   , OK  , NO  , NO  , NO  , NO  , NO  ] },
  { route: "/admin/audit", url: "/admin/audit",                                                                  answers: [L   , OK  , NO  , NO  , NO  , NO  , NO  ] },
  { route: "/admin/campaign", url: "/admin/campaign",                                                            answers: [L   , OK  , NO  , NO  , NO  , NO  , NO  ] },
  { route: "/admin/campaign/new", url: "/admin/campaign/new",                                                    answers: [L   , OK  , NO  , NO  , NO  , NO  , NO  ] },
  { route: "/admin/demonstration", url: "/admin/demonstration",                                                  answers: [L   , OK  , NO  , NO  , NO  , NO  , NO  ] },
  { route: "/admin/enterprises", url: "/admin/enterprises",                                                      answers: [L   , OK  , NO  , NO  , NO  , NO  , NO  ] },
  { route: "/admin/enterprises/[id]", note: "enterprise A", url: (i) => `/admin/enterprises/${i.enterpriseA}`,   answers: [L   , OK  , NO  , NO  , NO  , NO  , NO  ] },
  { route: "/admin/enterprises/import", url: "/admin/enterprises/import",                                        answers: [L   , OK  , NO  , NO  , NO  , NO  , NO  ] },
  { route: "/admin/enterprises/new", url: "/admin/enterprises/new",                                              answers: [L   , OK  , NO  , NO  , NO  , NO  , NO  ] },
  { route: "/admin/phase-settings", url: "/admin/phase-settings",                                                answers: [L   , OK  , NO  , NO  , NO  , NO  , NO  ] },
  { route: "/admin/phase-settings/[phaseId]", note: "internal phase", url: (i) => `/admin/phase-settings/${i.internalPhase}`, answers: [L   , OK  , NO  , NO  , NO  , NO  , NO  ] },
  { route: "/admin/problems/new", url: "/admin/problems/new",                                                    answers: [L   , OK  , NO  , NO  , NO  , NO  , NO  ] },
  { route: "/admin/reports", url: "/admin/reports",                                                              answers: [L   , OK  , NO  , NO  , NO  , NO  , NO  ] },
  { route: "/admin/reports/[id]", note: "A's internal report", url: (i) => `/admin/reports/${i.reportAInternal}`, answers: [L   , OK  , NO  , NO  , NO  , NO  , NO  ] },
  { route: "/admin/reports/gap", url: "/admin/reports/gap",                                                      answers: [L   , OK  , NO  , NO  , NO  , NO  , NO  ] },
  { route: "/admin/rubrics", url: "/admin/rubrics",                                                              answers: [L   , OK  , NO  , NO  , NO  , NO  , NO  ] },
  { route: "/admin/rubrics/[id]", note: "cross rubric", url: (i) => `/admin/rubrics/${i.rubricCross}`,           answers: [L   , OK  , NO  , NO  , NO  , NO  , NO  ] },
  { route: "/admin/sheets", url: "/admin/sheets",                                                                answers: [L   , OK  , NO  , NO  , NO  , NO  , NO  ] },
  { route: "/admin/sheets/[id]", note: "an internal sheet", url: (i) => `/admin/sheets/${i.sheet}`,              answers: [L   , OK  , NO  , NO  , NO  , NO  , NO  ] },
  { route: "/admin/sites", url: "/admin/sites",                                                                  answers: [L   , OK  , NO  , NO  , NO  , NO  , NO  ] },
  { route: "/admin/sites/[id]", note: "A's site", url: (i) => `/admin/sites/${i.siteA}`,                         answers: [L   , OK  , NO  , NO  , NO  , NO  , NO  ] },
  { route: "/admin/sites/new", url: "/admin/sites/new",                                                          answers: [L   , OK  , NO  , NO  , NO  , NO  , NO  ] },
  { route: "/admin/users", url: "/admin/users",                                                                  answers: [L   , OK  , NO  , NO  , NO  , NO  , NO  ] },
  { route: "/admin/users/[id]", note: "secretary A", url: (i) => `/admin/users/${i.users.secretaryA}`,           answers: [L   , OK  , NO  , NO  , NO  , NO  , NO  ] },
  { route: "/admin/users/new", url: "/admin/users/new",                                                          answers: [L   , OK  , NO  , NO  , NO  , NO  , NO  ] },
  { route: "/admin/visits", url: "/admin/visits",                                                                answers: [L   , OK  , NO  , NO  , NO  , NO  , NO  ] },
  { route: "/admin/visits/[id]", note: "a visit slot", url: (i) => `/admin/visits/${i.visitSlot}`,               answers: [L   , OK  , NO  , NO  , NO  , NO  , NO  ] },
  { route: "/admin/visits/new", url: "/admin/visits/new",                                                        answers: [L   , OK  , NO  , NO  , NO  , NO  , NO  ] },
  { route: "/assets", url: "/assets",                                                                            answers: [L   , OK  , OK  , NO  , NO  , NO  , NO  ] },
  { route: "/assets/file", url: "/assets/file",                                                                  answers: [L   , NO  , NO  , OK  , OK  , OK  , OK  ] },
  { route: "/dashboard/screen", url: "/dashboard/screen",                                                        answers: [L   , OK  , OK  , NO  , NO  , NO  , NO  ] },
  { route: "/demonstration", url: "/demonstration",                                                              answers: [L   , OK  , OK  , OK  , OK  , OK  , OK  ] },
  { route: "/library", url: "/library",                                                                          answers: [L   , OK  , OK  , OK  , OK  , OK  , OK  ] },
  { route: "/library/[id]", note: "A's entry", url: (i) => `/library/${i.experienceA}`,                          answers: [L   , OK  , OK  , OK  , OK  , OK  , OK  ] },
  { route: "/library/[id]/edit", note: "A's entry", url: (i) => `/library/${i.experienceA}/edit`,                answers: [L   , OK  , NO  , NO  , NO  , NO  , NO  ] },
  { route: "/library/new", url: "/library/new",                                                                  answers: [L   , OK  , NO  , NO  , NO  , NO  , NO  ] },
  { route: "/login", url: "/login",                                                                              answers: [OK  , "→/", "→/", "→/", "→/", "→/", "→/"] },
  { route: "/my-tours", url: "/my-tours",                                                                        answers: [L   , OK  , OK  , OK  , OK  , OK  , OK  ] },
  { route: "/notifications", url: "/notifications",                                                              answers: [L   , OK  , OK  , OK  , OK  , OK  , OK  ] },
  { route: "/problems", url: "/problems",                                                                        answers: [L   , OK  , OK  , OK  , OK  , OK  , OK  ] },
  { route: "/problems/[id]", note: "A's problem", url: (i) => `/problems/${i.problemA}`,                         answers: [L   , OK  , OK  , OK  , NF  , NF  , NF  ] },
  { route: "/problems/[id]", note: "B's problem", url: (i) => `/problems/${i.problemB}`,                         answers: [L   , OK  , OK  , NF  , OK  , NF  , NF  ] },
  { route: "/rankings", url: "/rankings",                                                                        answers: [L   , OK  , OK  , NO  , NO  , NO  , NO  ] },
  { route: "/rankings/[phaseId]/bulletin", note: "internal phase", url: (i) => `/rankings/${i.internalPhase}/bulletin`, answers: [L   , OK  , OK  , NO  , NO  , NO  , NO  ] },
  { route: "/rankings/[phaseId]/organizations/[orgId]", note: "a ranked org", url: (i) => `/rankings/${i.internalPhase}/organizations/${i.rankedOrg}`, answers: [L   , OK  , OK  , NF  , NF  , NF  , NF  ] },
  { route: "/rankings/[phaseId]/organizations/[orgId]", note: "A's branch", url: (i) => `/rankings/${i.internalPhase}/organizations/${i.orgA}`, answers: [L   , OK  , OK  , OK  , NF  , NF  , NF  ] },
  { route: "/rankings/consistency", url: "/rankings/consistency",                                                answers: [L   , OK  , NO  , NO  , NO  , NO  , NO  ] },
  { route: "/rankings/mine", url: "/rankings/mine",                                                              answers: [L   , NO  , NO  , OK  , OK  , OK  , OK  ] },
  { route: "/reports", url: "/reports",                                                                          answers: [L   , NO  , NO  , OK  , OK  , OK  , OK  ] },
  { route: "/reports/[phaseId]", note: "cross phase", url: (i) => `/reports/${i.crossPhase}`,                    answers: [L   , NO  , NO  , OK  , OK  , OK  , OK  ] },
  { route: "/reports/accepted", url: "/reports/accepted",                                                        answers: [L   , OK  , OK  , NO  , NO  , NO  , NO  ] },
  { route: "/reports/accepted/[id]", note: "A's accepted report", url: (i) => `/reports/accepted/${i.reportAInternal}`, answers: [L   , OK  , OK  , NO  , NO  , NO  , NO  ] },
  { route: "/reports/accepted/[id]", note: "A's draft report (not accepted)", url: (i) => `/reports/accepted/${i.reportACross}`, answers: [L   , NF  , NF  , NO  , NO  , NO  , NO  ] },
  { route: "/reports/accepted/[id]", note: "B's accepted report", url: (i) => `/reports/accepted/${i.reportBInternal}`, answers: [L   , OK  , OK  , NO  , NO  , NO  , NO  ] },
  { route: "/scoring", url: "/scoring",                                                                          answers: [L   , OK  , OK  , OK  , OK  , OK  , OK  ] },
  { route: "/scoring/[stopId]", note: "cross-2 stop 1", url: (i) => `/scoring/${i.stopOn}`,                      answers: [L   , NF  , NF  , NF  , NF  , OK  , NF  ] },
  { route: "/scoring/[stopId]", note: "a stop of cross-3 (draft)", url: (i) => `/scoring/${i.stopDraft}`,        answers: [L   , NF  , NF  , NF  , NF  , NF  , NF  ] },
  { route: "/sites/[id]", note: "A's site", url: (i) => `/sites/${i.siteA}`,                                     answers: [L   , OK  , OK  , OK  , OK  , OK  , OK  ] },
  { route: "/tours", url: "/tours",                                                                              answers: [L   , OK  , OK  , NO  , NO  , NO  , NO  ] },
  { route: "/tours/[id]", note: "cross-2 (published)", url: (i) => `/tours/${i.tourOn}`,                         answers: [L   , OK  , OK  , NF  , NF  , OK  , NF  ] },
  { route: "/tours/[id]", note: "cross-3 (draft)", url: (i) => `/tours/${i.tourDraft}`,                          answers: [L   , OK  , NF  , NF  , NF  , NF  , NF  ] },
  { route: "/tours/[id]/edit", note: "cross-3 (draft)", url: (i) => `/tours/${i.tourDraft}/edit`,                answers: [L   , OK  , NO  , NO  , NO  , NO  , NO  ] },
  { route: "/tours/[id]/edit", note: "cross-2 (published)", url: (i) => `/tours/${i.tourOn}/edit`,               answers: [L   , OK  , NO  , NO  , NO  , NO  , NO  ] },
  { route: "/tours/[id]/itinerary", note: "cross-2 (published)", url: (i) => `/tours/${i.tourOn}/itinerary`,     answers: [L   , OK  , OK  , NF  , NF  , OK  , NF  ] },
  { route: "/tours/calendar", url: "/tours/calendar",                                                            answers: [L   , OK  , OK  , NO  , NO  , NO  , NO  ] },
  { route: "/tours/new", url: "/tours/new",                                                                      answers: [L   , OK  , NO  , NO  , NO  , NO  , NO  ] },
  { route: "/visits", url: "/visits",                                                                            answers: [L   , OK  , OK  , OK  , OK  , OK  , OK  ] },
];

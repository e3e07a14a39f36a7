import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PAGE_ROWS } from "@/tests/authz/page-matrix";
import { ROUTE_ROWS } from "@/tests/authz/route-matrix";

// A page or route handler added without a row in the authorization matrix fails here; the walk
// itself (tests/e2e/authz-matrix.spec.ts) then covers it. The action matrix's own coverage check
// lives with its walk (tests/integration/authz-actions.test.ts), which can import the actions.
const appDirectory = path.resolve(import.meta.dirname, "../../app");

function filesNamed(name: string, directory = appDirectory): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return filesNamed(name, full);
    return entry.name === name ? [full] : [];
  });
}

/** "app/(app)/admin/reports/[id]/page.tsx" → "/admin/reports/[id]": route groups leave the URL. */
function routeOf(file: string): string {
  const segments = path
    .relative(appDirectory, path.dirname(file))
    .split(path.sep)
    .filter((segment) => segment !== "" && !/^\(.*\)$/.test(segment));
  return `/${segments.join("/")}`;
}

const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

/** The HTTP methods a route.ts exports, as `export async function GET`, `export const GET =` or `export { x as GET }`. */
function exportedMethods(file: string): string[] {
  const source = readFileSync(file, "utf8");
  return HTTP_METHODS.filter((method) =>
    new RegExp(
      `export\\s+(async\\s+function|function|const)\\s+${method}\\b|export\\s*\\{[^}]*\\bas\\s+${method}\\b`,
    ).test(source),
  );
}

describe("the authorization matrix", () => {
  it("has a row for every page, and names only real ones", () => {
    const pages = new Set(filesNamed("page.tsx").map(routeOf));
    const listed = new Set(PAGE_ROWS.map((row) => row.route));
    expect({
      missing: [...pages].filter((route) => !listed.has(route)).sort(),
      unknown: [...listed].filter((route) => !pages.has(route)).sort(),
    }).toEqual({ missing: [], unknown: [] });
  });

  it("has a row for every method of every route handler, and names only real ones", () => {
    const handlers = new Set(
      filesNamed("route.ts").flatMap((file) => exportedMethods(file).map((method) => `${method} ${routeOf(file)}`)),
    );
    const listed = new Set(ROUTE_ROWS.map((row) => `${row.method} ${row.route}`));
    expect(handlers.size).toBeGreaterThanOrEqual(18);
    expect({
      missing: [...handlers].filter((handler) => !listed.has(handler)).sort(),
      unknown: [...listed].filter((handler) => !handlers.has(handler)).sort(),
    }).toEqual({ missing: [], unknown: [] });
  });

  it("walks each page and route with concrete ids, never a bracketed placeholder", () => {
    // Any id the walk would fill in reads as 7, nested ones (ids.users.admin) included.
    const demo: object = new Proxy({}, { get: (_target, key) => (key === Symbol.toPrimitive ? () => 7 : demo) });
    const urls = [...PAGE_ROWS, ...ROUTE_ROWS].map((row) =>
      typeof row.url === "string" ? row.url : row.url(demo as never),
    );
    expect(urls.filter((url) => /[[\]]|undefined/.test(url))).toEqual([]);
  });
});

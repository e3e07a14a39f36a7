import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveSessionUser } from "@/lib/auth/session-user";
import { PrismaClient } from "@/lib/generated/prisma/client";
import type { Database } from "@/lib/prisma-client";
import { getOwnReport } from "@/lib/reports/queries";
import { getReportForStaff } from "@/lib/reports/staff-queries";
import { userIdOf } from "@/tests/support/setup-fixtures";

// The accepted report's page lists the ledger entries made from its declared problems, with the
// same number of statements however many there are. The database is this file's copy of the seed.
const makeLoggedClient = () =>
  new PrismaClient({
    adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL!, max: 2 }),
    log: [{ emit: "event" as const, level: "query" as const }],
  });
let logged: ReturnType<typeof makeLoggedClient>;
let database: Database;
let statements = 0;

async function measure<T>(run: () => Promise<T>): Promise<{ result: T; statements: number }> {
  statements = 0;
  const result = await run();
  return { result, statements };
}

const sessionOf = async (username: string) =>
  (await resolveSessionUser(database, { sub: String(await userIdOf(database, username)), signedInAt: Date.now() }))!;

beforeAll(() => {
  logged = makeLoggedClient();
  logged.$on("query", () => {
    statements += 1;
  });
  database = logged as unknown as Database;
});
afterAll(async () => {
  await logged.$disconnect();
});

describe("an accepted report's ledger entries", () => {
  it("are listed with the report for staff, leaders and its own secretary, in a constant number of statements", async () => {
    // The seed's accepted report with problems declared in it.
    const report = await logged.selfReport.findFirstOrThrow({
      where: { status: "ACCEPTED", problems: { some: {} } },
      include: { problems: { orderBy: { id: "asc" } }, enterprise: true },
    });
    const admin = await sessionOf("admin");
    const first = await measure(() => getReportForStaff(admin, report.id, database));
    expect(first.result!.problems.map((problem) => problem.id)).toEqual(report.problems.map((problem) => problem.id));
    expect(first.result!.problems[0]).toMatchObject({
      description: report.problems[0]!.description,
      partyOrganization: { name: expect.any(String) },
    });
    // Ten more entries from the same report: the page costs the same.
    const template = report.problems[0]!;
    for (let index = 0; index < 10; index += 1) {
      await logged.problem.create({
        data: {
          phaseId: template.phaseId,
          enterpriseId: template.enterpriseId,
          partyOrganizationId: template.partyOrganizationId,
          rubricItemId: template.rubricItemId,
          source: "SELF_REPORT",
          selfReportId: report.id,
          description: `自查问题补充 ${index + 1}`,
          severity: "MINOR",
          owner: "支部书记",
          deadline: new Date("2030-01-01T00:00:00Z"),
          createdById: admin.id,
        },
      });
    }
    const more = await measure(() => getReportForStaff(admin, report.id, database));
    expect(more.result!.problems).toHaveLength(report.problems.length + 10);
    expect(more.statements).toBe(first.statements);

    const leader = await getReportForStaff(await sessionOf("leader"), report.id, database);
    expect(leader!.problems).toHaveLength(report.problems.length + 10);

    // The report's own secretary sees them on the report page too.
    const secretary = await logged.user.findFirstOrThrow({
      where: { role: "SECRETARY", enterpriseId: report.enterpriseId, isActive: true },
    });
    const own = await measure(async () => getOwnReport(await sessionOf(secretary.username), report.phaseId, database));
    expect(own.result!.report!.problems).toHaveLength(report.problems.length + 10);
  });
});

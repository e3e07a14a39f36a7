import { Prisma } from "@/lib/generated/prisma/client";
import type { ProblemStatus } from "@/lib/generated/prisma/enums";
import { chinaToday } from "@/lib/format";

/**
 * "Overdue" (逾期) is derived, never stored: a problem not yet closed whose deadline (a calendar
 * date) lies before today as the calendar reads in China. A problem due today is not overdue
 * until the day after. The three forms below say the same thing for a row in memory, a Prisma
 * `where` and a raw SQL statement; every page, export, API answer and notification uses them.
 */
export function isOverdue(problem: { deadline: Date; status: ProblemStatus }, now: Date = new Date()): boolean {
  return problem.status !== "CLOSED" && problem.deadline.getTime() < chinaToday(now).getTime();
}

/** `where` for overdue problems (combine with AND for the opposite). */
export function overdueWhere(now: Date = new Date()) {
  return { status: { not: "CLOSED" as const }, deadline: { lt: chinaToday(now) } };
}

/** SQL for overdue problems, for a table aliased `alias` (default "Problem"). */
export function overdueSql(now: Date = new Date(), alias = "Problem"): Prisma.Sql {
  const table = Prisma.raw(`"${alias}"`);
  const today = chinaToday(now).toISOString().slice(0, 10);
  return Prisma.sql`(${table}."status" <> 'CLOSED' AND ${table}."deadline" < ${today}::date)`;
}

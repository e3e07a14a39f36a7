/**
 * The budgets of issue 7. Each figure is printed with PASS or FAIL beside it; the last line of the
 * run sums them up.
 */
export const BUDGETS = {
  /** The platform's rankings query at most this many times the raw-SQL limit … */
  rankingsVsRaw: 1.5,
  /** … and at least this many times faster than the naive way. */
  rankingsVsNaive: 20,
  /** Leader home and rankings page p95 at 10 connections, ms. */
  pageP95: 300,
  statementsPerPage: 10,
  errors: 0,
} as const;

export type Check = { name: string; pass: boolean };

export class Checks {
  readonly all: Check[] = [];
  /** Records a budget check and returns the PASS/FAIL mark to print beside the figure. */
  mark(name: string, pass: boolean): string {
    this.all.push({ name, pass });
    return pass ? "PASS" : "FAIL";
  }
  get failed() {
    return this.all.filter((check) => !check.pass).map((check) => check.name);
  }
}

import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session-user";
import type { ProblemActor } from "@/lib/problems/state";

/**
 * Which problems a user may see: staff and leaders all of them (problem.readAll), a secretary
 * those of their own enterprise (problem.rectify), anyone else none (null). Every query, the
 * export, the file route and every action go through this, so a problem outside the scope is
 * "not found" everywhere alike.
 */
export type ProblemScope = { all: true } | { all: false; enterpriseId: number };

export function problemScope(user: SessionUser): ProblemScope | null {
  if (can(user.role, "problem.readAll")) return { all: true };
  if (can(user.role, "problem.rectify") && user.enterpriseId !== null) {
    return { all: false, enterpriseId: user.enterpriseId };
  }
  return null;
}

/** `where` of the scope, to put into every query on Problem. */
export function scopeWhere(scope: ProblemScope): { enterpriseId?: number } {
  return scope.all ? {} : { enterpriseId: scope.enterpriseId };
}

export function inScope(scope: ProblemScope | null, enterpriseId: number): boolean {
  return scope !== null && (scope.all || scope.enterpriseId === enterpriseId);
}

/** The part a user plays in the status machine on a problem they may see (leaders only read). */
export function actorOf(user: SessionUser, problemEnterpriseId: number): ProblemActor | null {
  if (can(user.role, "problem.manage")) return "staff";
  if (can(user.role, "problem.rectify") && user.enterpriseId === problemEnterpriseId) return "rectifier";
  return null;
}

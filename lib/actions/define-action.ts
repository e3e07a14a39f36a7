import "server-only";
import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db } from "@/lib/db";
import { recordAudit, type AuditEntry } from "@/lib/audit";
import { can, type Permission } from "@/lib/auth/permissions";
import { accountSetupStep, getCurrentUser } from "@/lib/auth/current-user";
import { ACCOUNT_SETUP_MESSAGES } from "@/lib/auth/account-setup";
import { clientAddress } from "@/lib/auth/client-address";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Transaction } from "@/lib/prisma-client";
import { UserFacingError } from "@/lib/errors";
import { formDataToObject } from "@/lib/actions/form-data";
import { unstorableTextErrors } from "@/lib/actions/unstorable-text";
import "@/lib/actions/zod-locale";
import { databaseUnavailable, UNAVAILABLE_MESSAGE } from "@/lib/availability/unavailable";

export type ActionResult<T> =
  { ok: true; data: T } | { ok: false; error: string; fieldErrors?: Record<string, string[]> };

export type ActionContext<Input> = {
  input: Input;
  user: SessionUser;
  tx: Transaction;
  /** Records an audit row in this action's transaction, with the actor and address filled in. */
  audit: (entry: Omit<AuditEntry, "actor" | "ip">) => Promise<void>;
  /**
   * Work to do only once the transaction has committed (e.g. removing stored bytes whose rows it
   * deleted: a rollback must find them still there). A failure is logged, not reported.
   */
  afterCommit: (task: () => Promise<void>) => void;
};

type ActionDefinition<Schema extends z.ZodType, Output> = {
  /** Names the action in the server log. */
  name: string;
  schema: Schema;
  permission: Permission;
  run: (context: ActionContext<z.output<Schema>>) => Promise<Output>;
  /** Paths whose cached pages the change makes stale. */
  revalidate?: (output: Output, input: z.output<Schema>) => string[];
  /**
   * Prisma's interactive-transaction limits (defaults: 2 s to get a connection, 5 s to run), for
   * actions that a crowd calls at once and that queue on one row lock (e.g. visit sign-ups).
   */
  transaction?: { maxWait?: number; timeout?: number };
  /** The account-setup actions (own password change, TOTP enrolment), allowed while one is pending. */
  allowDuringAccountSetup?: boolean;
};

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

export const GENERIC_ERROR = "操作未能完成，请稍后重试；如仍失败请联系管理员";
export const BUSY_MESSAGE = "系统繁忙，本次操作未保存，请稍后重试";

function isTransactionTimeout(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2028";
}

/**
 * The one path for every write: parse with zod, load the session, check the permission, run in
 * a transaction together with its audit rows, revalidate, and answer with a typed result.
 * Scope checks (which enterprise, which tour) belong in `run`, against the rows it loads.
 * The returned function fits `useActionState` and can be called directly with an object.
 */
export function defineAction<Schema extends z.ZodType, Output>(definition: ActionDefinition<Schema, Output>) {
  const run = runAction(definition);
  return async function action(
    _previous: ActionResult<Output> | null,
    payload: FormData | Record<string, unknown>,
  ): Promise<ActionResult<Output>> {
    try {
      return await run(payload);
    } catch (error) {
      // PostgreSQL down or restarting (the session lookup or the transaction could not reach it):
      // nothing was written; the form keeps what was typed and can be sent again shortly.
      if (databaseUnavailable(error)) return { ok: false, error: UNAVAILABLE_MESSAGE };
      throw error;
    }
  };
}

function runAction<Schema extends z.ZodType, Output>(definition: ActionDefinition<Schema, Output>) {
  return async function run(payload: FormData | Record<string, unknown>): Promise<ActionResult<Output>> {
    const user = await getCurrentUser();
    if (!user) return { ok: false, error: "登录已失效，请重新登录" };
    if (!can(user.role, definition.permission)) return { ok: false, error: "您没有执行此操作的权限" };
    // A forced password change (or TOTP enrolment) comes before any other write.
    const setupStep = accountSetupStep(user);
    if (setupStep && !definition.allowDuringAccountSetup)
      return { ok: false, error: ACCOUNT_SETUP_MESSAGES[setupStep] };

    // A form, or a plain object from a client component; anything else (an array, a Date, a
    // string) is not an input any of our forms sends.
    if (!(payload instanceof FormData) && !isPlainObject(payload))
      return { ok: false, error: "提交的内容无效，请刷新页面后重试" };
    const raw = payload instanceof FormData ? formDataToObject(payload) : payload;
    // Before the schema, so that no field of any action can let such text reach the database.
    const unstorable = unstorableTextErrors(raw);
    if (unstorable) return { ok: false, error: "请检查填写的内容", fieldErrors: unstorable };
    const parsed = definition.schema.safeParse(raw);
    if (!parsed.success) {
      return {
        ok: false,
        error: "请检查填写的内容",
        fieldErrors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]>,
      };
    }

    const ip = clientAddress(await headers());
    try {
      const afterCommit: (() => Promise<void>)[] = [];
      const output = await db().$transaction(
        async (tx) =>
          definition.run({
            input: parsed.data,
            user,
            tx,
            audit: (entry) => recordAudit(tx, { ...entry, actor: { id: user.id, name: user.name }, ip }),
            afterCommit: (task) => afterCommit.push(task),
          }),
        definition.transaction,
      );
      for (const task of afterCommit) {
        await task().catch((error: unknown) =>
          console.error(`[action ${definition.name}] after-commit step failed for user ${user.id}`, error),
        );
      }
      for (const path of definition.revalidate?.(output, parsed.data) ?? []) revalidatePath(path);
      return { ok: true, data: output };
    } catch (error) {
      if (error instanceof UserFacingError) {
        return { ok: false, error: error.message, fieldErrors: error.fieldErrors };
      }
      if (databaseUnavailable(error)) return { ok: false, error: UNAVAILABLE_MESSAGE };
      // P2028: no connection free within `maxWait`, or the transaction ran past its timeout; it was
      // rolled back either way. Still logged: a crowd that meets it needs a larger wait or pool.
      if (isTransactionTimeout(error)) {
        console.error(`[action ${definition.name}] transaction timed out for user ${user.id}`, error);
        return { ok: false, error: BUSY_MESSAGE };
      }
      console.error(`[action ${definition.name}] failed for user ${user.id}`, error);
      return { ok: false, error: GENERIC_ERROR };
    }
  };
}

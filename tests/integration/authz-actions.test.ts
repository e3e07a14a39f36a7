import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createPrismaClient } from "@/lib/prisma-client";
import { answerFor, CALLERS, type Caller } from "@/tests/authz/callers";
import { ACTION_ROWS, type ActionAnswer, type ActionRow } from "@/tests/authz/action-matrix";
import { prepareActionFixtures, type ActionFixtures } from "@/tests/authz/action-fixtures";
import { databaseFingerprint } from "@/tests/authz/database-fingerprint";
import { actAnonymously, actAs } from "@/tests/support/request-context";
import { listServerActions, type ServerActionEntry } from "@/tests/support/server-actions";

// Walks every cell of the action matrix (tests/authz/action-matrix.ts) through the real action
// entry point, signed in as each caller with a real session token. First every refusal, on the
// untouched demo data, each checked to leave the whole database as it was; then every allowed
// call, in the matrix's order, each checked to succeed.
vi.mock("next/headers", () => import("@/tests/support/request-context"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const filesDir = await mkdtemp(path.join(os.tmpdir(), "daguanmo-authz-files-"));
process.env.FILES_DIR = filesDir;

const database = createPrismaClient(process.env.DATABASE_URL!, 2);
let fixtures: ActionFixtures;
let actions: Map<string, ServerActionEntry>;

beforeAll(async () => {
  fixtures = await prepareActionFixtures(database);
  actions = new Map((await listServerActions()).map((entry) => [entry.id, entry]));
});

afterAll(async () => {
  await database.$disconnect();
  await rm(filesDir, { recursive: true, force: true });
});

type Result = { ok: boolean; error?: string };

async function call(row: ActionRow, caller: Caller): Promise<Result> {
  const entry = actions.get(row.action);
  if (!entry) throw new Error(`${row.action} is not a server action`);
  if (caller === "anonymous") actAnonymously();
  else await actAs(fixtures.users[caller]);
  const payload = await row.input(fixtures, caller);
  return (await entry.action(null, payload)) as Result;
}

/** What the caller was told, in the matrix's words. */
function answerOf(result: Result): ActionAnswer | string {
  if (result.ok) return "ok";
  if (result.error === "登录已失效，请重新登录") return "sign in";
  if (result.error === "您没有执行此操作的权限") return "no permission";
  if (result.error?.includes("不存在")) return "not found";
  return `refused: ${result.error} ${JSON.stringify((result as { fieldErrors?: unknown }).fieldErrors ?? {})}`;
}

const label = (row: ActionRow) => `${row.action.split("#")[1]}${row.note ? ` (${row.note})` : ""}`;

describe("every refusal in the action matrix", () => {
  it.each(ACTION_ROWS.map((row) => [label(row), row] as const))(
    "%s: each refused caller gets its answer and nothing changes",
    async (_name, row) => {
      for (const caller of CALLERS) {
        const expected = answerFor(row.answers, caller);
        if (expected === "ok") continue;
        const before = await databaseFingerprint(database);
        expect(answerOf(await call(row, caller)), `${caller} → ${row.action}`).toBe(expected);
        expect(await databaseFingerprint(database), `${caller} → ${row.action} changed the database`).toEqual(before);
      }
    },
  );
});

// An account with a pending setup step (a staff-set password to change) may only finish it: every
// other action refuses it with the step's message, whatever its role. It is an ADMIN with the
// admin's input, so the setup gate is the only thing that can stop it.
const SETUP_ACTIONS = new Set([
  "lib/users/account-actions.ts#changeOwnPasswordAction",
  "lib/users/account-actions.ts#startTotpEnrolmentAction",
  "lib/users/account-actions.ts#confirmTotpAction",
]);

describe("an account with a pending password change", () => {
  it("is refused by every action but the three setup ones, and nothing changes", async () => {
    const pending = await database.user.create({
      data: {
        username: "authz.pending",
        displayName: "待改密账号",
        role: "ADMIN",
        passwordHash: "x",
        mustChangePassword: true,
      },
    });
    const before = await databaseFingerprint(database);
    const rows = ACTION_ROWS.filter(
      (row, index) =>
        !SETUP_ACTIONS.has(row.action) && ACTION_ROWS.findIndex((other) => other.action === row.action) === index,
    );
    const answers = [];
    for (const row of rows) {
      await actAs(pending.id);
      const result = (await actions.get(row.action)!.action(null, await row.input(fixtures, "admin"))) as Result;
      answers.push([row.action, result.ok ? "ok" : result.error]);
    }
    // An action outside the role is refused for that first, as for any ADMIN.
    const expected = (row: ActionRow) =>
      answerFor(row.answers, "admin") === "no permission"
        ? "您没有执行此操作的权限"
        : "请先修改初始密码，再进行其他操作";
    expect(answers).toEqual(rows.map((row) => [row.action, expected(row)]));
    expect(await databaseFingerprint(database)).toEqual(before);
    await database.user.delete({ where: { id: pending.id } });
  });
});

describe("every allowed call in the action matrix", () => {
  it.each(ACTION_ROWS.map((row) => [label(row), row] as const))(
    "%s: each allowed caller succeeds",
    async (_name, row) => {
      for (const caller of CALLERS) {
        if (answerFor(row.answers, caller) !== "ok") continue;
        expect(answerOf(await call(row, caller)), `${caller} → ${row.action}`).toBe("ok");
      }
    },
  );
});

describe("the action matrix", () => {
  it("has a row for every server action, and names only real ones", async () => {
    const listed = new Set(ACTION_ROWS.map((row) => row.action));
    const missing = [...actions.keys()].filter((id) => !listed.has(id));
    const unknown = [...listed].filter((id) => !actions.has(id));
    expect({ missing, unknown }).toEqual({ missing: [], unknown: [] });
  });

  it("answers 'not found' to every secretary outside the enterprise whose row the input names", () => {
    const enterpriseOf: Partial<Record<Caller, "A" | "B">> = { secretaryA: "A", secretaryB: "B" };
    const holes = ACTION_ROWS.filter((row) => row.enterprise).flatMap((row) =>
      (["secretaryA", "secretaryB", "scorerOn", "scorerOff"] as const)
        .filter((caller) => enterpriseOf[caller] !== row.enterprise && answerFor(row.answers, caller) !== "not found")
        .map((caller) => `${label(row)}: ${caller}`),
    );
    expect(holes).toEqual([]);
    expect(ACTION_ROWS.filter((row) => row.enterprise === "A").length).toBeGreaterThanOrEqual(3);
  });

  it("lets every action through for at least one caller, so its refusals are not about broken input", () => {
    const allowedSomewhere = new Set(ACTION_ROWS.filter((row) => row.answers.includes("ok")).map((row) => row.action));
    expect(ACTION_ROWS.map((row) => row.action).filter((action) => !allowedSomewhere.has(action))).toEqual([]);
  });
});

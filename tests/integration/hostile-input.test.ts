import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createPrismaClient } from "@/lib/prisma-client";
import { GENERIC_ERROR } from "@/lib/actions/define-action";
import { ACCOUNT_SETUP_MESSAGES } from "@/lib/auth/account-setup";
import { actAs } from "@/tests/support/request-context";
import { listServerActions, type ServerActionEntry } from "@/tests/support/server-actions";
import { tableChecksums } from "@/tests/support/table-checksums";
import { actionSpecs, LENIENT_FIELDS, type ActionSpec, type SeedIds } from "@/tests/support/hostile-specs";
import { EXTRA_MARKER, extraFields, toFormData } from "@/tests/support/hostile-values";
import { loadSeedIds, markerLocations } from "@/tests/support/hostile-database";

vi.mock("next/headers", () => import("@/tests/support/request-context"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

// Every server action, called through its real entry point by a caller allowed to use it, with
// hostile values in one field at a time (as an object and as a form), extra fields and wrong
// shapes: each answer is a typed refusal with a Chinese message, never the generic "something
// failed" answer or a thrown exception, and no table changes. See docs/security.md, "Hostile input".
const database = createPrismaClient(process.env.DATABASE_URL!, 2);
/** Per field and per action; small enough that the file stays within about two minutes. */
const RUNS_PER_FIELD = 25;
const SHAPE_RUNS = 15;
const SEED = 20_220_324;

let actions: ServerActionEntry[];
let specs: Record<string, ActionSpec>;
let actors: Record<ActionSpec["actor"], number>;

const CJK = /[\u4e00-\u9fff]/;
/** Answers that would mean the caller, not the input, was refused: the test would prove nothing. */
const NOT_ABOUT_INPUT = ["登录已失效，请重新登录", "您没有执行此操作的权限", ...Object.values(ACCOUNT_SETUP_MESSAGES)];

/** A refusal the user can act on: typed, Chinese, and not the catch-all for unexpected failures. */
function expectRefusal(result: unknown, context: string) {
  const answer = result as { ok?: unknown; error?: unknown; fieldErrors?: Record<string, unknown> };
  expect(answer, context).toMatchObject({ ok: false });
  expect(typeof answer.error, context).toBe("string");
  expect(answer.error, context).not.toBe(GENERIC_ERROR);
  expect(NOT_ABOUT_INPUT, context).not.toContain(answer.error);
  expect(answer.error as string, context).toMatch(CJK);
  for (const [key, messages] of Object.entries(answer.fieldErrors ?? {})) {
    expect(Array.isArray(messages), `${context} ${key}`).toBe(true);
    for (const message of messages as unknown[]) expect(String(message), `${context} ${key}`).toMatch(CJK);
  }
}

/**
 * A refusal for bad input must be about the hostile field: every base input passes its schema, so
 * a "请检查填写的内容" answer that names only other fields would mean the test proved nothing.
 */
function expectAboutField(result: unknown, field: string, context: string) {
  const answer = result as { error?: string; fieldErrors?: Record<string, unknown> };
  if (answer.error !== "请检查填写的内容") return;
  const keys = Object.keys(answer.fieldErrors ?? {});
  const related = (key: string) =>
    key === field ||
    key.startsWith(`${field}.`) ||
    (field.startsWith("tier") && (key.startsWith("tier.") || key === "tiers"));
  expect(keys.some(related), `${context}: field errors ${keys.join(", ")}`).toBe(true);
}

async function call(entry: ServerActionEntry, payload: unknown): Promise<unknown> {
  await actAs(actors[specs[entry.id]!.actor]);
  try {
    return await entry.action(null, payload as FormData);
  } catch (error) {
    return { thrown: String(error) };
  }
}

function describeValue(value: unknown): string {
  let text: string;
  try {
    text =
      value instanceof File
        ? `File(${value.name})`
        : typeof value === "string"
          ? value
          : (JSON.stringify(value, (_key, nested: unknown) => (typeof nested === "bigint" ? `${nested}n` : nested)) ??
            typeof value);
  } catch {
    text = typeof value;
  }
  return text.length > 80 ? `${text.slice(0, 80)}…(${text.length})` : text;
}

function withExtras(payload: Record<string, unknown>, extras: [string, string][]): Record<string, unknown> {
  // defineProperty, so that "__proto__" is an own field as JSON.parse would make it.
  const result = { ...payload };
  for (const [key, value] of extras)
    Object.defineProperty(result, key, { value, enumerable: true, writable: true, configurable: true });
  return result;
}

beforeAll(async () => {
  actions = await listServerActions();
  const ids: SeedIds = await loadSeedIds(database);
  specs = actionSpecs(ids);
  const users = await database.user.findMany({
    where: { username: { in: ["admin", "secretary"] } },
    select: { id: true, username: true },
  });
  actors = {
    admin: users.find((user) => user.username === "admin")!.id,
    secretary: users.find((user) => user.username === "secretary")!.id,
  };
});

afterAll(async () => {
  await database.$disconnect();
});

describe("hostile input to every server action", () => {
  it("has a spec for every action and an action for every spec", () => {
    const listed = actions.map((entry) => entry.id).sort();
    expect(Object.keys(specs).sort()).toEqual(listed);
    for (const [id, spec] of Object.entries(specs)) {
      const untested = Object.keys(spec.base).filter((key) => !(key in spec.fields) && !LENIENT_FIELDS.includes(key));
      expect(untested, `${id}: base fields without hostile values`).toEqual([]);
    }
  });

  it(
    "refuses hostile values in each field, extra fields and wrong shapes, and changes no table",
    { timeout: 240_000 },
    async () => {
      // Every action is walked even after a failure, so one run lists every defect.
      const failures: string[] = [];
      const check = async (label: string, run: () => Promise<void>) => {
        try {
          await run();
        } catch (error) {
          const cause =
            error instanceof Error && error.cause instanceof Error ? ` | cause: ${error.cause.message}` : "";
          const message = error instanceof Error ? error.message.split("\n").slice(0, 4).join(" | ") : String(error);
          failures.push(`${label}: ${message.slice(0, 600)}${cause.slice(0, 600)}`);
        }
      };
      for (const entry of actions) {
        const spec = specs[entry.id]!;
        const before = await tableChecksums(process.env.DATABASE_URL!);
        const fieldNames = Object.keys(spec.fields);
        for (const [index, field] of fieldNames.entries()) {
          const refused = spec.fields[field]!;
          await check(`${entry.id} ${field}`, () =>
            fc.assert(
              fc.asyncProperty(
                fc.oneof(
                  refused.object.map((value) => ({ asForm: false, value })),
                  refused.form.map((value) => ({ asForm: true, value: value as unknown })),
                ),
                extraFields(Object.keys(spec.base)),
                async ({ asForm, value }, extras) => {
                  const payload = withExtras({ ...spec.base, [field]: value }, extras);
                  const result = await call(entry, asForm ? toFormData(payload) : payload);
                  const context = `${entry.id} ${field}=${describeValue(value)} ${asForm ? "(form)" : "(object)"}`;
                  expectRefusal(result, context);
                  expectAboutField(result, field, context);
                },
              ),
              { numRuns: RUNS_PER_FIELD, seed: SEED + index, endOnFailure: true },
            ),
          );
        }
        // Whole wrong shapes: not an object at all, or every field hostile at once.
        const allHostile = fc.record(
          Object.fromEntries(fieldNames.map((field) => [field, spec.fields[field]!.object])),
        );
        await check(`${entry.id} shapes`, () =>
          fc.assert(
            fc.asyncProperty(
              fc.oneof(
                fc.constantFrom<unknown>(null, undefined, "payload", 42, NaN, [], [spec.base], true, new Date(0)),
                ...(fieldNames.length > 0 ? [allHostile] : []),
              ),
              async (payload) => {
                expectRefusal(await call(entry, payload), `${entry.id} shape ${describeValue(payload)}`);
              },
            ),
            { numRuns: SHAPE_RUNS, seed: SEED, endOnFailure: true },
          ),
        );
        const after = await tableChecksums(process.env.DATABASE_URL!);
        const changed = Object.keys(after).filter(
          (table) => JSON.stringify(after[table]) !== JSON.stringify(before[table]),
        );
        if (changed.length > 0) failures.push(`${entry.id} changed ${changed.join(", ")}`);
      }
      expect(failures).toEqual([]);
    },
  );

  it(
    "drops extra fields: after a call with a base input and extra fields, no marker is stored",
    { timeout: 120_000 },
    async () => {
      for (const entry of actions) {
        const spec = specs[entry.id]!;
        const extras = fc.sample(extraFields(Object.keys(spec.base)), { numRuns: 1, seed: SEED })[0]!;
        const marked: [string, string][] = [...extras, ["role", EXTRA_MARKER], ["isActive", EXTRA_MARKER]];
        const result = await call(
          entry,
          withExtras(
            spec.base,
            marked.filter(([key]) => !(key in spec.base)),
          ),
        );
        if (!(result as { ok?: boolean }).ok) expectRefusal(result, `${entry.id} base with extras`);
        expect(await markerLocations(database, EXTRA_MARKER), entry.id).toEqual([]);
      }
    },
  );
});

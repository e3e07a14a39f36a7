import { describe, expect, it, vi } from "vitest";

vi.mock("next/headers", () => import("@/tests/support/request-context"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

import { listServerActions } from "@/tests/support/server-actions";

describe("server action list", () => {
  it("finds the actions of every 'use server' module under lib/", async () => {
    const actions = await listServerActions();
    const ids = actions.map((entry) => entry.id);
    expect(ids).toContain("lib/users/actions.ts#createUserAction");
    expect(ids).toContain("lib/scoring/actions.ts#saveScoreSheetAction");
    expect(new Set(actions.map((entry) => entry.file)).size).toBeGreaterThanOrEqual(22);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

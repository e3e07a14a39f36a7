import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { LocalDraft } from "@/components/scoring/local-draft";
import {
  RETRY_DELAYS_MS,
  SAVE_DELAY_MS,
  SheetAutosaver,
  type AutosaverDeps,
} from "@/components/scoring/sheet-autosaver";
import type { ActionResult } from "@/lib/actions/define-action";
import type { SheetSnapshot } from "@/lib/scoring/sheet-snapshot";
import type { SaveOutcome } from "@/lib/scoring/write-sheet";

const items = [
  { id: 1, title: "阵地建设", maxHalves: 20 },
  { id: 2, title: "品牌创建", maxHalves: 12 },
];

function snapshot(version: number, scores: Record<string, string>, comment = ""): SheetSnapshot {
  return {
    id: 9,
    version,
    status: "DRAFT",
    total: "0",
    comment,
    scores,
    submittedAt: null,
    updatedAt: new Date(0).toISOString(),
  };
}

function setup(initial: SheetSnapshot | null = null, local: LocalDraft | null = null) {
  let stored = local;
  let online = true;
  let version = initial?.version ?? 0;
  const save = vi.fn(
    async (input: {
      baseVersion: number;
      scores: Record<string, number | null>;
      comment: string;
    }): Promise<ActionResult<SaveOutcome>> => {
      version = input.baseVersion + 1;
      const scores = Object.fromEntries(
        Object.entries(input.scores).flatMap(([id, value]) => (value === null ? [] : [[id, String(value)]])),
      );
      return { ok: true, data: { status: "saved", sheet: snapshot(version, scores, input.comment) } };
    },
  );
  const deps: AutosaverDeps = {
    stopId: 5,
    items,
    initial,
    save,
    submit: vi.fn(save),
    storage: { read: () => stored, write: (draft) => void (stored = draft), clear: () => void (stored = null) },
    isOnline: () => online,
    refresh: vi.fn(),
    onChange: () => undefined,
  };
  const saver = new SheetAutosaver(deps);
  return {
    saver,
    deps,
    save,
    stored: () => stored,
    setOnline: (value: boolean) => void (online = value),
    type: (itemId: number, text: string) =>
      saver.change({ ...saver.current.values, scores: { ...saver.current.values.scores, [itemId]: text } }),
  };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("autosave", () => {
  it("waits for a pause in typing, then saves the latest values once, based on the confirmed version", async () => {
    const { saver, save, type, stored } = setup(snapshot(3, { "1": "5" }));
    type(1, "8");
    type(1, "8.5");
    type(2, "6");
    expect(stored()).toMatchObject({ baseVersion: 3, scores: { "1": "8.5", "2": "6" } });
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith({ stopId: 5, baseVersion: 3, scores: { "1": 8.5, "2": 6 }, comment: "" });
    expect(saver.current.state.kind).toBe("saved");
    expect(stored()).toBeNull();

    type(1, "9");
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    expect(save).toHaveBeenLastCalledWith(expect.objectContaining({ baseVersion: 4 }));
  });

  it("saves nothing while a value is wrong, and keeps it on the device", async () => {
    const { saver, save, type, stored } = setup();
    type(1, "10.5");
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    expect(save).not.toHaveBeenCalled();
    expect(saver.current.state.kind).toBe("invalid");
    expect(stored()?.scores).toEqual({ "1": "10.5" });
  });

  it("keeps values through a dropped connection and saves them when the network is back", async () => {
    const { saver, save, type, stored, setOnline } = setup();
    save.mockRejectedValueOnce(new TypeError("Failed to fetch"));
    type(1, "7.5");
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    expect(saver.current.state.kind).toBe("offline");
    expect(stored()?.scores).toEqual({ "1": "7.5" });

    setOnline(false);
    type(2, "3");
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS + RETRY_DELAYS_MS[0]!);
    expect(save).toHaveBeenCalledTimes(1);
    expect(saver.current.state.kind).toBe("offline");

    setOnline(true);
    saver.online();
    await vi.advanceTimersByTimeAsync(0);
    expect(save).toHaveBeenCalledTimes(2);
    expect(save).toHaveBeenLastCalledWith(expect.objectContaining({ baseVersion: 0, scores: { "1": 7.5, "2": 3 } }));
    expect(saver.current.state.kind).toBe("saved");
    expect(stored()).toBeNull();
  });
});

describe("a stale save", () => {
  it("shows the newer version, stops saving, and saves on top of it only when the scorer keeps theirs", async () => {
    const { saver, save, type } = setup(snapshot(1, {}));
    const newer = snapshot(4, { "1": "2" }, "另一台设备");
    save.mockResolvedValueOnce({ ok: true, data: { status: "conflict", message: "stale", sheet: newer } });
    type(1, "9");
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    expect(saver.current.conflict).toEqual(newer);

    type(1, "9.5");
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS * 3);
    expect(save).toHaveBeenCalledTimes(1);

    saver.resolveConflict("mine");
    await vi.advanceTimersByTimeAsync(0);
    expect(save).toHaveBeenLastCalledWith(expect.objectContaining({ baseVersion: 4, scores: { "1": 9.5, "2": null } }));
  });

  it("takes the newer version when the scorer chooses it", async () => {
    const { saver, save, type, stored } = setup(snapshot(1, {}));
    save.mockResolvedValueOnce({
      ok: true,
      data: { status: "conflict", message: "stale", sheet: snapshot(2, { "2": "4" }) },
    });
    type(1, "9");
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    saver.resolveConflict("theirs");
    expect(saver.current.values.scores).toEqual({ "2": "4" });
    expect(stored()).toBeNull();
    type(2, "5");
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    expect(save).toHaveBeenLastCalledWith(expect.objectContaining({ baseVersion: 2 }));
  });

  it("is no conflict when the newer version holds our own values (a retry whose first try arrived)", async () => {
    const { saver, save, type } = setup(snapshot(1, {}));
    save.mockResolvedValueOnce({
      ok: true,
      data: { status: "conflict", message: "stale", sheet: snapshot(2, { "1": "9" }) },
    });
    type(1, "9");
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    expect(saver.current.conflict).toBeNull();
    expect(saver.current.state.kind).toBe("saved");
  });
});

describe("arriving on the page", () => {
  it("brings back unsaved values typed on this device and saves them", async () => {
    const local = { baseVersion: 2, scores: { "1": "6" }, comment: "现场记录", savedAt: 1 };
    const { saver, save } = setup(snapshot(2, {}), local);
    saver.restore();
    await vi.advanceTimersByTimeAsync(0);
    expect(saver.current.notice).not.toBeNull();
    expect(save).toHaveBeenCalledWith(expect.objectContaining({ baseVersion: 2, comment: "现场记录" }));
  });

  it("asks the scorer when the sheet moved on since those values were typed", async () => {
    const local = { baseVersion: 1, scores: { "1": "6" }, comment: "", savedAt: 1 };
    const { saver, save } = setup(snapshot(3, { "1": "8" }), local);
    saver.restore();
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    expect(save).not.toHaveBeenCalled();
    expect(saver.current.conflict?.version).toBe(3);
    expect(saver.current.values.scores).toEqual({ "1": "6" });
  });
});

describe("submitting", () => {
  it("submits once however often it is pressed", async () => {
    const { saver, deps, type } = setup();
    type(1, "10");
    type(2, "6");
    await Promise.all([saver.submit(), saver.submit(), saver.submit()]);
    expect(deps.submit).toHaveBeenCalledTimes(1);
    expect(deps.refresh).toHaveBeenCalled();
    expect(saver.current.submitting).toBe(true);
  });
});

import { describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
const { snapshotCache } = await import("@/lib/dashboard/snapshot-cache");

describe("snapshotCache", () => {
  it("serves an entry only under the snapshot it was computed at", async () => {
    const cache = snapshotCache<number>();
    const compute = vi.fn(async () => compute.mock.calls.length);
    expect(await cache.get("home", "db:10:10:", compute)).toBe(1);
    expect(await cache.get("home", "db:10:10:", compute)).toBe(1);
    expect(compute).toHaveBeenCalledTimes(1);
    // A commit moved the snapshot: computed afresh, and the old snapshot is forgotten.
    expect(await cache.get("home", "db:10:11:", compute)).toBe(2);
    expect(await cache.get("home", "db:10:10:", compute)).toBe(3);
  });

  it("keeps keys apart and shares one computation among concurrent callers", async () => {
    const cache = snapshotCache<string>();
    let release!: (value: string) => void;
    const compute = vi.fn(() => new Promise<string>((resolve) => (release = resolve)));
    const first = cache.get("a", "s", compute);
    const second = cache.get("a", "s", compute);
    release("figures");
    expect(await Promise.all([first, second])).toEqual(["figures", "figures"]);
    expect(compute).toHaveBeenCalledTimes(1);
    expect(await cache.get("b", "s", async () => "other")).toBe("other");
  });

  it("never serves a failed computation again", async () => {
    const cache = snapshotCache<string>();
    await expect(cache.get("a", "s", async () => Promise.reject(new Error("down")))).rejects.toThrow("down");
    expect(await cache.get("a", "s", async () => "recovered")).toBe("recovered");
  });

  it("holds at most `limit` entries, dropping the least recently computed", async () => {
    const cache = snapshotCache<string>(2);
    await cache.get("a", "s", async () => "a1");
    await cache.get("b", "s", async () => "b1");
    await cache.get("c", "s", async () => "c1");
    expect(await cache.get("a", "s", async () => "a2")).toBe("a2");
    expect(await cache.get("c", "s", async () => "c2")).toBe("c1");
  });
});

import { describe, expect, it } from "vitest";
import type { ProblemStatus } from "@/lib/generated/prisma/enums";
import { availableMoves, checkMove, PROBLEM_MOVES, type ProblemMove } from "@/lib/problems/state";

const STATUSES: ProblemStatus[] = ["OPEN", "RECTIFYING", "AWAITING_VERIFICATION", "CLOSED"];
const MOVES = Object.keys(PROBLEM_MOVES) as ProblemMove[];

describe("the rectification status machine", () => {
  it.each([
    ["OPEN", "start", "rectifier", "RECTIFYING"],
    ["RECTIFYING", "submit", "rectifier", "AWAITING_VERIFICATION"],
    ["AWAITING_VERIFICATION", "close", "staff", "CLOSED"],
    ["AWAITING_VERIFICATION", "return", "staff", "RECTIFYING"],
  ] as const)("lets %s --%s (%s)--> %s", (from, move, actor, to) => {
    expect(checkMove(from, move, actor)).toEqual({ ok: true, to });
  });

  it("allows exactly those four moves: every other (status, move, actor) is refused with a reason", () => {
    const allowed = new Set([
      "OPEN/start/rectifier",
      "RECTIFYING/submit/rectifier",
      "AWAITING_VERIFICATION/close/staff",
      "AWAITING_VERIFICATION/return/staff",
    ]);
    let refused = 0;
    for (const status of STATUSES) {
      for (const move of MOVES) {
        for (const actor of ["staff", "rectifier"] as const) {
          const result = checkMove(status, move, actor);
          expect(result.ok, `${status}/${move}/${actor}`).toBe(allowed.has(`${status}/${move}/${actor}`));
          if (!result.ok) {
            refused += 1;
            expect(result.reason).toMatch(/[\u4e00-\u9fa5]/);
          }
        }
      }
    }
    expect(refused).toBe(STATUSES.length * MOVES.length * 2 - 4);
  });

  it("never lets staff rectify nor a secretary close or return, whatever the status", () => {
    expect(checkMove("OPEN", "start", "staff")).toEqual({ ok: false, reason: "整改由企业党委书记开展和提交" });
    expect(checkMove("AWAITING_VERIFICATION", "close", "rectifier")).toEqual({
      ok: false,
      reason: "核验和销号由市国资委工作人员办理",
    });
    expect(checkMove("AWAITING_VERIFICATION", "return", "rectifier").ok).toBe(false);
  });

  it("keeps a closed problem closed and skips no step", () => {
    for (const move of MOVES) {
      for (const actor of ["staff", "rectifier"] as const) expect(checkMove("CLOSED", move, actor).ok).toBe(false);
    }
    expect(checkMove("CLOSED", "close", "staff")).toEqual({ ok: false, reason: "问题已销号，不能再变更" });
    expect(checkMove("OPEN", "submit", "rectifier")).toEqual({
      ok: false,
      reason: "问题当前为“待整改”，不能提交整改佐证",
    });
    expect(checkMove("OPEN", "close", "staff").ok).toBe(false);
    expect(checkMove("RECTIFYING", "close", "staff").ok).toBe(false);
  });

  it("offers each party only its own next moves", () => {
    expect(availableMoves("OPEN", "rectifier")).toEqual(["start"]);
    expect(availableMoves("OPEN", "staff")).toEqual([]);
    expect(availableMoves("RECTIFYING", "rectifier")).toEqual(["submit"]);
    expect(availableMoves("AWAITING_VERIFICATION", "staff")).toEqual(["close", "return"]);
    expect(availableMoves("AWAITING_VERIFICATION", "rectifier")).toEqual([]);
    expect(availableMoves("CLOSED", "staff")).toEqual([]);
    expect(availableMoves("OPEN", null)).toEqual([]);
  });

  it("asks for evidence only when submitting for verification", () => {
    expect(MOVES.filter((move) => PROBLEM_MOVES[move].needsEvidence)).toEqual(["submit"]);
  });
});

import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "@/lib/availability/database-errors";
import {
  databaseKnownUnavailable,
  noteDatabaseAvailable,
  noteDatabaseUnavailable,
} from "@/lib/availability/database-status";
import { parseAnchor, chainHash } from "@/scripts/lib/audit-chain";

const prismaError = (code: string, message: string, meta: object = {}) =>
  Object.assign(new Error(message), { name: "PrismaClientKnownRequestError", code, meta });

describe("isDatabaseUnavailable", () => {
  it("recognises the ways an unreachable or restarting PostgreSQL surfaces through Prisma and pg", () => {
    for (const error of [
      prismaError("P1001", "Can't reach database server at 127.0.0.1:5432"),
      prismaError("P2010", "Raw query failed. Code: `N/A`. Message: `Can't reach database server at 127.0.0.1:5432`"),
      prismaError(
        "P2010",
        "Raw query failed. Code: `57P01`. Message: `terminating connection due to administrator command`",
      ),
      prismaError("P1017", "Server has closed the connection."),
      new Error("Client has encountered a connection error and is not queryable"),
      new Error("Connection terminated unexpectedly"),
      new Error("timeout exceeded when trying to connect"),
      Object.assign(new Error("the database system is starting up"), { code: "57P03" }),
      Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }),
      new Error("wrapped", { cause: Object.assign(new Error("x"), { code: "08006" }) }),
    ]) {
      expect(isDatabaseUnavailable(error), String(error)).toBe(true);
    }
  });

  it("leaves query faults, constraint violations and anything else alone", () => {
    for (const error of [
      prismaError("P2002", "Unique constraint failed on the fields: (`username`)"),
      prismaError("P2028", "Transaction API error: Unable to start a transaction in the given time."),
      prismaError(
        "P2010",
        "Raw query failed. Code: `23P01`. Message: `conflicting key value violates exclusion constraint`",
      ),
      new Error("Cannot read properties of undefined"),
      "ECONNREFUSED as a string is not an error",
      null,
      undefined,
    ]) {
      expect(isDatabaseUnavailable(error), String(error)).toBe(false);
    }
  });
});

describe("the process's view of the database", () => {
  it("is unavailable from the first failure until noted available", () => {
    noteDatabaseAvailable();
    expect(databaseKnownUnavailable()).toBe(false);
    noteDatabaseUnavailable();
    noteDatabaseUnavailable();
    expect(databaseKnownUnavailable()).toBe(true);
    noteDatabaseAvailable();
    expect(databaseKnownUnavailable()).toBe(false);
  });
});

describe("the audit chain's pieces", () => {
  it("hashes the previous hash and the canonical text with sha256, as the migration's trigger does", () => {
    // sha256 of the UTF-8 text "0…0" (64 zeros) followed by '["1"]', computed with Python's hashlib.
    expect(chainHash("0".repeat(64), '["1"]')).toBe("cfc6e27a1483aeeda0980c879685c0822c519cd5668d056d5b5f3c1e67e1aae4");
    expect(chainHash("a", "b")).toBe(chainHash("", "ab"));
    expect(chainHash("a", "审计")).not.toBe(chainHash("a", "审计 "));
  });

  it("reads an anchor as SEQ:HASH and refuses anything else", () => {
    const hash = "f".repeat(64);
    expect(parseAnchor(` 42:${hash} `)).toEqual({ chainSeq: "42", hash });
    expect(() => parseAnchor("42")).toThrow(/SEQ:HASH/);
    expect(() => parseAnchor(`x:${hash}`)).toThrow(/SEQ:HASH/);
    expect(() => parseAnchor(`1:${hash.slice(1)}`)).toThrow(/SEQ:HASH/);
  });
});

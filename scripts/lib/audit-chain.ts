import { createHash } from "node:crypto";
import pg from "pg";

/**
 * The audit hash chain's verifier (the chain itself is kept by the "AuditLog_chain" trigger, see
 * prisma/migrations/*_audit_hash_chain). It recomputes every row's hash here, in Node, from the
 * previous row's stored hash and the row's canonical content, so a change made behind the
 * application's back (the append-only trigger disabled by the table's owner) shows up as the row
 * whose content no longer matches. The database's own functions are not trusted for this: the
 * canonical form is spelled out below, the same expression as the migration's
 * "audit_log_canonical".
 */

const GENESIS = "0".repeat(64);
const BATCH = 5000;

const CANONICAL = `jsonb_build_array(
  a."chainSeq"::text, a."id"::text, a."actorId", a."actorName", a."action", a."entityType", a."entityId",
  a."before", a."after", a."ip", to_char(a."createdAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
)::text`;

export type ChainProblem =
  | { kind: "edited"; id: string; chainSeq: string }
  | { kind: "missing"; fromSeq: string; toSeq: string }
  | { kind: "unchained"; id: string }
  | { kind: "anchor"; chainSeq: string; expected: string; found: string | null };

export type ChainReport = {
  rows: number;
  head: { chainSeq: string; hash: string } | null;
  problems: ChainProblem[];
};

/** A hash the operator wrote down earlier (`SEQ:HASH`), which a rewritten chain cannot match. */
export type ChainAnchor = { chainSeq: string; hash: string };

export function chainHash(previousHash: string, canonical: string): string {
  return createHash("sha256")
    .update(previousHash + canonical, "utf8")
    .digest("hex");
}

export function parseAnchor(text: string): ChainAnchor {
  const match = /^(\d+):([0-9a-f]{64})$/.exec(text.trim());
  if (!match) throw new Error(`An anchor is SEQ:HASH (the 64 hex digits audit:verify printed), not "${text}"`);
  return { chainSeq: match[1]!, hash: match[2]! };
}

export async function verifyAuditChain(databaseUrl: string, anchor?: ChainAnchor): Promise<ChainReport> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    // Rows are read in one snapshot, so rows committed meanwhile do not look like a broken tail.
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const problems: ChainProblem[] = [];
    const unchained = await client.query<{ id: string }>(
      `SELECT "id"::text AS id FROM "AuditLog" WHERE "chainSeq" IS NULL ORDER BY "id"`,
    );
    for (const row of unchained.rows) problems.push({ kind: "unchained", id: row.id });

    let previousHash = GENESIS;
    let previousSeq = 0n;
    let rows = 0;
    let head: ChainReport["head"] = null;
    for (;;) {
      const batch = await client.query<{ id: string; seq: string; hash: string | null; canonical: string }>(
        `SELECT a."id"::text AS id, a."chainSeq"::text AS seq, a."hash", ${CANONICAL} AS canonical
           FROM "AuditLog" a WHERE a."chainSeq" > $1 ORDER BY a."chainSeq" LIMIT ${BATCH}`,
        [previousSeq.toString()],
      );
      for (const row of batch.rows) {
        const seq = BigInt(row.seq);
        if (seq !== previousSeq + 1n) {
          // The row after a gap cannot match (its predecessor is gone): the gap is the finding.
          problems.push({ kind: "missing", fromSeq: (previousSeq + 1n).toString(), toSeq: (seq - 1n).toString() });
        } else if (chainHash(previousHash, row.canonical) !== row.hash) {
          problems.push({ kind: "edited", id: row.id, chainSeq: row.seq });
        }
        // Go on from the stored hash, so one changed row is reported once, not with all after it.
        previousHash = row.hash ?? "";
        previousSeq = seq;
        rows += 1;
        head = { chainSeq: row.seq, hash: previousHash };
      }
      if (batch.rows.length < BATCH) break;
    }

    if (anchor) {
      const found = await client.query<{ hash: string | null }>(`SELECT "hash" FROM "AuditLog" WHERE "chainSeq" = $1`, [
        anchor.chainSeq,
      ]);
      const hash = found.rows[0]?.hash ?? null;
      if (hash !== anchor.hash)
        problems.push({ kind: "anchor", chainSeq: anchor.chainSeq, expected: anchor.hash, found: hash });
    }
    await client.query("COMMIT");
    return { rows: rows + unchained.rows.length, head, problems };
  } finally {
    await client.end();
  }
}

export function describeProblem(problem: ChainProblem): string {
  switch (problem.kind) {
    case "edited":
      return `AuditLog row id=${problem.id} (chain position ${problem.chainSeq}) does not match its hash: the row, or the one before it, was changed`;
    case "missing":
      return problem.fromSeq === problem.toSeq
        ? `chain position ${problem.fromSeq} is missing: a row was deleted`
        : `chain positions ${problem.fromSeq} to ${problem.toSeq} are missing: rows were deleted`;
    case "unchained":
      return `AuditLog row id=${problem.id} is not in the chain: it was written with the chain trigger disabled`;
    case "anchor":
      return problem.found === null
        ? `the anchored chain position ${problem.chainSeq} no longer exists`
        : `chain position ${problem.chainSeq} has hash ${problem.found}, not the anchored ${problem.expected}: the chain was rewritten`;
  }
}

// `npm run audit:verify [-- --anchor SEQ:HASH]`: recomputes the audit log's hash chain of
// DATABASE_URL (or of the embedded PostgreSQL that `npm start` uses) and names every row that no
// longer matches, every gap and every row outside the chain. Prints the chain's head (keep it: as
// an anchor later it also catches a chain rewritten from scratch). Exits 1 on any problem.
// See docs/security.md, "Audit integrity".
import { withDatabase } from "./lib/database-target";
import { describeProblem, parseAnchor, verifyAuditChain } from "./lib/audit-chain";
import { redactPassword } from "./lib/postgres-admin";

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

try {
  const anchorText = option("--anchor");
  const anchor = anchorText ? parseAnchor(anchorText) : undefined;
  await withDatabase(async (databaseUrl) => {
    console.log(`Verifying the audit log of ${redactPassword(databaseUrl)} ...`);
    const report = await verifyAuditChain(databaseUrl, anchor);
    for (const problem of report.problems) console.error(`TAMPERED: ${describeProblem(problem)}`);
    console.log(`${report.rows} rows checked.`);
    if (report.head) console.log(`Chain head (keep as an anchor): ${report.head.chainSeq}:${report.head.hash}`);
    if (report.problems.length > 0) {
      console.error(`The audit log fails verification: ${report.problems.length} problem(s).`);
      process.exitCode = 1;
    } else {
      console.log("The audit log is intact.");
    }
  });
} catch (error) {
  console.error(`Verification failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}

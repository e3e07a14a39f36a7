import os from "node:os";
import path from "node:path";

/** The port the e2e server listens on (scripts/e2e-server.ts), away from the dev server's 3000. */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
/** Where the e2e server leaves its database URL for fixtures that set up rows directly. */
export const E2E_DATABASE_URL_FILE = path.join(os.tmpdir(), `daguanmo-e2e-database-url-${E2E_PORT}`);

import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

/**
 * A session-signing secret for a machine that has none configured: made once and kept in the
 * data folder, so signed-in users stay signed in across restarts. Production sets
 * NEXTAUTH_SECRET itself (the same on every app server).
 */
export async function localSessionSecret(dataRoot: string): Promise<string> {
  const file = path.join(dataRoot, "nextauth-secret");
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  await mkdir(dataRoot, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

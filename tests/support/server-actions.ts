import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * Every server action of the platform, found by reading the modules under lib/ that start with
 * "use server" and importing them. The authorization matrix and the hostile-input tests walk this
 * list, so an action added without a row there fails their coverage checks.
 */
export type ServerActionEntry = {
  /** "lib/users/actions.ts#createUserAction" */
  id: string;
  file: string;
  name: string;
  action: (previous: unknown, payload: FormData | Record<string, unknown>) => Promise<unknown>;
};

const root = path.resolve(import.meta.dirname, "../..");

function serverActionFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : serverActionFiles(full);
    if (!/\.tsx?$/.test(entry.name)) return [];
    const firstStatement = readFileSync(full, "utf8").trimStart();
    return /^["']use server["']/.test(firstStatement) ? [path.relative(root, full)] : [];
  });
}

export async function listServerActions(): Promise<ServerActionEntry[]> {
  const entries: ServerActionEntry[] = [];
  for (const file of serverActionFiles(path.join(root, "lib")).sort()) {
    const exported = (await import(/* @vite-ignore */ path.join(root, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exported).sort(([a], [b]) => a.localeCompare(b))) {
      if (typeof value === "function") {
        entries.push({ id: `${file}#${name}`, file, name, action: value as ServerActionEntry["action"] });
      }
    }
  }
  return entries;
}

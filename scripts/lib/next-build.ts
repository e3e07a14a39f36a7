import { spawn } from "node:child_process";
import path from "node:path";
import { buildIsCurrent, recordBuild, sourceFingerprint } from "./build-fingerprint";

export function nextBin(root: string): string {
  return path.join(root, "node_modules", "next", "dist", "bin", "next");
}

export function runNode(root: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, env, stdio: "inherit" });
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`node ${args.join(" ")} exited with ${code}`)),
    );
  });
}

/** Runs `next build` unless the last build is of the same sources. */
export async function buildIfNeeded(root: string, env: NodeJS.ProcessEnv, say: (line: string) => void): Promise<void> {
  const fingerprint = await sourceFingerprint(root);
  if (await buildIsCurrent(root, fingerprint)) {
    say("The production build is current.");
    return;
  }
  say("Building the platform (next build)…");
  const started = Date.now();
  await runNode(root, [nextBin(root), "build"], env);
  await recordBuild(root, fingerprint);
  say(`Built in ${Math.round((Date.now() - started) / 1000)} s.`);
}

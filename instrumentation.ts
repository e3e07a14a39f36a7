/**
 * Runs once when a server process starts (also under a bare `next start`, without scripts/start.ts):
 * the settings are parsed there and then, so a wrong FILE_STORE / S3_* configuration stops the
 * server with a message naming each problem, instead of failing the first upload.
 * NEXT_RUNTIME is Next.js's own marker of the runtime; lib/env.ts stays the reader of settings.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { checkSettingsOrExit } = await import("@/lib/startup-check");
    checkSettingsOrExit();
  }
}

import { env } from "@/lib/env";

/**
 * Parses the settings as the server process starts (instrumentation.ts). A wrong configuration
 * stops the process with the list of problems: a server that answers every upload with an error
 * would be worse than one that does not start.
 */
export function checkSettingsOrExit(): void {
  try {
    env();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}

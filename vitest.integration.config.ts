import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const fromRoot = (relativePath: string) => fileURLToPath(new URL(relativePath, import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      "@": fromRoot("."),
      // Server modules import the `server-only` marker, which throws unless bundled for React
      // Server Components; these tests are server code, so they get its server build (empty).
      "server-only": fromRoot("node_modules/server-only/empty.js"),
    },
  },
  test: {
    include: ["tests/integration/**/*.test.ts"],
    environment: "node",
    globalSetup: ["tests/support/global-setup.ts"],
    // Each file works on its own copy of the run's seeded database.
    setupFiles: ["tests/support/file-database.ts"],
    // Files still take turns: the machine has two cores and the concurrency tests want them.
    pool: "forks",
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

import { defineConfig } from "prisma/config";

// The CLI is used only for `prisma generate`, which never connects; migrations run through
// scripts/db-migrate.ts (the schema engine as WebAssembly), so a placeholder URL is enough here.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: {
    url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/daguanmo",
  },
});

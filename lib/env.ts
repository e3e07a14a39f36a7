import { z } from "zod";

// The only module that reads process.env: every setting is parsed once here, so a typo or a
// missing secret fails at start-up with a clear message instead of deep inside a request.
const booleanFlag = z
  .enum(["1", "0", "true", "false", ""])
  .optional()
  .transform((value) => value === "1" || value === "true");

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().min(1, "DATABASE_URL is required"),
  /// Signs session tokens; every app server must share it.
  NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters"),
  NEXTAUTH_URL: z.url().optional(),
  /// Demo mode labels demo data and keeps the demo passwords usable.
  DEMO_MODE: booleanFlag,
  /// Where uploaded files (site photos, later attachments) are stored on local disk, outside the
  /// web root; relative paths are taken from the project folder (see docs/files.md).
  FILES_DIR: z.string().min(1).default(".data/files"),
  /// ADMIN and LEADER accounts must use a TOTP second factor: those without one are sent to enrol.
  REQUIRE_TOTP_FOR_STAFF: booleanFlag,
  /// Connections per app server to PostgreSQL.
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
});

export type Env = z.infer<typeof envSchema>;

function parseEnv(): Env {
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${problems.join("\n")}`);
  }
  return parsed.data;
}

let cached: Env | undefined;

/** The parsed environment, read lazily so that `next build` needs no secrets. */
export function env(): Env {
  cached ??= parseEnv();
  return cached;
}

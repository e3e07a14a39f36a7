import { z } from "zod";

// The only module that reads process.env: every setting is parsed once here, so a typo or a
// missing secret fails at start-up with a clear message instead of deep inside a request.
const booleanFlag = z
  .enum(["1", "0", "true", "false", ""])
  .optional()
  .transform((value) => value === "1" || value === "true");

/** An unset variable and an empty one mean the same: not given. */
const optionalText = z.preprocess((value) => (value === "" ? undefined : value), z.string().min(1).optional());

const S3_REQUIRED = ["S3_ENDPOINT", "S3_BUCKET", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"] as const;

const envSchema = z
  .object({
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
    /// Where file bytes live: "local" (FILES_DIR) or "s3" (a bucket of an S3-compatible service; see docs/files.md).
    FILE_STORE: z.enum(["local", "s3"], { error: 'FILE_STORE must be "local" or "s3"' }).default("local"),
    /// The service's base URL, e.g. https://s3.cn-south-1.example.com or http://10.0.0.5:9000 (no path).
    S3_ENDPOINT: optionalText.pipe(
      z
        .url({ protocol: /^https?$/, error: "S3_ENDPOINT must be an http(s) URL" })
        .refine((value) => !value || new URL(value).pathname === "/", "S3_ENDPOINT must not have a path")
        .optional(),
    ),
    S3_REGION: optionalText.transform((value) => value ?? "us-east-1"),
    S3_BUCKET: optionalText.pipe(
      z
        .string()
        .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, "S3_BUCKET must be a valid bucket name (3-63 of a-z 0-9 . -)")
        .optional(),
    ),
    S3_ACCESS_KEY_ID: optionalText,
    S3_SECRET_ACCESS_KEY: optionalText,
    /// Path-style URLs (endpoint/bucket/key), as MinIO, Ceph and most self-hosted services want.
    S3_FORCE_PATH_STYLE: booleanFlag,
    /// ADMIN and LEADER accounts must use a TOTP second factor: those without one are sent to enrol.
    REQUIRE_TOTP_FOR_STAFF: booleanFlag,
    /// Connections per app server to PostgreSQL.
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  })
  .superRefine((value, context) => {
    if (value.FILE_STORE !== "s3") return;
    for (const name of S3_REQUIRED) {
      if (!value[name])
        context.addIssue({ code: "custom", path: [name], message: `${name} is required when FILE_STORE=s3` });
    }
  });

export type Env = z.infer<typeof envSchema>;

/** Parses a set of variables (process.env by default); exported for the tests of the rules above. */
export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = envSchema.safeParse(source);
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

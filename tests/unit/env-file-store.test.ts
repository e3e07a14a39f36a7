import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";

const base = { DATABASE_URL: "postgresql://localhost/x", NEXTAUTH_SECRET: "s".repeat(32) };
const s3 = {
  FILE_STORE: "s3",
  S3_ENDPOINT: "https://s3.example.com",
  S3_BUCKET: "daguanmo-files",
  S3_ACCESS_KEY_ID: "AKIDEXAMPLE",
  S3_SECRET_ACCESS_KEY: "secret",
};

const problems = (source: Record<string, string>) => {
  try {
    parseEnv({ ...base, ...source });
    return "";
  } catch (error) {
    return (error as Error).message;
  }
};

describe("file store settings", () => {
  it("default to the local disk under .data/files", () => {
    expect(parseEnv(base)).toMatchObject({ FILE_STORE: "local", FILES_DIR: ".data/files" });
  });

  it("accept a complete S3 configuration, region defaulting to us-east-1 and virtual-hosted URLs", () => {
    expect(parseEnv({ ...base, ...s3 })).toMatchObject({
      FILE_STORE: "s3",
      S3_REGION: "us-east-1",
      S3_FORCE_PATH_STYLE: false,
    });
    expect(parseEnv({ ...base, ...s3, S3_REGION: "cn-south-1", S3_FORCE_PATH_STYLE: "1" })).toMatchObject({
      S3_REGION: "cn-south-1",
      S3_FORCE_PATH_STYLE: true,
    });
  });

  it("name every missing S3 setting, empty ones included", () => {
    const message = problems({ FILE_STORE: "s3", S3_BUCKET: "" });
    for (const name of ["S3_ENDPOINT", "S3_BUCKET", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"]) {
      expect(message).toContain(`${name}: ${name} is required when FILE_STORE=s3`);
    }
  });

  it("refuse a bad endpoint, bucket name or store name", () => {
    expect(problems({ ...s3, S3_ENDPOINT: "ftp://s3.example.com" })).toContain("S3_ENDPOINT must be an http(s) URL");
    expect(problems({ ...s3, S3_ENDPOINT: "https://s3.example.com/bucket" })).toContain("must not have a path");
    expect(problems({ ...s3, S3_BUCKET: "Bad_Bucket" })).toContain("S3_BUCKET must be a valid bucket name");
    expect(problems({ FILE_STORE: "gcs" })).toContain('FILE_STORE must be "local" or "s3"');
  });

  it("ignore S3 settings while the store is local", () => {
    expect(problems({ S3_BUCKET: "daguanmo-files" })).toBe("");
  });
});

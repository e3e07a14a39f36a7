import { afterEach, describe, expect, it, vi } from "vitest";
import { S3Client, S3RequestError } from "@/lib/files/s3/client";
import { sha256Hex } from "@/lib/files/s3/sigv4";

// How requests are formed (URL style, signed headers) and answers read. The client's behaviour
// against a real S3 server is in tests/integration/s3-store.test.ts.
const config = {
  endpoint: "https://s3.example.com:8443",
  region: "cn-south-1",
  bucket: "daguanmo-files",
  accessKeyId: "AKIDEXAMPLE",
  secretAccessKey: "secret",
  forcePathStyle: false,
};

type Captured = { url: string; init: RequestInit };
function answer(response: Response): Captured[] {
  const calls: Captured[] = [];
  vi.stubGlobal(
    "fetch",
    vi.fn(async (url: string, init: RequestInit) => {
      calls.push({ url, init });
      return response;
    }),
  );
  return calls;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("S3Client requests", () => {
  it("uses virtual-hosted URLs by default and path-style on request", async () => {
    const calls = answer(new Response(null, { status: 200 }));
    await new S3Client(config).put("2026/03/a b", new Uint8Array([1, 2, 3]), "image/png");
    await new S3Client({ ...config, forcePathStyle: true }).put("2026/03/x", new Uint8Array([1]));
    expect(calls.map((call) => call.url)).toEqual([
      "https://daguanmo-files.s3.example.com:8443/2026/03/a%20b",
      "https://s3.example.com:8443/daguanmo-files/2026/03/x",
    ]);
  });

  it("signs the host, the body's hash, the date and the type, for the configured region", async () => {
    const calls = answer(new Response(null, { status: 200 }));
    const body = new Uint8Array([1, 2, 3]);
    await new S3Client(config).put("2026/03/k", body, "image/png");
    const headers = calls[0]!.init.headers as Record<string, string>;
    expect(headers["x-amz-content-sha256"]).toBe(sha256Hex(body));
    expect(headers["x-amz-date"]).toMatch(/^\d{8}T\d{6}Z$/);
    expect(headers.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/\d{8}\/cn-south-1\/s3\/aws4_request, SignedHeaders=content-type;host;x-amz-content-sha256;x-amz-date, Signature=[0-9a-f]{64}$/,
    );
  });

  it("answers null for a missing object and throws S3's error code otherwise", async () => {
    answer(new Response("<Error><Code>NoSuchKey</Code></Error>", { status: 404 }));
    expect(await new S3Client(config).get("2026/03/k")).toBeNull();

    answer(new Response("<Error><Code>AccessDenied</Code><Message>no</Message></Error>", { status: 403 }));
    const error = await new S3Client(config).get("2026/03/k").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(S3RequestError);
    expect(error).toMatchObject({ status: 403, code: "AccessDenied", message: "S3 GET failed: HTTP 403 AccessDenied" });
  });
});

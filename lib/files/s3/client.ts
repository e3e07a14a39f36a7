import { EMPTY_PAYLOAD_HASH, amzDates, authorization, encodePath, sha256Hex } from "@/lib/files/s3/sigv4";

/** Where and as whom to reach one bucket of an S3-compatible service. */
export type S3Config = {
  /** https://s3.example.com (scheme, host, optional port; no path). */
  endpoint: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** https://host/bucket/key instead of https://bucket.host/key (MinIO, Ceph and most self-hosted stores). */
  forcePathStyle: boolean;
  /** Milliseconds to wait for the service to start answering (default 30 s). */
  timeoutMs?: number;
};

/** A refusal or failure from the service, with S3's error code when it sent one (NoSuchKey, SignatureDoesNotMatch…). */
export class S3RequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string | null,
    operation: string,
  ) {
    super(`S3 ${operation} failed: HTTP ${status}${code ? ` ${code}` : ""}`);
    this.name = "S3RequestError";
  }
}

type Call = {
  method: "PUT" | "GET" | "HEAD" | "DELETE";
  key: string;
  body?: Uint8Array;
  headers?: Record<string, string>;
};

/**
 * The four object operations the file store needs (PUT, streaming GET, HEAD, DELETE), signed
 * with SigV4 and sent with the runtime's fetch. Nothing is retried here: a failed upload fails
 * the action, which removes what it wrote (lib/files/stored-files.ts).
 */
export class S3Client {
  private readonly base: URL;

  constructor(private readonly config: S3Config) {
    this.base = new URL(config.endpoint);
  }

  private target(key: string): { url: string; host: string; encodedPath: string } {
    const { bucket, forcePathStyle } = this.config;
    const host = forcePathStyle ? this.base.host : `${bucket}.${this.base.host}`;
    const encodedPath = encodePath(forcePathStyle ? `/${bucket}/${key}` : `/${key}`);
    return { url: `${this.base.protocol}//${host}${encodedPath}`, host, encodedPath };
  }

  private async send({ method, key, body, headers = {} }: Call): Promise<Response> {
    const { url, host, encodedPath } = this.target(key);
    const now = new Date();
    const payloadHash = body ? sha256Hex(body) : EMPTY_PAYLOAD_HASH;
    const signed = { ...headers, "x-amz-content-sha256": payloadHash, "x-amz-date": amzDates(now).amzDate };
    const auth = authorization(
      { method, host, encodedPath, headers: signed, payloadHash },
      this.config,
      { region: this.config.region, service: "s3" },
      now,
    );
    // The timeout covers reaching the service and its first answer, not the streaming of a body.
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.config.timeoutMs ?? 30_000);
    try {
      return await fetch(url, {
        method,
        headers: { ...signed, authorization: auth },
        body: body ? new Blob([body as Uint8Array<ArrayBuffer>]) : undefined,
        signal: controller.signal,
        redirect: "manual",
      });
    } finally {
      clearTimeout(timer);
    }
  }

  private async fail(response: Response, operation: string): Promise<never> {
    const text = response.body ? await response.text().catch(() => "") : "";
    const code = /<Code>([^<]+)<\/Code>/.exec(text)?.[1] ?? null;
    throw new S3RequestError(response.status, code, operation);
  }

  async put(key: string, bytes: Uint8Array, contentType = "application/octet-stream"): Promise<void> {
    const response = await this.send({
      method: "PUT",
      key,
      body: bytes,
      headers: { "content-type": contentType },
    });
    if (!response.ok) await this.fail(response, "PUT");
    await response.body?.cancel();
  }

  /** The object's bytes as a stream, or null when the key holds nothing. */
  async get(key: string): Promise<ReadableStream<Uint8Array> | null> {
    const response = await this.send({ method: "GET", key });
    if (response.status === 404) {
      await response.body?.cancel();
      return null;
    }
    if (!response.ok || !response.body) return this.fail(response, "GET");
    return response.body;
  }

  /** Size and ETag of an object, or null when the key holds nothing. */
  async head(key: string): Promise<{ size: number; etag: string | null } | null> {
    const response = await this.send({ method: "HEAD", key });
    if (response.status === 404) return null;
    // HEAD answers carry no body, so no S3 error code either.
    if (!response.ok) throw new S3RequestError(response.status, null, "HEAD");
    return { size: Number(response.headers.get("content-length") ?? 0), etag: response.headers.get("etag") };
  }

  /** S3 answers 204 for a missing key as for a present one; a 404 (some services) is also fine. */
  async delete(key: string): Promise<void> {
    const response = await this.send({ method: "DELETE", key });
    if (!response.ok && response.status !== 404) await this.fail(response, "DELETE");
    await response.body?.cancel();
  }
}

import { createHash, createHmac } from "node:crypto";

/**
 * AWS Signature Version 4 for S3 requests (header form), written against the published
 * specification so the platform needs no AWS SDK (see docs/files.md, "Why no AWS SDK").
 * Pure: the clock and the credentials come in as arguments, so the published test vectors can be
 * replayed exactly (tests/unit/s3-sigv4.test.ts).
 */
export type Credentials = { accessKeyId: string; secretAccessKey: string };
export type Scope = { region: string; service: string };

export type RequestToSign = {
  method: string;
  /** host[:port] exactly as the request sends it. */
  host: string;
  /** The path already encoded with `encodePath` (what goes on the wire). */
  encodedPath: string;
  query?: Record<string, string>;
  /** Headers to sign besides host; names in any case. */
  headers: Record<string, string>;
  /** Hex SHA-256 of the body, or "UNSIGNED-PAYLOAD". */
  payloadHash: string;
};

export const ALGORITHM = "AWS4-HMAC-SHA256";
export const EMPTY_PAYLOAD_HASH = sha256Hex("");

export function sha256Hex(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

/** RFC 3986 encoding as SigV4 wants it: everything but A-Z a-z 0-9 - _ . ~ is %XX (upper case). */
export function uriEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** S3 paths are encoded once per segment and never normalised ("/" stays, "a//b" stays). */
export function encodePath(path: string): string {
  return path.split("/").map(uriEncode).join("/");
}

/** 20150830T123600Z and 20150830 for an instant. */
export function amzDates(now: Date): { amzDate: string; dateStamp: string } {
  const amzDate = now
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
  return { amzDate, dateStamp: amzDate.slice(0, 8) };
}

function canonicalQuery(query: Record<string, string> = {}): string {
  return Object.entries(query)
    .map(([key, value]) => [uriEncode(key), uriEncode(value)] as const)
    .sort(([a, x], [b, y]) => (a === b ? (x < y ? -1 : x > y ? 1 : 0) : a < b ? -1 : 1))
    .map(([key, value]) => `${key}=${value}`)
    .join("&");
}

/** The canonical request and the ";"-joined names of the headers it signs. */
export function canonicalRequest(request: RequestToSign): { canonical: string; signedHeaders: string } {
  const headers = new Map<string, string>([["host", request.host]]);
  for (const [name, value] of Object.entries(request.headers)) {
    // Values are trimmed and inner runs of spaces collapsed, as the specification says.
    headers.set(name.toLowerCase(), value.trim().replace(/\s+/g, " "));
  }
  const names = [...headers.keys()].sort();
  const signedHeaders = names.join(";");
  const canonical = [
    request.method.toUpperCase(),
    request.encodedPath || "/",
    canonicalQuery(request.query),
    names.map((name) => `${name}:${headers.get(name)}\n`).join(""),
    signedHeaders,
    request.payloadHash,
  ].join("\n");
  return { canonical, signedHeaders };
}

export function credentialScope(dateStamp: string, scope: Scope): string {
  return `${dateStamp}/${scope.region}/${scope.service}/aws4_request`;
}

export function stringToSign(amzDate: string, scope: Scope, canonical: string): string {
  return [ALGORITHM, amzDate, credentialScope(amzDate.slice(0, 8), scope), sha256Hex(canonical)].join("\n");
}

const hmac = (key: string | Buffer, data: string) => createHmac("sha256", key).update(data, "utf8").digest();

/** kSigning = HMAC(HMAC(HMAC(HMAC("AWS4" + secret, date), region), service), "aws4_request"). */
export function signingKey(secretAccessKey: string, dateStamp: string, scope: Scope): Buffer {
  const dateKey = hmac(`AWS4${secretAccessKey}`, dateStamp);
  return hmac(hmac(hmac(dateKey, scope.region), scope.service), "aws4_request");
}

/** The Authorization header value for a request at `now`; the request must carry x-amz-date = amzDate. */
export function authorization(request: RequestToSign, credentials: Credentials, scope: Scope, now: Date): string {
  const { amzDate, dateStamp } = amzDates(now);
  const { canonical, signedHeaders } = canonicalRequest(request);
  const signature = createHmac("sha256", signingKey(credentials.secretAccessKey, dateStamp, scope))
    .update(stringToSign(amzDate, scope, canonical), "utf8")
    .digest("hex");
  return (
    `${ALGORITHM} Credential=${credentials.accessKeyId}/${credentialScope(dateStamp, scope)}, ` +
    `SignedHeaders=${signedHeaders}, Signature=${signature}`
  );
}

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function readHeader(headers: HeaderSource, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return Array.isArray(value) ? value[value.length - 1] : value;
}

/**
 * The caller's address for sign-in throttling and the audit log. Behind a load balancer the
 * address it appended to X-Forwarded-For is the last entry (earlier entries come from the
 * client and can be forged).
 */
export function clientAddress(headers: HeaderSource): string {
  const forwarded = readHeader(headers, "x-forwarded-for");
  const last = forwarded
    ?.split(",")
    .map((part) => part.trim())
    .filter(Boolean)
    .pop();
  return last ?? readHeader(headers, "x-real-ip") ?? "unknown";
}

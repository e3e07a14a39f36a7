/**
 * Where to go after signing in: only a same-origin relative path, never another site
 * ("//evil.example", "/\\evil.example", "https://…") and never back to the sign-in page.
 * Shared by proxy.ts (which builds the link) and the sign-in form (which follows it).
 */
export function safeCallbackUrl(raw: string | null | undefined, fallback = "/"): string {
  if (!raw || raw.length > 2048) return fallback;
  // Browsers treat a backslash like a slash, so "/\evil" would leave the site.
  if (!raw.startsWith("/") || raw.startsWith("//") || raw.includes("\\")) return fallback;
  // Control characters (tabs, newlines) are stripped by URL parsers and can hide a "//".
  if (/[\u0000-\u001f\u007f]/.test(raw)) return fallback;
  let url: URL;
  try {
    url = new URL(raw, "http://same-origin.invalid");
  } catch {
    return fallback;
  }
  if (url.origin !== "http://same-origin.invalid") return fallback;
  if (url.pathname === "/login" || url.pathname.startsWith("/api/auth")) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}

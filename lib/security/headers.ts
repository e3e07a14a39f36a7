// The security headers of every answer (pages, route handlers, redirects), set by proxy.ts.
// Kept free of Next imports so unit tests can check the policy text.

export type SecurityHeaderOptions = {
  nonce: string;
  /** `next dev` needs eval for fast refresh and a websocket for HMR. */
  development: boolean;
  /** NEXTAUTH_URL is https: add HSTS and upgrade stray http sub-resources. */
  https: boolean;
};

/**
 * A strict, nonce-based policy. Scripts run only with this request's nonce (Next puts it on its
 * own scripts when it finds the policy on the request) or when loaded by such a script
 * ('strict-dynamic'); no inline handlers, no eval, no plugins, no framing, forms post only here.
 * Styles allow 'unsafe-inline': React `style` attributes (recharts' SVG, progress bars) and the
 * itinerary's print <style> carry no nonce, and CSS cannot run script; see docs/security.md.
 */
export function contentSecurityPolicy({ nonce, development, https }: SecurityHeaderOptions): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    `connect-src 'self'${development ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "frame-src 'none'",
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** Headers every answer carries besides the policy. */
export function staticSecurityHeaders({ https }: { https: boolean }): Record<string, string> {
  return {
    "X-Content-Type-Options": "nosniff",
    // Old browsers ignore frame-ancestors; X-Frame-Options says the same to them.
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    // Nothing in the platform uses these features; the camera is reached through <input type=file>.
    "Permissions-Policy":
      "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), interest-cohort=(), browsing-topics=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    ...(https ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" } : {}),
  };
}

/** 128 random bits, base64: unguessable and new for every request. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

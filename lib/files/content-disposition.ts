/**
 * A Content-Disposition header for a stored file's original name: an ASCII fallback for old
 * clients and the exact UTF-8 name (RFC 6266 / RFC 5987) for the rest, so Chinese names survive.
 */
export function contentDisposition(originalName: string, disposition: "inline" | "attachment"): string {
  const fallback = originalName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_") || "file";
  const encoded = encodeURIComponent(originalName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${disposition}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

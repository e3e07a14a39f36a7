import { cx } from "@/components/ui/cx";

/**
 * An image stored by the platform, as its thumbnail (made at upload; the original when there is
 * none), served by /api/files/[id] with the viewer's session.
 * A plain <img>: next/image's optimiser fetches from the server without the viewer's cookie,
 * so it would be refused.
 */
export function StoredImage({ fileId, alt, className }: { fileId: number; alt: string; className?: string }) {
  return (
    // eslint-disable-next-line @next/next/no-img-element -- see above: the optimiser cannot sign in
    <img
      src={`/api/files/${fileId}?thumb=1`}
      alt={alt}
      loading="lazy"
      decoding="async"
      className={cx("object-cover", className)}
    />
  );
}

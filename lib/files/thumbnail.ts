import sharp from "sharp";

/** The longest side of a thumbnail, in pixels: sharp on a phone grid and on a desktop card. */
export const THUMBNAIL_SIZE = 480;
export const THUMBNAIL_TYPE = "image/jpeg";

const IMAGE_TYPES = new Set(["image/jpeg", "image/png"]);

/**
 * A small JPEG of an uploaded image (turned upright by its EXIF orientation, never enlarged), so
 * lists and galleries do not download full photographs. Null for other types, and for an image
 * the decoder refuses: the original is still stored and served, only without a thumbnail.
 */
export async function makeThumbnail(bytes: Uint8Array, mimeType: string): Promise<Uint8Array | null> {
  if (!IMAGE_TYPES.has(mimeType)) return null;
  try {
    const output = await sharp(bytes, { failOn: "error", limitInputPixels: 100_000_000 })
      .rotate()
      .resize(THUMBNAIL_SIZE, THUMBNAIL_SIZE, { fit: "inside", withoutEnlargement: true })
      .flatten({ background: "#ffffff" })
      .jpeg({ quality: 78, mozjpeg: true })
      .toBuffer();
    return new Uint8Array(output);
  } catch (error) {
    console.warn(`[files] no thumbnail for a ${mimeType} upload: ${error instanceof Error ? error.message : error}`);
    return null;
  }
}

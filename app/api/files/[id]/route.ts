import { getUserReadyForData } from "@/lib/auth/current-user";
import { THUMBNAIL_TYPE } from "@/lib/files/thumbnail";
import { db } from "@/lib/db";
import { canSeeFile } from "@/lib/files/access";
import { contentDisposition } from "@/lib/files/content-disposition";
import { fileStore } from "@/lib/files/storage";
import { withDatabaseAvailability } from "@/lib/availability/unavailable";

const NOT_FOUND = () => new Response("文件不存在或您无权查看", { status: 404, headers: textHeaders() });

function textHeaders() {
  return { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" };
}

/**
 * Serves a stored file to a signed-in user who may see it. The type comes from the row (decided
 * from the content at upload), never from the name; `nosniff` and a sandboxing CSP keep browsers
 * from treating the bytes as anything else. A file the caller may not see answers 404, as a
 * missing one does.
 */
export const GET = withDatabaseAvailability(async function GET(
  request: Request,
  { params }: { params: Promise<{ id: string }> },
) {
  const user = await getUserReadyForData();
  if (!user) return new Response("请先登录", { status: 401, headers: textHeaders() });

  const id = Number((await params).id);
  if (!Number.isInteger(id) || id <= 0 || id > 2_147_483_647) return NOT_FOUND();
  const file = await db().storedFile.findUnique({
    where: { id },
    select: {
      storageKey: true,
      thumbnailKey: true,
      originalName: true,
      mimeType: true,
      sizeBytes: true,
      sha256: true,
      siteId: true,
      selfReportId: true,
      problemEventId: true,
      experienceEntryId: true,
      problemEvent: { select: { problem: { select: { enterpriseId: true } } } },
      selfReport: { select: { enterpriseId: true, status: true } },
    },
  });
  if (!file || !canSeeFile(user, file)) return NOT_FOUND();

  // ?thumb=1 asks for the small JPEG made at upload (lib/files/thumbnail.ts); a file without one
  // (not an image, or one the decoder refused) answers with the original.
  const search = new URL(request.url).searchParams;
  const thumbnail = search.get("thumb") === "1" && file.thumbnailKey !== null;
  const etag = `"${file.sha256}${thumbnail ? "-thumb" : ""}"`;
  const cacheHeaders = { ETag: etag, "Cache-Control": "private, max-age=3600" };
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers: cacheHeaders });

  const body = await fileStore().open(thumbnail ? file.thumbnailKey! : file.storageKey);
  if (!body) {
    console.error(`[files] stored file ${id} has no bytes under its ${thumbnail ? "thumbnail" : "storage"} key`);
    return NOT_FOUND();
  }
  if (thumbnail) {
    return new Response(body, {
      headers: {
        ...cacheHeaders,
        "Content-Type": THUMBNAIL_TYPE,
        "Content-Disposition": contentDisposition(file.originalName.replace(/\.[^.]*$/, "") + ".jpg", "inline"),
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": "default-src 'none'; sandbox",
      },
    });
  }
  const download = search.get("download") === "1";
  return new Response(body, {
    headers: {
      ...cacheHeaders,
      "Content-Type": file.mimeType,
      "Content-Length": String(file.sizeBytes),
      "Content-Disposition": contentDisposition(file.originalName, download ? "attachment" : "inline"),
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
});

import { formatBytes } from "@/lib/files/kinds";
import { StoredImage } from "@/components/files/stored-image";
import type { ReactNode } from "react";

export type Attachment = { id: number; originalName: string; mimeType: string; sizeBytes: number };

const TYPE_NAMES: Record<string, string> = {
  "application/pdf": "PDF",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "Word",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "Excel",
};

/**
 * A report's attachments: images as thumbnails (the browser scales the stored image into a small
 * box; see docs/reports.md), other files as a named link. `action` renders per-file controls.
 */
export function AttachmentList({
  files,
  action,
}: {
  files: readonly Attachment[];
  action?: (file: Attachment) => ReactNode;
}) {
  if (files.length === 0) return <p className="text-sm text-muted">没有附件。</p>;
  return (
    <ul className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3" aria-label="附件">
      {files.map((file) => {
        const image = file.mimeType.startsWith("image/");
        return (
          <li
            key={file.id}
            data-testid="attachment"
            className="flex items-center gap-3 rounded-md border border-line p-2"
          >
            <a href={`/api/files/${file.id}`} target="_blank" rel="noreferrer" className="shrink-0">
              {image ? (
                <StoredImage fileId={file.id} alt={file.originalName} className="size-16 rounded" />
              ) : (
                <span className="flex size-16 items-center justify-center rounded bg-canvas text-xs font-semibold text-ink-soft ring-1 ring-line">
                  {TYPE_NAMES[file.mimeType] ?? "文件"}
                </span>
              )}
            </a>
            <div className="min-w-0 flex-1">
              <a
                href={`/api/files/${file.id}?download=1`}
                className="block truncate text-sm text-ink underline-offset-2 hover:underline"
                title={file.originalName}
              >
                {file.originalName}
              </a>
              <p className="text-xs text-muted">{formatBytes(file.sizeBytes)}</p>
            </div>
            {action?.(file)}
          </li>
        );
      })}
    </ul>
  );
}

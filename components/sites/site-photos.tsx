"use client";

import { PhotoManager } from "@/components/files/photo-manager";
import { addSitePhotosAction, deleteSitePhotoAction } from "@/lib/sites/actions";

type Photo = { id: number; originalName: string; sizeBytes: number };

/** A site's photos on its staff page. */
export function SitePhotos({ siteId, siteName, photos }: { siteId: number; siteName: string; photos: Photo[] }) {
  return (
    <PhotoManager
      owner={{ field: "siteId", id: siteId }}
      ownerNoun="观摩点"
      title={siteName}
      kind="sitePhoto"
      photos={photos}
      actions={{ add: addSitePhotosAction, remove: deleteSitePhotoAction }}
    />
  );
}

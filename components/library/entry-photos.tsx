"use client";

import { PhotoManager } from "@/components/files/photo-manager";
import { addExperiencePhotosAction, deleteExperiencePhotoAction } from "@/lib/library/actions";

type Photo = { id: number; originalName: string; sizeBytes: number };

/** A library entry's photos on its edit page. */
export function EntryPhotos({ entryId, title, photos }: { entryId: number; title: string; photos: Photo[] }) {
  return (
    <PhotoManager
      owner={{ field: "entryId", id: entryId }}
      ownerNoun="条目"
      title={title}
      kind="libraryPhoto"
      photos={photos}
      actions={{ add: addExperiencePhotosAction, remove: deleteExperiencePhotoAction }}
    />
  );
}

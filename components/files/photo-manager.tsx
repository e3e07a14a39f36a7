"use client";

import { useEffect, useRef, useState } from "react";
import { FileInput } from "@/components/files/file-input";
import { StoredImage } from "@/components/files/stored-image";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useKeptForm } from "@/components/ui/use-kept-form";
import type { ActionResult } from "@/lib/actions/define-action";
import { formatBytes, uploadHint, type FileKind } from "@/lib/files/kinds";

type Photo = { id: number; originalName: string; sizeBytes: number };

// Methods, not function properties: an action returning more (e.g. { id, added }) still fits,
// since method parameters are compared bivariantly.
type Actions = {
  add(previous: ActionResult<{ added: number }> | null, payload: FormData): Promise<ActionResult<{ added: number }>>;
  remove(previous: ActionResult<unknown> | null, payload: FormData): Promise<ActionResult<unknown>>;
};

export type PhotoManagerProps = {
  /** The owner's id field, sent with an upload (e.g. siteId), and its value. */
  owner: { field: string; id: number };
  /** What the photos belong to, in words: 观摩点, 条目. */
  ownerNoun: string;
  /** The owner's name, for the images' alt text. */
  title: string;
  kind: FileKind;
  photos: Photo[];
  actions: Actions;
};

/** An owner's photos (a site, a library entry): a grid with a delete button on each, and an upload form below. */
export function PhotoManager({ owner, ownerNoun, title, kind, photos, actions }: PhotoManagerProps) {
  return (
    <div className="grid gap-5">
      {photos.length === 0 ? (
        <p className="text-sm text-muted">还没有照片。</p>
      ) : (
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4" aria-label={`${ownerNoun}照片`}>
          {photos.map((photo, index) => (
            <li key={photo.id} className="overflow-hidden rounded-md border border-line bg-canvas">
              <a href={`/api/files/${photo.id}`} target="_blank" rel="noreferrer" className="block">
                <StoredImage fileId={photo.id} alt={`${title} 照片 ${index + 1}`} className="aspect-[4/3] w-full" />
              </a>
              <div className="flex items-center justify-between gap-2 px-2 py-1.5">
                <span className="min-w-0 truncate text-xs text-muted" title={photo.originalName}>
                  {formatBytes(photo.sizeBytes)}
                </span>
                <DeletePhotoButton photo={photo} ownerNoun={ownerNoun} remove={actions.remove} />
              </div>
            </li>
          ))}
        </ul>
      )}
      <UploadPhotosForm owner={owner} kind={kind} add={actions.add} />
    </div>
  );
}

function DeletePhotoButton({
  photo,
  ownerNoun,
  remove,
}: {
  photo: Photo;
  ownerNoun: string;
  remove: Actions["remove"];
}) {
  const { state, submit, pending } = useKeptForm(remove);
  const [asking, setAsking] = useState(false);
  return (
    <>
      <Button
        variant="ghost"
        size="sm"
        className="h-7 px-2 text-accent-700"
        onClick={() => setAsking(true)}
        disabled={pending}
      >
        删除
      </Button>
      {state && !state.ok && (
        <span role="alert" className="text-xs text-accent-700">
          {state.error}
        </span>
      )}
      <ConfirmDialog
        open={asking}
        title="删除这张照片？"
        confirmLabel="删除"
        danger
        pending={pending}
        onCancel={() => setAsking(false)}
        onConfirm={() => {
          setAsking(false);
          const formData = new FormData();
          formData.set("fileId", String(photo.id));
          submit(formData);
        }}
      >
        <p>
          「{photo.originalName}」将从{ownerNoun}和服务器上删除，不能恢复。
        </p>
      </ConfirmDialog>
    </>
  );
}

function UploadPhotosForm({
  owner,
  kind,
  add,
}: {
  owner: PhotoManagerProps["owner"];
  kind: FileKind;
  add: Actions["add"];
}) {
  const formRef = useRef<HTMLFormElement>(null);
  const { state, onSubmit, pending } = useKeptForm(add);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  // After an upload the chosen files are done with; after a refusal they stay for another try.
  useEffect(() => {
    if (state?.ok) formRef.current?.reset();
  }, [state]);
  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      method="post"
      encType="multipart/form-data"
      className="grid gap-3 border-t border-line pt-4"
      noValidate
    >
      <input type="hidden" name={owner.field} value={owner.id} />
      <Field id={`add-photos-${owner.field}`} label="上传照片" hint={uploadHint(kind)} error={errors?.photos}>
        {(control) => <FileInput {...control} name="photos" accept="image/jpeg,image/png" multiple />}
      </Field>
      {state && !(state.ok === false && errors?.photos) && (
        <FormMessage state={state} success={state.ok ? `已上传 ${state.data.added} 张照片` : ""} />
      )}
      <div>
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? "正在上传…" : "上传"}
        </Button>
      </div>
    </form>
  );
}

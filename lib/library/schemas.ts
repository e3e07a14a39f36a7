import { z } from "zod";
import { idField } from "@/lib/actions/number-fields";
import { uploadedFiles } from "@/lib/sites/schemas";
import { EXPERIENCE_KINDS, splitTags } from "@/lib/library/search";

const id = idField();

export const MAX_TAGS = 10;

/** Tags arrive as one text field ("学习角，阵地建设") or as an array (API-style callers). */
const tags = z.preprocess(
  (value) => (Array.isArray(value) ? value.map(String).join(",") : typeof value === "string" ? value : ""),
  z
    .string()
    .transform(splitTags)
    .pipe(z.array(z.string().max(20, "每个标签最多 20 个字")).max(MAX_TAGS, `标签最多 ${MAX_TAGS} 个`)),
);

const entryFields = {
  kind: z.enum(EXPERIENCE_KINDS, { error: "请选择类别" }),
  title: z.string().trim().min(2, "标题至少 2 个字").max(80, "标题最多 80 个字"),
  summary: z.string().trim().min(10, "简介至少 10 个字").max(2000, "简介最多 2000 个字"),
  partyOrganizationId: idField("请选择党组织"),
  phaseId: idField("请选择形成阶段"),
  tags,
};

export const createEntrySchema = z.object({ ...entryFields, photos: uploadedFiles });
export const updateEntrySchema = z.object({ entryId: id, ...entryFields });
export const setPromotedSchema = z.object({
  entryId: id,
  promoted: z.enum(["true", "false"], { error: "状态无效" }).transform((value) => value === "true"),
});
export const addEntryPhotosSchema = z.object({ entryId: id, photos: uploadedFiles });
export const deleteEntryPhotoSchema = z.object({ fileId: id });
export const deleteEntrySchema = z.object({ entryId: id });

import { z } from "zod";
import { idField, wholeNumberField } from "@/lib/actions/number-fields";

const id = idField();

/** An uploaded file as FormData delivers it (checked by duck type: the File class differs between runtimes). */
const uploadedFile = z.custom<File>(
  (value) =>
    typeof value === "object" &&
    value !== null &&
    typeof (value as Blob).arrayBuffer === "function" &&
    typeof (value as File).name === "string",
  { message: "文件无效" },
);

/** Zero or more files; an empty file input (no name, no bytes) counts as none. */
export const uploadedFiles = z.preprocess(
  (value) => (value === undefined || value === null || value === "" ? [] : Array.isArray(value) ? value : [value]),
  z.array(uploadedFile).transform((files) => files.filter((file) => file.name !== "" || file.size > 0)),
);

const siteFields = {
  partyOrganizationId: idField("请选择党组织"),
  name: z.string().trim().min(2, "观摩点名称至少 2 个字").max(80, "观摩点名称最多 80 个字"),
  theme: z.string().trim().min(1, "请填写观摩主题").max(60, "观摩主题最多 60 个字"),
  highlights: z.string().trim().max(2000, "亮点做法最多 2000 个字").default(""),
  address: z.string().trim().min(2, "请填写地址").max(200, "地址最多 200 个字"),
  capacity: wholeNumberField({
    message: "请填写可容纳人数",
    wholeMessage: "可容纳人数须为整数",
    min: 1,
    minMessage: "可容纳人数须大于 0",
    max: 10000,
    maxMessage: "可容纳人数不能超过 10000",
  }),
};

export const createSiteSchema = z.object({ ...siteFields, photos: uploadedFiles });
export const updateSiteSchema = z.object({ siteId: id, ...siteFields });
export const setSiteActiveSchema = z.object({
  siteId: id,
  active: z.enum(["true", "false"], { error: "状态无效" }).transform((value) => value === "true"),
});
export const addSitePhotosSchema = z.object({ siteId: id, photos: uploadedFiles });
export const deleteSitePhotoSchema = z.object({ fileId: id });

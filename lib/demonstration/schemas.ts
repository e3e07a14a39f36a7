import { z } from "zod";
import { idField } from "@/lib/actions/number-fields";
import { SELECTION_CATEGORIES } from "@/lib/demonstration/rules";

const id = idField();

export const selectCandidateSchema = z.object({
  phaseId: id,
  category: z.enum(SELECTION_CATEGORIES, { error: "请选择评选类别" }),
  targetId: idField("请选择候选对象"),
  reason: z.string({ error: "请填写入选理由" }).trim().min(5, "入选理由至少 5 个字").max(500, "入选理由最多 500 个字"),
});

export const removeSelectionSchema = z.object({ selectionId: id });

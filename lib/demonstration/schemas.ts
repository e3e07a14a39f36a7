import { z } from "zod";
import { SELECTION_CATEGORIES } from "@/lib/demonstration/rules";

const id = z.coerce.number({ error: "编号无效" }).int("编号无效").positive("编号无效");

export const selectCandidateSchema = z.object({
  phaseId: id,
  category: z.enum(SELECTION_CATEGORIES, { error: "请选择评选类别" }),
  targetId: z.coerce.number({ error: "请选择候选对象" }).int("请选择候选对象").positive("请选择候选对象"),
  reason: z.string({ error: "请填写入选理由" }).trim().min(5, "入选理由至少 5 个字").max(500, "入选理由最多 500 个字"),
});

export const removeSelectionSchema = z.object({ selectionId: id });

import { z } from "zod";
import { idField } from "@/lib/actions/number-fields";
import { parsePointsText } from "@/lib/scoring/points";

const id = idField();

const title = z.string().trim().min(1, "请填写标题").max(80, "标题最多 80 个字");
const categoryName = z.string().trim().min(1, "请填写类别名称").max(40, "类别名称最多 40 个字");
const guidance = z.string().trim().max(1000, "评分要点最多 1000 字").default("");

/** A maximum typed as text ("10", "7.5"), kept as half points: above 0, at most 100, steps of 0.5. */
const maxPoints = z.string({ error: "请填写满分" }).transform((text, ctx) => {
  const parsed = parsePointsText(text);
  if (!parsed.ok) {
    ctx.addIssue({ code: "custom", message: parsed.message });
    return z.NEVER;
  }
  if (parsed.halves === null || parsed.halves <= 0) {
    ctx.addIssue({ code: "custom", message: "满分须大于 0" });
    return z.NEVER;
  }
  if (parsed.halves > 200) {
    ctx.addIssue({ code: "custom", message: "满分不能超过 100 分" });
    return z.NEVER;
  }
  return parsed.halves;
});

const direction = z.enum(["up", "down"], { error: "方向无效" });

export const createRubricSchema = z.object({ phaseId: id, title });
export const updateRubricSchema = z.object({ rubricId: id, title });
export const rubricIdSchema = z.object({ rubricId: id });

export const addCategorySchema = z.object({ rubricId: id, name: categoryName });
export const renameCategorySchema = z.object({ categoryId: id, name: categoryName });
export const categoryIdSchema = z.object({ categoryId: id });
export const moveCategorySchema = z.object({ categoryId: id, direction });

export const addItemSchema = z.object({ categoryId: id, title, guidance, maxPoints });
export const updateItemSchema = z.object({ itemId: id, categoryId: id, title, guidance, maxPoints });
export const itemIdSchema = z.object({ itemId: id });
export const moveItemSchema = z.object({ itemId: id, direction });

import { z } from "zod";
import { idField } from "@/lib/actions/number-fields";

export const MAX_ACTIVE_TOKENS = 10;

export const createApiTokenSchema = z.object({
  name: z.string().trim().min(1, "请填写令牌名称，例如“指挥中心大屏”").max(40, "令牌名称最多 40 个字"),
});

export const revokeApiTokenSchema = z.object({
  tokenId: idField("令牌编号无效"),
});

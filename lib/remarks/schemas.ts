import { z } from "zod";
import { idField } from "@/lib/actions/number-fields";
import { REMARK_MAX_LENGTH } from "@/lib/remarks/rules";

const id = idField;

const content = z
  .string({ error: "请填写发言内容" })
  // Windows line breaks from a textarea count as one character, as the reader sees them.
  .transform((value) => value.replace(/\r\n?/g, "\n").trim())
  .pipe(z.string().min(1, "请填写发言内容").max(REMARK_MAX_LENGTH, `发言内容最多 ${REMARK_MAX_LENGTH} 字`));

/** A delegation member's own remark on a stop. */
export const recordRemarkSchema = z.object({
  stopId: id("观摩点无效"),
  content,
});

/** Staff recording what a guest (without an account) said. */
export const recordGuestRemarkSchema = z.object({
  stopId: id("观摩点无效"),
  guestId: id("请选择发言的特邀嘉宾"),
  content,
});

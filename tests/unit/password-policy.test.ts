import { describe, expect, it } from "vitest";
import { isCommonPassword, passwordProblem } from "@/lib/auth/password-policy";
import { DEMO_PASSWORD } from "@/prisma/seed/accounts";

describe("password policy", () => {
  it("refuses fewer than 10 characters, counting Chinese characters as one each", () => {
    expect(passwordProblem("Short1!")).toBe("密码至少 10 个字符");
    expect(passwordProblem("党建观摩平台好密码")).toBe("密码至少 10 个字符");
    expect(passwordProblem("党建观摩平台好密码啊")).toBeNull();
  });

  it("refuses more than 128 characters", () => {
    expect(passwordProblem("ab".repeat(65))).toBe("密码最多 128 个字符");
  });

  it("refuses common passwords whatever their case, the demo password included", () => {
    for (const password of [
      "password123",
      "Password123",
      "1234567890",
      "qwertyuiop",
      "Admin@123456",
      "woaini1314520",
      DEMO_PASSWORD,
    ]) {
      expect(isCommonPassword(password), password).toBe(true);
      expect(passwordProblem(password), password).toBe("该密码过于常见，容易被猜中，请换一个");
    }
  });

  it("refuses a password that contains the username, or too few distinct characters", () => {
    expect(passwordProblem("zhangsan-long-pass", { username: "ZhangSan" })).toBe("密码不能包含用户名");
    expect(passwordProblem("abababababab")).toBe("密码过于简单，请使用更多不同的字符");
  });

  it("accepts a long passphrase without composition rules", () => {
    expect(passwordProblem("江北水厂 学习角 2022")).toBeNull();
    expect(passwordProblem("correct horse battery staple")).toBeNull();
  });
});

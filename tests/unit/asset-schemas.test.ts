import { describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { fileAnyFigureSchema, yiSchema } from "@/lib/assets/schemas";
import { validateAssetRows } from "@/lib/assets/import/validate-rows";

const messageOf = (value: unknown) => {
  const result = yiSchema.safeParse(value);
  return result.success ? result.data : result.error.issues[0]?.message;
};

describe("asset values", () => {
  it("keeps the typed digits exactly, with two decimals", () => {
    expect(messageOf("2512.36")).toBe("2512.36");
    expect(messageOf("2,512.3")).toBe("2512.30");
    expect(messageOf("007")).toBe("7.00");
    expect(messageOf("100")).toBe("100.00");
    expect(messageOf(" ２５１２．３６ ")).toBe("2512.36");
  });

  it("refuses negatives, a third decimal, words and absurd sizes with Chinese messages", () => {
    expect(messageOf("-1")).toBe("资产总额不能为负数");
    expect(messageOf("12.345")).toBe("最多保留两位小数");
    expect(messageOf("abc")).toBe("请填写数字，单位为亿元");
    expect(messageOf("")).toBe("请填写资产总额");
    expect(messageOf("25123600000")).toContain("数值过大");
  });

  it("refuses a future month", () => {
    const result = fileAnyFigureSchema.safeParse({ enterpriseId: "1", month: "2099-01", totalAssets: "1" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("不能填报未来的月份");
  });
});

describe("asset import rows", () => {
  const enterprises = [
    { id: 1, name: "惠州市甲集团有限公司", shortName: "甲集团" },
    { id: 2, name: "惠州市乙集团有限公司", shortName: "乙集团" },
  ];
  const row = (rowNumber: number, enterprise: string, month: string, totalAssets: string, correct = "") => ({
    rowNumber,
    values: { enterprise, month, totalAssets, correct },
  });
  const now = () => new Date("2026-11-26T00:00:00Z");

  it("accepts good rows by full or short name and month spellings", () => {
    const result = validateAssetRows(
      [
        row(2, "惠州市甲集团有限公司", "2022-12", "10.5"),
        row(3, "乙集团", "2022年12月", "20"),
        row(4, "甲集团", "2022-11-30", "9"),
      ],
      enterprises,
      new Map(),
      now,
    );
    expect(result.ok).toBe(true);
    if (result.ok)
      expect(result.figures.map((f) => [f.enterpriseId, f.totalAssets])).toEqual([
        [1, "10.50"],
        [2, "20.00"],
        [1, "9.00"],
      ]);
  });

  it("lists every bad row by number with all its problems", () => {
    const existing = new Map([["1:2022-10", new Prisma.Decimal("8.00")]]);
    const result = validateAssetRows(
      [
        row(2, "甲集团", "2022-12", "10"),
        row(3, "丙集团", "2030-01", "-5"),
        row(4, "甲集团", "2022-12", "11"),
        row(5, "甲集团", "2022-10", "8.50"),
        row(6, "甲集团", "2022-09", "8.00", "也许"),
      ],
      enterprises,
      existing,
      now,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.rowErrors.map((r) => r.rowNumber)).toEqual([3, 4, 5, 6]);
    expect(result.rowErrors[0]!.messages).toEqual([
      "“丙集团”不是计入资产目标的企业",
      "月份：不能填报未来的月份",
      "资产总额：资产总额不能为负数",
    ]);
    expect(result.rowErrors[1]!.messages).toEqual(["与第 2 行重复（同一企业同一月份）"]);
    expect(result.rowErrors[2]!.messages[0]).toContain("该月已填报 8.00亿元");
    expect(result.rowErrors[3]!.messages).toEqual(["更正：请填“是”或留空"]);
  });

  it("lets a row marked 更正 change a filed month, and a row equal to it pass", () => {
    const existing = new Map([["1:2022-10", new Prisma.Decimal("8.00")]]);
    const result = validateAssetRows(
      [row(2, "甲集团", "2022-10", "8.50", "是"), row(3, "乙集团", "2022-10", "3")],
      enterprises,
      existing,
      now,
    );
    expect(result.ok).toBe(true);
  });
});

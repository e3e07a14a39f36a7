"use server";

import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { invalid } from "@/lib/errors";
import { cleanFileName } from "@/lib/files/check-upload";
import { Prisma } from "@/lib/generated/prisma/client";
import { monthKey } from "@/lib/assets/months";
import { writeFigure } from "@/lib/assets/write-figure";
import { MAX_ASSET_IMPORT_BYTES } from "@/lib/assets/import/columns";
import { readAssetSheet } from "@/lib/assets/import/read-sheet";
import { validateAssetRows } from "@/lib/assets/import/validate-rows";
import { uploadedFiles } from "@/lib/sites/schemas";

const importSchema = z.object({ file: uploadedFiles });

/**
 * Imports month-end figures from the template. Every row is checked first; one bad row imports
 * nothing (row errors travel in `fieldErrors` under "row:<Excel row number>"). Each written or
 * corrected figure gets its own audit row (and revision), plus one row for the import.
 */
export const importAssetFiguresAction = defineAction({
  name: "importAssetFigures",
  schema: importSchema,
  permission: "asset.fileAny",
  async run({ input, user, tx, audit }) {
    const file = input.file[0];
    if (!file || input.file.length !== 1) throw invalid("请选择一个文件", { file: ["请选择要导入的 .xlsx 文件"] });
    if (file.size > MAX_ASSET_IMPORT_BYTES) throw invalid("文件过大", { file: ["文件超过 5 MB，请拆分后分批导入"] });
    const sheet = await readAssetSheet(new Uint8Array(await file.arrayBuffer()));
    if (!sheet.ok) throw invalid(sheet.error, { file: [sheet.error] });

    const enterprises = await tx.enterprise.findMany({
      where: { isActive: true, countsTowardAssetTarget: true },
      select: { id: true, name: true, shortName: true },
    });
    const stored = await tx.assetFigure.findMany({
      where: { enterpriseId: { in: enterprises.map((enterprise) => enterprise.id) } },
      select: { enterpriseId: true, month: true, totalAssets: true },
    });
    const existing = new Map<string, Prisma.Decimal>(
      stored.map((figure) => [`${figure.enterpriseId}:${monthKey(figure.month)}`, figure.totalAssets]),
    );
    const result = validateAssetRows(sheet.rows, enterprises, existing);
    if (!result.ok) {
      throw invalid(
        `有 ${result.rowErrors.length} 行不符合要求，未导入任何数据。请修改后重新上传。`,
        Object.fromEntries(result.rowErrors.map((row) => [`row:${row.rowNumber}`, row.messages])),
      );
    }

    let created = 0;
    let corrected = 0;
    for (const figure of result.figures) {
      const before = existing.get(`${figure.enterpriseId}:${monthKey(figure.month)}`);
      const outcome = await writeFigure(tx, audit, user.id, figure);
      if (!before) created += 1;
      else if (outcome.corrected) corrected += 1;
    }
    const unchanged = result.figures.length - created - corrected;
    await audit({
      action: "asset.import",
      entityType: "AssetFigure",
      entityId: "import",
      after: { file: cleanFileName(file.name), rows: result.figures.length, created, corrected, unchanged },
    });
    return { created, corrected, unchanged };
  },
  revalidate: () => ["/assets", "/admin/assets", "/assets/file", "/"],
  transaction: { timeout: 60_000 },
});

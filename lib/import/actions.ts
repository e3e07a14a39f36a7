"use server";

import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { conflict, invalid } from "@/lib/errors";
import { cleanFileName } from "@/lib/files/check-upload";
import { MAX_IMPORT_BYTES } from "@/lib/import/columns";
import { readImportSheet } from "@/lib/import/read-sheet";
import { validateImportRows } from "@/lib/import/validate-rows";
import { loadExisting, writeImport } from "@/lib/import/write-import";
import { Prisma } from "@/lib/generated/prisma/client";
import { uploadedFiles } from "@/lib/sites/schemas";

const importSchema = z.object({ file: uploadedFiles });

/** Row errors travel in `fieldErrors` under "row:<Excel row number>"; file-level ones under "file". */
export const importOrganizationsAction = defineAction({
  name: "importOrganizations",
  schema: importSchema,
  permission: "enterprise.manage",
  async run({ input, tx, audit }) {
    const file = input.file[0];
    if (!file || input.file.length !== 1) throw invalid("请选择一个文件", { file: ["请选择要导入的 .xlsx 文件"] });
    if (file.size > MAX_IMPORT_BYTES) throw invalid("文件过大", { file: ["文件超过 5 MB，请拆分后分批导入"] });

    const sheet = await readImportSheet(new Uint8Array(await file.arrayBuffer()));
    if (!sheet.ok) throw invalid(sheet.error, { file: [sheet.error] });

    const existing = await loadExisting(tx, [...new Set(sheet.rows.map((row) => row.values.enterpriseName))]);
    const result = validateImportRows(sheet.rows, existing);
    if (!result.ok) {
      throw invalid(
        `有 ${result.rowErrors.length} 行不符合要求，未导入任何数据。请修改后重新上传。`,
        Object.fromEntries(result.rowErrors.map((row) => [`row:${row.rowNumber}`, row.messages])),
      );
    }
    try {
      return await writeImport(tx, result.plan, cleanFileName(file.name), audit);
    } catch (error) {
      // A new enterprise or organisation of the same name was saved by someone else meanwhile.
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
        throw conflict("导入期间其他人新建了同名的企业或党组织，未导入任何数据，请重新上传");
      }
      throw error;
    }
  },
  revalidate: () => ["/admin/enterprises"],
  // 2,000 rows with an audit row each take a few seconds on a busy server.
  transaction: { timeout: 60_000 },
});

import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Transaction } from "@/lib/prisma-client";
import type { ActionContext } from "@/lib/actions/define-action";
import { conflict, invalid } from "@/lib/errors";
import { formatMonth, formatYi } from "@/lib/format";
import { sqlDay } from "@/lib/assets/months";

export type FigureInput = { enterpriseId: number; month: Date; totalAssets: string; correct: boolean };

type Audit = ActionContext<unknown>["audit"];

/**
 * Files a month's figure, or corrects it: the earlier value goes to AssetFigureRevision and the
 * audit log in the same transaction. Overwriting needs the explicit `correct` flag, so a figure is
 * never replaced by someone who did not see it was already filed.
 */
export async function writeFigure(tx: Transaction, audit: Audit, userId: number, input: FigureInput) {
  const value = new Prisma.Decimal(input.totalAssets);
  const key = { enterpriseId_month: { enterpriseId: input.enterpriseId, month: input.month } };
  // Lock the row (if any) so two corrections of one month queue instead of losing a revision.
  const [existing] = await tx.$queryRaw<{ id: number; totalAssets: string }[]>`
    SELECT "id", "totalAssets"::text AS "totalAssets" FROM "AssetFigure"
    WHERE "enterpriseId" = ${input.enterpriseId} AND "month" = ${sqlDay(input.month)}::date FOR UPDATE`;

  if (!existing) {
    const created = await tx.assetFigure
      .create({
        data: { enterpriseId: input.enterpriseId, month: input.month, totalAssets: value, filedById: userId },
        select: { id: true, enterpriseId: true, month: true, totalAssets: true },
      })
      .catch((error: unknown) => {
        // Someone filed the same month between our read and our insert: nothing is overwritten.
        if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
          throw conflict(`${formatMonth(input.month)}刚刚已由他人填报，请刷新后核对`);
        }
        throw error;
      });
    await audit({ action: "asset.file", entityType: "AssetFigure", entityId: created.id, after: created });
    return { id: created.id, corrected: false };
  }

  const previous = new Prisma.Decimal(existing.totalAssets);
  if (!input.correct) {
    throw invalid("该月已填报", {
      month: [`${formatMonth(input.month)}已填报 ${formatYi(previous)}；如需更正，请勾选“更正已填报的数值”`],
    });
  }
  if (previous.equals(value)) return { id: existing.id, corrected: false };

  await tx.assetFigureRevision.create({
    data: { figureId: existing.id, previousValue: previous, newValue: value, changedById: userId },
  });
  const updated = await tx.assetFigure.update({
    where: key,
    // A corrected figure is a real one, even where the demo data filed the original.
    data: { totalAssets: value, isDemo: false },
    select: { id: true, enterpriseId: true, month: true, totalAssets: true },
  });
  await audit({
    action: "asset.correct",
    entityType: "AssetFigure",
    entityId: existing.id,
    before: { ...updated, totalAssets: previous },
    after: updated,
  });
  return { id: existing.id, corrected: true };
}

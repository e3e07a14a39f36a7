import "server-only";
import { monthKey } from "@/lib/assets/months";
import { ratePercent, type ProgressFigures } from "@/lib/assets/progress";
import { assetProgress } from "@/lib/assets/queries";

/** `GET /api/v1/assets/progress` (docs/api.md): money as decimal strings in 亿元, rates in percent. */
export type ApiAssetProgress = {
  asOf: string | null;
  total: string | null;
  reportedEnterprises: number;
  countingEnterprises: number;
  later: { month: string; reportedEnterprises: number }[];
  targets: {
    year: number;
    label: string;
    amount: string;
    percent: string | null;
    gap: string | null;
    monthsLeft: number | null;
    requiredAnnualGrowth: string | null;
    achievedAnnualGrowth: string | null;
    onTrack: boolean | null;
  }[];
};

export function toApiProgress(figures: ProgressFigures): ApiAssetProgress {
  const achieved = ratePercent(figures.achieved?.rate ?? null);
  return {
    asOf: figures.asOf ? monthKey(figures.asOf.month) : null,
    total: figures.asOf ? figures.asOf.total.toFixed(2) : null,
    reportedEnterprises: figures.asOf ? figures.asOf.filed : 0,
    countingEnterprises: figures.countingEnterprises,
    later: figures.pending.map((month) => ({ month: monthKey(month.month), reportedEnterprises: month.filed })),
    targets: figures.asOf
      ? figures.targets.map((target) => ({
          year: target.year,
          label: target.label,
          amount: target.amount.toFixed(2),
          percent: target.percent,
          gap: target.gap.toFixed(2),
          monthsLeft: target.monthsLeft,
          requiredAnnualGrowth: ratePercent(target.required),
          achievedAnnualGrowth: achieved,
          onTrack: target.onTrack,
        }))
      : figures.targetInputs.map((target) => ({
          year: target.year,
          label: target.label,
          amount: target.amount.toFixed(2),
          percent: null,
          gap: null,
          monthsLeft: null,
          requiredAnnualGrowth: null,
          achievedAnnualGrowth: null,
          onTrack: null,
        })),
  };
}

export async function apiAssetProgress(): Promise<ApiAssetProgress> {
  return toApiProgress(await assetProgress());
}

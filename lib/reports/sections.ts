/**
 * The parts of a self-report, in the order the form shows them. Text sections are columns of
 * SelfReport; brands and innovation cases are JSON lists; self-scores are SelfScore rows.
 * A reviewer's reason can name any of these keys.
 */
export const TEXT_SECTIONS = [
  { key: "workDone", label: "工作开展情况" },
  { key: "highlights", label: "亮点做法" },
  { key: "problemsFound", label: "突出问题" },
  { key: "rectificationPlan", label: "整改措施和补短板计划" },
  { key: "experience", label: "可推广经验" },
] as const;

export type TextSectionKey = (typeof TEXT_SECTIONS)[number]["key"];

export const REVIEW_SECTIONS = [
  ...TEXT_SECTIONS,
  { key: "brands", label: "党建品牌" },
  { key: "innovationCases", label: "创新案例" },
  { key: "selfScores", label: "自评分" },
  { key: "attachments", label: "附件" },
] as const;

export type ReviewSectionKey = (typeof REVIEW_SECTIONS)[number]["key"];

export const REVIEW_SECTION_KEYS = REVIEW_SECTIONS.map((section) => section.key) as [
  ReviewSectionKey,
  ...ReviewSectionKey[],
];

export const SECTION_LABELS = Object.fromEntries(REVIEW_SECTIONS.map((s) => [s.key, s.label])) as Record<
  ReviewSectionKey,
  string
>;

export type Brand = { name: string; description: string };
export type InnovationCase = { title: string; summary: string };

/** Limits that keep one report a readable document (and one autosave a small request). */
export const LIMITS = {
  sectionChars: 20_000,
  listRows: 50,
  nameChars: 100,
  descriptionChars: 2_000,
  reasonChars: 1_000,
} as const;

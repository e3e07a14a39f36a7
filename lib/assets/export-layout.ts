/** Where things sit in the asset export, shared by the export and the tests that read it. */
export const FIGURES_SHEET = "资产数据";
export const TARGETS_SHEET = "目标进度";
/** Where the figures table starts: a title row and a line of rules come first. */
export const FIGURES_HEADER_ROW = 3;
export const TOTAL_ROW_LABEL = "合计";

import {
  refusedEnum as en,
  refusedFiles,
  refusedFormat as fmt,
  refusedId,
  refusedInteger as int,
  refusedStructure as st,
  refusedText as text,
  refusedValues,
  type Refused,
} from "@/tests/support/hostile-values";

/**
 * The hostile values of each field kind the actions share, for the table in hostile-specs.ts.
 * The property test replaces one field of a base input at a time. Ids come from the seeded demo
 * data (`SeedIds`); a base need not succeed in `run` (a conflict is fine), it only keeps the
 * other fields valid so that the hostile one is tested.
 */
export type SeedIds = Record<
  | "user"
  | "enterprise"
  | "org"
  | "site"
  | "phase"
  | "campaign"
  | "rubric"
  | "category"
  | "item"
  | "tour"
  | "tourVersion"
  | "stop"
  | "guest"
  | "sheet"
  | "sheetVersion"
  | "report"
  | "reportVersion"
  | "problem"
  | "entry"
  | "file"
  | "notification"
  | "selection"
  | "slot"
  | "signup"
  | "target",
  number
>;

/**
 * Checkboxes read anything but "on"/"true"/true as unticked: no value is refused, so they are the
 * only base fields without hostile values.
 */
export const LENIENT_FIELDS = ["countsTowardAssetTarget", "correct", "create", "excludeOwnEnterprise"];

export type ActionSpec = {
  actor: "admin" | "secretary";
  base: Record<string, unknown>;
  fields: Record<string, Refused>;
};

export const id = refusedId();
export const optionalId = refusedId({ optional: true });
export const files = refusedFiles();
export const active = en(["true", "false"]);
export const dateMisses = [
  "2022-02-31",
  "2022-13-01",
  "2022-1-1",
  "22-03-24",
  "2022/03/24",
  "2022-03-24T25:00",
  "0000-00-00",
];
export const timeMisses = ["24:00", "9:30", "12:60", "12:30:00", "１２:３０", "-1:00"];
export const amountMisses = ["-1", "1.234", "1e3", "1000000", "abc", "1..2", "0x10", "１.２３４", "--1", "1.2.3"];
export const pointMisses = ["-1", "7.3", "101", "abc", "1e2", "0x10", "7.55", "٧"];
export const passwords = refusedValues([
  "short",
  "password123",
  "Guanmo@2022",
  "长".repeat(129),
  "aaaaaaaaaaaa",
  1234567890123,
  "a\u0000bcdefghijk",
]);
export const code = st(["12345", "abcdef", 123456, "1234567", "12345\u0000", "١٢٣٤٥٦", "000000".repeat(100)]);
export const manyLines = (count: number, line = "行") => Array.from({ length: count }, (_, i) => `${line}${i}`);

export const tourFields = (ids: SeedIds) => ({
  title: text(80, { min: 1 }),
  phaseId: refusedId(),
  date: fmt(dateMisses),
  startTime: fmt(timeMisses),
  endTime: fmt(timeMisses),
  meetingPoint: text(120),
  notes: text(2000),
  stops: st([
    [{ siteId: "1 OR 1=1", arriveTime: "14:00", departTime: "15:00", programme: ["BRIEFING"] }],
    [{ siteId: ids.site, arriveTime: "25:00", departTime: "15:00", programme: ["BRIEFING"] }],
    [{ siteId: ids.site, arriveTime: "14:00", departTime: "15:00", programme: ["<script>"] }],
    [{ siteId: 2 ** 31, arriveTime: "14:00", departTime: "15:00", programme: ["BRIEFING"] }],
    [{ id: -1, siteId: ids.site, arriveTime: "14:00", departTime: "15:00", programme: ["BRIEFING"] }],
    Array.from({ length: 13 }, () => ({
      siteId: ids.site,
      arriveTime: "14:00",
      departTime: "14:30",
      programme: ["ON_SITE"],
    })),
    { 0: { siteId: ids.site } },
  ]),
  members: st([
    [{ userId: "abc" }],
    [{ userId: ids.user, part: "KING" }],
    [{ userId: ids.user }, { userId: ids.user }],
    [{ userId: NaN }],
    [{ userId: 2 ** 40 }],
    Array.from({ length: 301 }, (_, i) => ({ userId: i + 1 })),
  ]),
  guests: st([
    [{ name: "", unit: "单位" }],
    [{ name: "名".repeat(41), unit: "单位" }],
    [{ name: 42, unit: "单位" }],
    [{ name: "嘉宾", unit: "单".repeat(81) }],
    Array.from({ length: 51 }, (_, i) => ({ name: `嘉宾${i}`, unit: "单位" })),
  ]),
});

export const tourBase = (ids: SeedIds) => ({
  title: "观摩活动",
  phaseId: ids.phase,
  date: "2022-03-24",
  startTime: "14:00",
  endTime: "17:00",
  meetingPoint: "",
  notes: "",
  stops: [],
  members: [],
  guests: [],
});

export const sheetFields = {
  stopId: id,
  baseVersion: int(0, 2_147_483_647),
  scores: st([
    { abc: 5 },
    { "0": 5 },
    { "1": -1 },
    { "1": 100.5 },
    { "1": 7.3 },
    { "1": "7" },
    { "1": NaN },
    { "1": Infinity },
    { "9999999999": 5 },
    Object.fromEntries(Array.from({ length: 201 }, (_, i) => [String(i + 1), 1])),
  ]),
  comment: text(2000),
};

export const reportRows = st([
  [{ name: "品".repeat(101), description: "" }],
  [{ name: 42 }],
  Array.from({ length: 51 }, (_, i) => ({ name: `品牌${i}`, description: "" })),
  "not rows",
]);
export const caseRows = st([
  [{ title: "案".repeat(101), summary: "" }],
  [{ title: "案例", summary: "摘".repeat(2001) }],
  [{ title: ["a"] }],
]);

export const entryFields = {
  kind: en(["BRAND", "INNOVATION_CASE", "HIGHLIGHT_CARD", "CHARACTERISTIC_SECTION"]),
  title: text(80, { min: 2 }),
  summary: text(2000, { min: 10 }),
  partyOrganizationId: id,
  phaseId: id,
  tags: refusedValues([
    "标".repeat(21),
    manyLines(11, "标签").join(","),
    manyLines(11, "标签"),
    ["a".repeat(21)],
    "标签\u0000",
  ]),
};

export const siteFields = {
  partyOrganizationId: id,
  name: text(80, { min: 2 }),
  theme: text(60, { min: 1 }),
  highlights: text(2000),
  address: text(200, { min: 2 }),
  capacity: int(1, 10000),
};

export const enterpriseFields = {
  name: text(80, { min: 2 }),
  shortName: text(20, { min: 1 }),
  category: en(["MUNICIPAL", "CENTRAL", "OTHER"]),
  sortOrder: int(0, 9999, { hasDefault: true }),
};

export const orgFields = {
  name: text(80, { min: 2 }),
  level: en(["COMMITTEE", "GENERAL_BRANCH", "BRANCH"]),
  memberCount: int(0, 100000, { hasDefault: true }),
  sortOrder: int(0, 9999, { hasDefault: true }),
};

export const profileFields = {
  displayName: text(40, { min: 1 }),
  title: text(60),
  role: en(["ADMIN", "LEADER", "SECRETARY"]),
  enterpriseId: optionalId,
};

export const slotFields = {
  siteId: id,
  date: fmt(dateMisses),
  startTime: fmt(timeMisses),
  endTime: fmt(timeMisses),
  capacity: int(1, 500),
  note: text(200),
};

export const problemFields = {
  description: text(1000, { min: 5 }),
  severity: en(["MINOR", "MAJOR", "SEVERE"]),
  owner: text(80, { min: 2 }),
  deadline: fmt(dateMisses),
  rubricItemId: optionalId,
};

export const move = (moves: string[]) => ({
  problemId: id,
  move: en(moves),
  comment: text(1000, { min: 2 }),
  evidence: files,
});
export const itemFields = { title: text(80, { min: 1 }), guidance: text(1000), maxPoints: fmt(["0", ...pointMisses]) };
export const goals = refusedValues([
  ["目".repeat(41)],
  manyLines(11),
  [42],
  manyLines(11).join("\n"),
  "目".repeat(41),
  { 0: "目标" },
]);
export const campaignFields = { name: text(80, { min: 1 }), goals, description: text(2000) };
export const month = fmt(["2022-13", "2022-00", "2999-12", "1999-12", "2022/12", "12-2022", "2022-12-15"]);
export const amount = fmt(amountMisses);
export const tiers = st([[""], ["档".repeat(11)], manyLines(7, "档"), ["好", "好"], [42], [["嵌套"]]]);

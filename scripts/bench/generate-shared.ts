import type pg from "pg";
import { copyRows, type CopyValue } from "./copy";
import type { Random } from "./prng";
import { ITEMS_PER_RUBRIC, type Scale } from "./scale";
import type { Layout } from "./generate";

/** What every part of the generator shares: the scale, the seeded random numbers, "now", COPY. */
export type GenerationContext = {
  scale: Scale;
  layout: Layout;
  seed: number;
  random: Random;
  now: Date;
  /** COPY rows into a table and log how many and how long. */
  count: (table: string, columns: string[], rows: Iterable<readonly CopyValue[]>) => Promise<void>;
};

export const ADMIN_ID = 1;
export const LEADER_ID = 2;
export const FIRST_SCORER_ID = 3;
export const YEAR = 2026;
export const INDUSTRIES = ["能源", "交通", "城建", "水务", "港航", "金融", "产业", "文旅", "农垦", "医药"];
export const DEPARTMENTS = ["生产", "营销", "物流", "财务", "研发", "综合", "安全", "工程", "客服", "信息"];
export const CATEGORIES = ["组织体系", "阵地建设", "党建品牌", "党建与业务融合", "党员教育管理", "成效与示范作用"];
export const PHASES = [
  { kind: "INTERNAL", name: "内部观摩", startsOn: "2026-03-01", endsOn: "2026-05-31", status: "CLOSED" },
  { kind: "CROSS", name: "交叉观摩", startsOn: "2026-06-01", endsOn: "2026-08-31", status: "CLOSED" },
  { kind: "DEMONSTRATION", name: "示范观摩", startsOn: "2026-09-01", endsOn: "2026-12-20", status: "ACTIVE" },
] as const;

export const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
export const chinaTime = (date: Date, hour: number, minute: number) =>
  new Date(date.getTime() + ((hour - 8) * 60 + minute) * 60_000);
export const halves = (value: number) => (value / 2).toFixed(1);

/** The enterprise of an organisation: organisations are numbered enterprise by enterprise. */
export const orgEnterprise = (scale: Scale, id: number) => Math.floor((id - 1) / scale.organizationsPerEnterprise) + 1;

/** Rubric item ids: each phase's rubric has ITEMS_PER_RUBRIC items, numbered phase by phase. */
export const itemId = (phase: number, item: number) => (phase - 1) * ITEMS_PER_RUBRIC + item + 1;

export function copyCounter(client: pg.PoolClient, log: (line: string) => void): GenerationContext["count"] {
  return async (table, columns, rows) => {
    const started = Date.now();
    const n = await copyRows(client, table, columns, rows);
    log(`  ${table}: ${n.toLocaleString("en")} rows in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  };
}

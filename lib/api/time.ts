/**
 * Instants in API answers: ISO 8601 with China's offset (2022-03-24T14:30:00+08:00), so a reader
 * sees the local wall-clock time and still gets an unambiguous instant. China keeps UTC+8 all
 * year, so the offset is constant.
 */
const CHINA_OFFSET_MINUTES = 8 * 60;

export function toChinaIso(instant: Date): string {
  if (Number.isNaN(instant.getTime())) throw new RangeError("Invalid date");
  const shifted = new Date(instant.getTime() + CHINA_OFFSET_MINUTES * 60_000);
  return `${shifted.toISOString().slice(0, 19)}+08:00`;
}

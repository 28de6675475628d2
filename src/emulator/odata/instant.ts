/**
 * ISO-8601 date and date-time text → epoch milliseconds, shared by literal parsing and by row
 * values. Accepts `2025-01-01`, `2025-01-01T09:56`, `…T09:56:10.1234567`, a `T` or a space
 * between date and time, and an optional `Z`/`±HH:MM`/`±HHMM` offset (optionally after a
 * space, as in the reference's `2023-10-25T07:58:57 +00:00`). No offset means UTC.
 */
const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)? ?(Z|z|[+-]\d{2}:?\d{2})?)?$/;

/** Epoch milliseconds of an ISO date/date-time, or null when the text is not a valid one. */
export function parseInstant(text: string): number | null {
  const m = ISO.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const hour = m[4] === undefined ? 0 : Number(m[4]);
  const minute = m[5] === undefined ? 0 : Number(m[5]);
  const second = m[6] === undefined ? 0 : Number(m[6]);
  const millis = m[7] === undefined ? 0 : Math.floor(Number(`0.${m[7]}`) * 1000);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  let offsetMinutes = 0;
  const off = m[8];
  if (off !== undefined && off !== 'Z' && off !== 'z') {
    const digits = off.replace(':', '');
    const oh = Number(digits.slice(1, 3));
    const om = Number(digits.slice(3, 5));
    if (oh > 14 || om > 59) return null;
    offsetMinutes = (oh * 60 + om) * (off.startsWith('-') ? -1 : 1);
  }
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(hour, minute, second, millis);
  return d.getTime() - offsetMinutes * 60_000;
}

function daysIn(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

// Row values are re-read on every request; the same few thousand timestamps recur, so a
// bounded memo (dropped wholesale when full) saves the regex on the hot path.
const memo = new Map<string, number | null>();
const MEMO_LIMIT = 200_000;

/** Epoch milliseconds of a row's date value (ISO string or Date), or null. */
export function instantOf(value: unknown): number | null {
  if (typeof value === 'string') {
    let ms = memo.get(value);
    if (ms === undefined) {
      ms = parseInstant(value);
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(value, ms);
    }
    return ms;
  }
  if (value instanceof Date) {
    const ms = value.getTime();
    return Number.isNaN(ms) ? null : ms;
  }
  return null;
}

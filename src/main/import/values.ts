import type { CellValue } from './cells';
import { isBlank } from './cells';

export type Parsed<T> = { ok: true; value: T | null } | { ok: false; message: string };

const ok = <T>(value: T | null): Parsed<T> => ({ ok: true, value });
const fail = <T>(message: string): Parsed<T> => ({ ok: false, message });

const CURRENCY_MARKS = /[$€£¥฿₺₹]|\b(?:USD|EUR|GBP|THB|TRY|TL|JPY|INR)\b/gi;

/**
 * Reads a number the way people type it: "1,234.56", "1.234,56", "1 234", "$1,200", "12%",
 * "(300)" for negatives. A lone separator followed by exactly three digits is taken as a
 * thousands separator, which is how both conventions write whole amounts.
 */
export function parseNumber(value: CellValue): Parsed<number> {
  if (value === null || isBlank(value)) return ok(null);
  if (typeof value === 'number') return Number.isFinite(value) ? ok(value) : fail('not a number');
  if (typeof value === 'boolean' || value instanceof Date) return fail('expected a number');
  let s = value.trim().replace(CURRENCY_MARKS, '').replace(/[\s\u00a0\u202f']/g, '');
  let negative = false;
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1);
  }
  const percent = s.endsWith('%');
  if (percent) s = s.slice(0, -1);
  if (s.startsWith('-')) {
    negative = !negative;
    s = s.slice(1);
  } else if (s.startsWith('+')) s = s.slice(1);
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return fail(`"${value}" is not a number`);
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  let normalized: string;
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const thousands = decimal === '.' ? ',' : '.';
    normalized = s.split(thousands).join('').replace(decimal, '.');
  } else {
    const sep = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : null;
    if (sep === null) normalized = s;
    else {
      const parts = s.split(sep);
      const groupsOfThree = parts.length > 1 && parts.slice(1).every((p) => p.length === 3);
      if (parts.length > 2 && !groupsOfThree) return fail(`"${value}" is not a number`);
      normalized = groupsOfThree && (parts.length > 2 || sep === ',' || parts[0] !== '0')
        ? parts.join('')
        : parts.join('.');
    }
  }
  const n = Number(normalized);
  if (!Number.isFinite(n)) return fail(`"${value}" is not a number`);
  const signed = negative ? -n : n;
  return ok(percent ? signed / 100 : signed);
}

const TRUE_WORDS = new Set(['true', 'yes', 'y', '1', 'x', 'ใช่', 'จริง', 'evet', 'doğru', 'dogru', 'var', 'on']);
const FALSE_WORDS = new Set(['false', 'no', 'n', '0', 'ไม่', 'ไม่ใช่', 'เท็จ', 'hayır', 'hayir', 'yanlış', 'yanlis', 'yok', 'off']);

export function parseBoolean(value: CellValue): Parsed<boolean> {
  if (value === null || isBlank(value)) return ok(null);
  if (typeof value === 'boolean') return ok(value);
  if (typeof value === 'number') return value === 1 ? ok(true) : value === 0 ? ok(false) : fail('expected yes or no');
  const word = String(value).trim().toLocaleLowerCase('tr').replace(/i̇/g, 'i');
  const plain = String(value).trim().toLowerCase();
  if (TRUE_WORDS.has(word) || TRUE_WORDS.has(plain)) return ok(true);
  if (FALSE_WORDS.has(word) || FALSE_WORDS.has(plain)) return ok(false);
  return fail(`"${String(value)}" is not yes or no`);
}

export type DateOrder = 'DMY' | 'MDY';

const EXCEL_EPOCH_1900 = Date.UTC(1899, 11, 30);
const EXCEL_EPOCH_1904 = Date.UTC(1904, 0, 1);

function isoFromParts(y: number, m: number, d: number): string | null {
  const year = y > 2400 ? y - 543 : y < 100 ? 2000 + y : y; // Thai Buddhist era; two-digit years
  const t = Date.UTC(year, m - 1, d);
  const date = new Date(t);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

const TEXT_DATE = /^(\d{1,4})[/.\-](\d{1,2})[/.\-](\d{1,4})(?:[ T].*)?$/;

/**
 * Decides D/M/Y versus M/D/Y for a whole column from its values: one value with a first part
 * over 12 settles D/M/Y, one with a second part over 12 settles M/D/Y. `null` means the column
 * never says (every value fits both), and the user must be asked.
 */
export function inferDateOrder(values: CellValue[]): { order: DateOrder | null; conflicting: boolean } {
  let dmy = false;
  let mdy = false;
  for (const v of values) {
    if (typeof v !== 'string') continue;
    const m = TEXT_DATE.exec(v.trim());
    if (!m || m[1]!.length === 4) continue;
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (a > 12 && b <= 12) dmy = true;
    if (b > 12 && a <= 12) mdy = true;
  }
  if (dmy && mdy) return { order: null, conflicting: true };
  return { order: dmy ? 'DMY' : mdy ? 'MDY' : null, conflicting: false };
}

export function parseDate(value: CellValue, order: DateOrder, date1904 = false): Parsed<string> {
  if (value === null || isBlank(value)) return ok(null);
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? fail('not a date') : ok(value.toISOString().slice(0, 10));
  }
  if (typeof value === 'number') {
    // An Excel serial day number that reached us without a date format.
    if (value < 1 || value > 2_958_465) return fail(`${value} is not a date`);
    const epoch = date1904 ? EXCEL_EPOCH_1904 : EXCEL_EPOCH_1900;
    return ok(new Date(epoch + Math.floor(value) * 86_400_000).toISOString().slice(0, 10));
  }
  if (typeof value === 'boolean') return fail('expected a date');
  const s = value.trim();
  const m = TEXT_DATE.exec(s);
  if (!m) return fail(`"${s}" is not a date`);
  const [a, b, c] = [Number(m[1]), Number(m[2]), Number(m[3])];
  let iso: string | null;
  if (m[1]!.length === 4) iso = isoFromParts(a, b, c);
  else if (order === 'DMY') iso = isoFromParts(c, b, a);
  else iso = isoFromParts(c, a, b);
  return iso ? ok(iso) : fail(`"${s}" is not a valid date`);
}

export function parseText(value: CellValue): Parsed<string> {
  if (value === null || isBlank(value)) return ok(null);
  if (value instanceof Date) return ok(value.toISOString().slice(0, 10));
  return ok(String(value).trim());
}

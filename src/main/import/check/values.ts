import type {
  ImportMessage,
  ImportMessageKey,
  ImportMessageParam,
} from '../../../shared/ipc/contract';
import type { CellValue } from '../read/cells';
import { isBlank } from '../read/cells';

/** A cell's value, or why it does not read as its field's type. */
export type Parsed<T> = { ok: true; value: T | null } | ({ ok: false } & ImportMessage);

const ok = <T>(value: T | null): Parsed<T> => ({ ok: true, value });
const fail = <T>(
  key: ImportMessageKey,
  params: Readonly<Record<string, ImportMessageParam>> = {},
): Parsed<T> => ({ ok: false, key, params });
const MISSING: Parsed<never> = { ok: true, value: null };

/** What Excel writes into a cell whose formula failed; the readers pass it on as text. */
const EXCEL_ERROR =
  /^#(?:DIV\/0!|N\/A|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|UNKNOWN!|BUSY!)$/;

export function excelError(value: CellValue): string | null {
  return typeof value === 'string' && value.startsWith('#') && EXCEL_ERROR.test(value)
    ? value
    : null;
}

const excelFailure = <T>(code: string): Parsed<T> => fail('import.value.excelError', { code });

const CURRENCY_MARKS = /[$€£¥฿₺₹]|\b(?:USD|EUR|GBP|THB|TRY|TL|JPY|INR)\b|บาท/gi;

/** The decimal separator a column uses; null when its values never say. */
export type DecimalMark = '.' | ',' | null;

/**
 * Decides the decimal separator for a whole column: "12.5" or "1,234.56" say '.', "12,5" or
 * "1.234,56" say ','. "1.234" alone says nothing (it is 1234 with a thousands dot in Turkey and
 * 1.234 in the US), so the column's other values settle it.
 */
export function inferDecimalMark(values: Iterable<CellValue>): DecimalMark {
  let dot = 0;
  let comma = 0;
  for (const v of values) {
    if (typeof v !== 'string') continue;
    const s = v.replace(/[^\d.,]/g, '');
    const lastDot = s.lastIndexOf('.');
    const lastComma = s.lastIndexOf(',');
    if (lastDot >= 0 && lastComma >= 0) {
      if (lastDot > lastComma) dot++;
      else comma++;
    } else if (lastDot >= 0 && s.indexOf('.') === lastDot && s.length - lastDot - 1 !== 3) dot++;
    else if (lastComma >= 0 && s.indexOf(',') === lastComma && s.length - lastComma - 1 !== 3)
      comma++;
  }
  if (dot === comma) return null;
  return dot > comma ? '.' : ',';
}

/**
 * Reads a number the way people type it: "1,234.56", "1.234,56", "1 234", "$1,200", "12%",
 * "(300)" for negatives. A lone separator followed by exactly three digits is a thousands
 * separator unless the column's decimal mark says otherwise.
 */
export function parseNumber(value: CellValue, decimal: DecimalMark = null): Parsed<number> {
  if (value === null) return MISSING;
  if (typeof value === 'number')
    return Number.isFinite(value)
      ? ok(value)
      : fail('import.value.notNumber', { value: String(value) });
  if (typeof value === 'boolean' || value instanceof Date)
    return fail('import.value.expectedNumber');
  if (isBlank(value)) return MISSING;
  const code = excelError(value);
  if (code) return excelFailure(code);
  let s = value
    .trim()
    .replace(CURRENCY_MARKS, '')
    .replace(/[\s\u00a0\u202f']/g, '');
  let negative = false;
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1);
  }
  const percent = s.endsWith('%');
  if (percent) s = s.slice(0, -1);
  if (s.startsWith('%')) return fail('import.value.notNumber', { value });
  if (s.startsWith('-') || s.startsWith('\u2212')) {
    negative = !negative;
    s = s.slice(1);
  } else if (s.startsWith('+')) s = s.slice(1);
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return fail('import.value.notNumber', { value });
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  let normalized: string;
  if (lastDot >= 0 && lastComma >= 0) {
    const mark = lastDot > lastComma ? '.' : ',';
    const thousands = mark === '.' ? ',' : '.';
    if (s.indexOf(mark) !== s.lastIndexOf(mark)) return fail('import.value.notNumber', { value });
    normalized = s.split(thousands).join('').replace(mark, '.');
  } else {
    const sep = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : null;
    if (sep === null) normalized = s;
    else {
      const parts = s.split(sep);
      const groupsOfThree =
        parts.length > 1 && parts.slice(1).every((p) => p.length === 3) && parts[0]!.length > 0;
      if (parts.length > 2 && !groupsOfThree) return fail('import.value.notNumber', { value });
      const isThousands =
        parts.length > 2 ||
        (groupsOfThree && (decimal === null ? parts[0] !== '0' : decimal !== sep));
      normalized = isThousands ? parts.join('') : parts.join('.');
    }
  }
  const n = Number(normalized);
  if (!Number.isFinite(n)) return fail('import.value.notNumber', { value });
  const signed = negative ? -n : n;
  return ok(percent ? signed / 100 : signed);
}

const TRUE_WORDS = new Set([
  'true',
  'yes',
  'y',
  '1',
  'x',
  't',
  'on',
  '✓',
  '✔',
  'ใช่',
  'จริง',
  'มี',
  'evet',
  'doğru',
  'dogru',
  'var',
  'açık',
]);
const FALSE_WORDS = new Set([
  'false',
  'no',
  'n',
  '0',
  'f',
  'off',
  'ไม่',
  'ไม่ใช่',
  'เท็จ',
  'ไม่มี',
  'hayır',
  'hayir',
  'yanlış',
  'yanlis',
  'yok',
  'kapalı',
]);

export function parseBoolean(value: CellValue): Parsed<boolean> {
  if (value === null) return MISSING;
  if (typeof value === 'boolean') return ok(value);
  if (typeof value === 'number')
    return value === 1
      ? ok(true)
      : value === 0
        ? ok(false)
        : fail('import.value.notYesNo', { value: String(value) });
  if (value instanceof Date) return fail('import.value.expectedYesNo');
  if (isBlank(value)) return MISSING;
  const code = excelError(value);
  if (code) return excelFailure(code);
  const trimmed = value.trim();
  const word = trimmed.toLocaleLowerCase('tr');
  const plain = trimmed.toLowerCase();
  if (TRUE_WORDS.has(word) || TRUE_WORDS.has(plain)) return ok(true);
  if (FALSE_WORDS.has(word) || FALSE_WORDS.has(plain)) return ok(false);
  return fail('import.value.notYesNo', { value: trimmed });
}

export type DateOrder = 'DMY' | 'MDY';

const DAY_MS = 86_400_000;
const EXCEL_EPOCH_1900 = Date.UTC(1899, 11, 30);
const EXCEL_EPOCH_1904 = Date.UTC(1904, 0, 1);

function isoFromParts(y: number, m: number, d: number): string | null {
  // Thai Buddhist-era years run 543 ahead (2567 = 2024); two-digit years are this century.
  const year = y > 2400 ? y - 543 : y < 100 ? 2000 + y : y;
  if (year < 1900 || year > 2200) return null;
  const t = Date.UTC(year, m - 1, d);
  const date = new Date(t);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    return null;
  return date.toISOString().slice(0, 10);
}

const TEXT_DATE = /^(\d{1,4})[/.\-](\d{1,2})[/.\-](\d{1,4})(?:[ T].*)?$/;

const MONTHS: readonly (readonly string[])[] = [
  ['jan', 'january', 'ocak', 'oca', 'มกราคม', 'ม.ค.', 'มค'],
  ['feb', 'february', 'şubat', 'şub', 'sub', 'subat', 'กุมภาพันธ์', 'ก.พ.', 'กพ'],
  ['mar', 'march', 'mart', 'มีนาคม', 'มี.ค.', 'มีค'],
  ['apr', 'april', 'nisan', 'nis', 'เมษายน', 'เม.ย.', 'เมย'],
  ['may', 'mayıs', 'mayis', 'พฤษภาคม', 'พ.ค.', 'พค'],
  ['jun', 'june', 'haziran', 'haz', 'มิถุนายน', 'มิ.ย.', 'มิย'],
  ['jul', 'july', 'temmuz', 'tem', 'กรกฎาคม', 'ก.ค.', 'กค'],
  ['aug', 'august', 'ağustos', 'ağu', 'agu', 'agustos', 'สิงหาคม', 'ส.ค.', 'สค'],
  ['sep', 'sept', 'september', 'eylül', 'eyl', 'eylul', 'กันยายน', 'ก.ย.', 'กย'],
  ['oct', 'october', 'ekim', 'eki', 'ตุลาคม', 'ต.ค.', 'ตค'],
  ['nov', 'november', 'kasım', 'kas', 'kasim', 'พฤศจิกายน', 'พ.ย.', 'พย'],
  ['dec', 'december', 'aralık', 'ara', 'aralik', 'ธันวาคม', 'ธ.ค.', 'ธค'],
];
const MONTH_OF = new Map(MONTHS.flatMap((names, i) => names.map((n) => [n, i + 1] as const)));

/** "5 Jan 2024", "Jan 5, 2024", "5 Ocak 2024", "5 มกราคม 2567": the month's name settles the order. */
function namedMonthDate(s: string): string | null {
  const parts = s
    .toLocaleLowerCase('tr')
    .replace(/,/g, ' ')
    .split(/[\s\-/]+/)
    .filter(Boolean);
  if (parts.length !== 3) return null;
  const monthAt = parts.findIndex((p) => MONTH_OF.has(p) || MONTH_OF.has(p.replace(/\.$/, '')));
  if (monthAt < 0) return null;
  const month = MONTH_OF.get(parts[monthAt]!) ?? MONTH_OF.get(parts[monthAt]!.replace(/\.$/, ''))!;
  const rest = parts.filter((_, i) => i !== monthAt).map(Number);
  if (rest.some((n) => !Number.isInteger(n))) return null;
  const [a, b] = rest as [number, number];
  return a > 31 ? isoFromParts(a, month, b) : isoFromParts(b, month, a);
}

export interface DateOrderEvidence {
  order: DateOrder | null;
  /** Some values only fit D/M/Y and others only M/D/Y. */
  conflicting: boolean;
  /** Values written day/month or month/day (not ISO), which need an order at all. */
  needsOrder: boolean;
}

/**
 * Decides D/M/Y versus M/D/Y for a whole column from its values: one value with a first part
 * over 12 settles D/M/Y, one with a second part over 12 settles M/D/Y. An order of null with
 * `needsOrder` means every value fits both, and the user must be asked.
 */
export function inferDateOrder(values: Iterable<CellValue>): DateOrderEvidence {
  let dmy = false;
  let mdy = false;
  let needsOrder = false;
  for (const v of values) {
    if (typeof v !== 'string') continue;
    const m = TEXT_DATE.exec(v.trim());
    if (!m || m[1]!.length === 4) continue;
    needsOrder = true;
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (a > 12 && b <= 12) dmy = true;
    if (b > 12 && a <= 12) mdy = true;
    if (dmy && mdy) break;
  }
  if (dmy && mdy) return { order: null, conflicting: true, needsOrder };
  return { order: dmy ? 'DMY' : mdy ? 'MDY' : null, conflicting: false, needsOrder };
}

// Big sheets repeat a few hundred distinct days; formatting each once saves a Date per cell.
const serialCache = [new Map<number, string>(), new Map<number, string>()] as const;

/** An Excel serial day number as an ISO date, in the workbook's date system. */
export function excelSerialToIso(serial: number, date1904 = false): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return null;
  const day = Math.floor(serial);
  const cache = serialCache[date1904 ? 1 : 0];
  let iso = cache.get(day);
  if (iso === undefined) {
    const epoch = date1904 ? EXCEL_EPOCH_1904 : EXCEL_EPOCH_1900;
    iso = new Date(epoch + day * DAY_MS).toISOString().slice(0, 10);
    if (cache.size < 100_000) cache.set(day, iso);
  }
  return iso;
}

// The workbook reader shares one Date per distinct day among its cells: each is formatted once.
const isoOfDate = new WeakMap<Date, string>();

export function parseDate(value: CellValue, order: DateOrder, date1904 = false): Parsed<string> {
  if (value === null) return MISSING;
  if (value instanceof Date) {
    // exceljs reads date cells as UTC midnight; a time of day belongs to the same calendar date.
    if (Number.isNaN(value.getTime())) return fail('import.value.expectedDate');
    let iso = isoOfDate.get(value);
    if (iso === undefined) {
      iso = value.toISOString().slice(0, 10);
      isoOfDate.set(value, iso);
    }
    return ok(iso);
  }
  if (typeof value === 'number') {
    // An Excel serial day number that reached us without a date format (or from the stream reader).
    const iso = excelSerialToIso(value, date1904);
    return iso ? ok(iso) : fail('import.value.notDate', { value: String(value) });
  }
  if (typeof value === 'boolean') return fail('import.value.expectedDate');
  if (isBlank(value)) return MISSING;
  const code = excelError(value);
  if (code) return excelFailure(code);
  const s = value.trim();
  const m = TEXT_DATE.exec(s);
  if (!m) {
    if (/^\d{5}(?:\.\d+)?$/.test(s)) {
      const iso = excelSerialToIso(Number(s), date1904);
      if (iso) return ok(iso);
    }
    const named = namedMonthDate(s);
    return named ? ok(named) : fail('import.value.notDate', { value: s });
  }
  const [a, b, c] = [Number(m[1]), Number(m[2]), Number(m[3])];
  let iso: string | null;
  if (m[1]!.length === 4) iso = isoFromParts(a, b, c);
  else if (m[3]!.length !== 4 && m[3]!.length !== 2) iso = null;
  else if (order === 'DMY') iso = isoFromParts(c, b, a);
  else iso = isoFromParts(c, a, b);
  if (iso) return ok(iso);
  if (m[1]!.length === 4) return fail('import.value.invalidDate', { value: s });
  return fail(order === 'DMY' ? 'import.value.invalidDateDMY' : 'import.value.invalidDateMDY', {
    value: s,
  });
}

export function parseText(value: CellValue): Parsed<string> {
  if (value === null) return MISSING;
  if (value instanceof Date) return ok(value.toISOString().slice(0, 10));
  if (typeof value === 'string') {
    const code = excelError(value);
    if (code) return excelFailure(code);
    const t = value.trim();
    return t === '' ? MISSING : ok(t);
  }
  return ok(String(value));
}

import type { CellValue } from '../read/cells';
import type { SheetRows } from '../read/sheet-rows';
import { isBlank } from '../read/cells';
import type { FieldDef } from '../check/kinds';
import { parseBoolean, parseDate, parseNumber } from '../check/values';

/** What a column's values look like, from a sample of its filled cells. */
export interface ColumnProfile {
  filled: number;
  numbers: number;
  integers: number;
  /** Date cells and text dates; plain numbers only in the range of Excel serial days of 1970-2100. */
  dates: number;
  booleans: number;
  /** Numbers from 0 to 10, the range of NPS, CSAT and effort answers. */
  scores: number;
  emails: number;
  distinct: number;
  /** Text with a letter and no digit, like names ("Acme Ltd"), not codes ("A-1001"). */
  words: number;
}

/** Filled cells looked at per column: enough to tell a type, cheap on a sheet 16,384 columns wide. */
const SAMPLE = 30;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/**
 * Text that may be a date, tested before the date parser (slow on text): digits split by
 * separators ("3/4/2024", "2024-04-03"), or a word of three letters or more beside a number
 * ("5 Jan 2024", "5 มกราคม 2567"). "A-1001" and "v12-345" are not.
 */
const MAYBE_DATE = /^\s*\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}|\d.*\p{L}{3}|\p{L}{3}.*\d/u;
/** Yes/no comes as true/false, 0/1 or a short word: longer text is not parsed as one. */
const MAYBE_BOOLEAN = (v: CellValue) =>
  typeof v === 'boolean' ||
  v === 0 ||
  v === 1 ||
  (typeof v === 'string' && v.length <= 16 && !/[2-9]/.test(v));
const SERIAL_1970 = 25_569;
const SERIAL_2100 = 73_051;

export function profileColumn(rows: SheetRows, col: number): ColumnProfile {
  const p: ColumnProfile = {
    filled: 0,
    numbers: 0,
    integers: 0,
    dates: 0,
    booleans: 0,
    scores: 0,
    emails: 0,
    distinct: 0,
    words: 0,
  };
  const seen = new Set<string>();
  for (let i = 0; i < rows.length && p.filled < SAMPLE; i++) {
    const v = rows.cell(i, col);
    if (isBlank(v)) continue;
    p.filled++;
    seen.add(String(v));
    const n = parseNumber(v);
    const isNumber = n.ok && n.value !== null;
    if (isNumber) {
      p.numbers++;
      if (Number.isInteger(n.value)) p.integers++;
      if (n.value! >= 0 && n.value! <= 10) p.scores++;
    }
    if (v instanceof Date) p.dates++;
    else if (typeof v === 'number') {
      if (v >= SERIAL_1970 && v <= SERIAL_2100) p.dates++;
    } else if (typeof v === 'string' && MAYBE_DATE.test(v)) {
      if (parseDate(v, 'DMY').ok || parseDate(v, 'MDY').ok) p.dates++;
    }
    if (MAYBE_BOOLEAN(v)) {
      const b = parseBoolean(v);
      if (b.ok && b.value !== null) p.booleans++;
    }
    if (typeof v === 'string') {
      if (EMAIL.test(v.trim())) p.emails++;
      if (/\p{L}/u.test(v) && !/\d/.test(v)) p.words++;
    }
  }
  p.distinct = seen.size;
  return p;
}

const SCORE_FIELDS = new Set(['nps', 'csat', 'ces', 'score', 'satisfaction']);
/** Fields whose values identify something: codes, not yes/no or dates. */
const ID_FIELDS = new Set(['id', 'accountId', 'subscriptionId', 'contactId', 'eventId', 'unitId']);

/**
 * How well a column's values fit a field, 0 to 1: dates for a date field, numbers for money,
 * 0-10 for an NPS answer, yes/no for a flag, addresses for an email. 1 when too few values to say.
 */
export function valueFit(profile: ColumnProfile | null, f: FieldDef): number {
  if (!profile || profile.filled < 3) return 1;
  const share = (n: number) => n / profile.filled;
  if (SCORE_FIELDS.has(f.id)) return share(profile.scores) * 0.5 + share(profile.numbers) * 0.5;
  if (f.id === 'email') return share(profile.emails);
  switch (f.type) {
    case 'date':
      return share(profile.dates);
    case 'number':
      return share(profile.numbers);
    case 'integer':
      return share(profile.integers);
    case 'boolean':
      return share(profile.booleans);
    default:
      break;
  }
  if (ID_FIELDS.has(f.id)) return 1 - 0.8 * Math.max(share(profile.booleans), share(profile.dates));
  if (f.id === 'name' || f.id === 'accountName')
    return (
      1 - 0.8 * Math.max(share(profile.numbers), share(profile.dates), share(profile.booleans))
    );
  return 1;
}

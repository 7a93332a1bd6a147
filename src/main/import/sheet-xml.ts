// The few SpreadsheetML shapes the importer reads, scanned with regular expressions instead of a
// general XML parser: an xlsx part is machine-written, entity-free apart from the five
// predefined ones and character references, and the scan is several times faster than building
// exceljs's row objects, which dominated the time of a large import.
import type { CellValue } from './cells';
import { damage } from './refusal';

/** Excel's last column (XFD); a reference beyond it means the file is damaged. */
export const MAX_COLUMNS = 16_384;

const ENTITY = /&(?:#(\d+)|#x([0-9a-fA-F]+)|(lt|gt|amp|quot|apos));/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, dec?: string, hex?: string, name?: string) => {
    if (name) return NAMED[name]!;
    const code = dec ? Number(dec) : parseInt(hex!, 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

const ATTRIBUTES = new Map<string, RegExp>();

function attr(attrs: string, name: string): string | undefined {
  let re = ATTRIBUTES.get(name);
  if (!re) {
    re = new RegExp(`(?:^|\\s)${name}=(?:"([^"]*)"|'([^']*)')`);
    ATTRIBUTES.set(name, re);
  }
  const m = re.exec(attrs);
  return m ? decodeXml(m[1] ?? m[2] ?? '') : undefined;
}

/** attr() for the hot path: the double-quoted form every writer uses, found without a regex. */
function cellAttr(attrs: string, name: string): string | undefined {
  const at = attrs.indexOf(` ${name}="`);
  if (at < 0) return attrs.includes(`${name}=`) ? attr(attrs, name) : undefined;
  const start = at + name.length + 3;
  return decodeXml(attrs.slice(start, attrs.indexOf('"', start)));
}

const PHONETIC = /<rPh\b[\s\S]*?<\/rPh>/g;
const TEXT_RUN = /<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g;

/** The visible text of a string item (<si> or <is>): its runs joined, phonetic guides left out. */
function runText(inner: string): string {
  const body = inner.includes('<rPh') ? inner.replace(PHONETIC, '') : inner;
  let text = '';
  for (const m of body.matchAll(TEXT_RUN)) text += m[1]!;
  return decodeXml(text);
}

export function parseSharedStrings(xml: string): string[] {
  const strings: string[] = [];
  for (const m of xml.matchAll(/<si\b[^>]*?(?:\/>|>([\s\S]*?)<\/si>)/g)) {
    strings.push(m[1] === undefined ? '' : runText(m[1]));
  }
  return strings;
}

export interface WorkbookSheet {
  name: string;
  /** The zip part holding the sheet's XML. */
  part: string;
}

/** The worksheets in the order the user sees them, and the workbook's date system. */
export function parseWorkbook(
  workbookXml: string,
  relsXml: string,
): { sheets: WorkbookSheet[]; date1904: boolean } {
  const targets = new Map<string, string>();
  for (const m of relsXml.matchAll(/<Relationship\b([^>]*?)\/?>/g)) {
    const type = attr(m[1]!, 'Type') ?? '';
    const id = attr(m[1]!, 'Id');
    const target = attr(m[1]!, 'Target');
    if (id && target && type.endsWith('/worksheet')) targets.set(id, partPath(target));
  }
  const sheets: WorkbookSheet[] = [];
  for (const m of workbookXml.matchAll(/<(?:\w+:)?sheet\b([^>]*?)\/?>/g)) {
    const rel = /(?:^|\s)[\w.-]+:id=(?:"([^"]*)"|'([^']*)')/.exec(m[1]!);
    const part = rel ? targets.get(rel[1] ?? rel[2] ?? '') : undefined;
    if (part) sheets.push({ name: attr(m[1]!, 'name') ?? `Sheet${sheets.length + 1}`, part });
  }
  const pr = /<(?:\w+:)?workbookPr\b([^>]*)>/.exec(workbookXml);
  const d1904 = pr ? attr(pr[1]!, 'date1904') : undefined;
  return { sheets, date1904: d1904 === '1' || d1904 === 'true' };
}

/** A relationship target, relative to xl/ unless absolute, as a zip part name. */
function partPath(target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : `xl/${target}`)
    .replace(/\\/g, '/')
    .split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

function columnNumber(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code >= 65 && code <= 90) col = col * 26 + (code - 64);
    else if (code >= 97 && code <= 122) col = col * 26 + (code - 96);
    else break;
  }
  return col;
}

const ROW = /<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g;
const CELL = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
const VALUE = /<v(?:\s[^>]*)?>([\s\S]*?)<\/v>/;
const INLINE = /<is>([\s\S]*?)<\/is>/;

function cellValue(type: string | undefined, inner: string, shared: readonly string[]): CellValue {
  if (type === 'inlineStr') {
    const is = INLINE.exec(inner);
    return is ? runText(is[1]!) : null;
  }
  const v = VALUE.exec(inner);
  // A formula without a cached result: the program that wrote it never calculated it.
  if (!v) return null;
  const raw = v[1]!;
  switch (type) {
    case 's':
      return shared[Number(raw)] ?? null;
    case 'str':
    case 'e':
      return decodeXml(raw);
    case 'b':
      return raw === '1' || raw === 'true';
    case 'd': {
      const date = new Date(raw);
      return Number.isNaN(date.getTime()) ? decodeXml(raw) : date;
    }
    default: {
      if (raw.trim() === '') return null;
      const n = Number(raw);
      return Number.isNaN(n) ? decodeXml(raw) : n;
    }
  }
}

export interface ScannedRow {
  /** 1-based, as the user sees it in Excel. */
  number: number;
  cells: CellValue[];
}

/**
 * Turns a run of complete <row> elements into plain cell values. Rows without a number follow
 * the previous one; cells without a reference follow the previous cell.
 */
export function scanRows(
  xml: string,
  shared: readonly string[],
  previousRow: number,
  visit: (row: ScannedRow) => void,
): number {
  let last = previousRow;
  for (const m of xml.matchAll(ROW)) {
    const r = attr(m[1]!, 'r');
    const number = r ? Number(r) : last + 1;
    if (!Number.isInteger(number) || number <= last) {
      throw damage('import.reason.rowOrder', { row: r ?? '?' });
    }
    last = number;
    const cells: CellValue[] = [];
    if (m[2]) {
      let col = 0;
      for (const c of m[2].matchAll(CELL)) {
        const attrs = c[1]!;
        const ref = cellAttr(attrs, 'r');
        col = ref ? columnNumber(ref) : col + 1;
        if (col < 1 || col > MAX_COLUMNS)
          throw damage('import.reason.cellRange', { cell: ref ?? '?' });
        const value = c[2] === undefined ? null : cellValue(cellAttr(attrs, 't'), c[2], shared);
        while (cells.length < col - 1) cells.push(null);
        cells[col - 1] = value;
      }
    }
    visit({ number, cells });
  }
  return last;
}

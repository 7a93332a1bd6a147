import type { PackageParts } from './package';
import type { ScanOptions } from './part-scan';
import { scanPart } from './part-scan';
import { attr } from './xml-text';

const MAX_STYLES = 1_000_000;

/** Excel's built-in number formats that show dates or times (27-36 and 50-58 in East Asian locales). */
function builtInDate(id: number): boolean {
  return (
    (id >= 14 && id <= 22) ||
    (id >= 27 && id <= 36) ||
    (id >= 45 && id <= 47) ||
    (id >= 50 && id <= 58)
  );
}

/**
 * Whether a custom format code shows a date or time: a day, month, year, hour or second
 * placeholder (or the Buddhist year "b") outside quoted text, escapes and [colour/locale] tags.
 */
export function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/\[[^\]]*]/g, '')
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/_./g, '')
    .replace(/\*./g, '');
  return /[ymdhsb]/i.test(bare.replace(/General/gi, '').replace(/E[+-]/g, ''));
}

/**
 * For each cell style (the s="" of a cell), whether it shows a date: such cells become dates,
 * as Excel shows them, instead of day counts.
 */
export async function readDateStyles(
  parts: PackageParts,
  part: string | null,
  options: ScanOptions,
): Promise<Uint8Array> {
  const entry = part ? parts.get(part) : undefined;
  if (!entry) return new Uint8Array(0);
  const custom = new Map<number, boolean>();
  const xfs: number[] = [];
  let inCellXfs = false;
  await scanPart(
    parts.filePath,
    entry,
    {
      wantsText: false,
      open(name, attrs, empty) {
        // Excel allows 64,000 styles; a file declaring millions is not read further.
        if (xfs.length >= MAX_STYLES || custom.size >= MAX_STYLES) return;
        if (name === 'numFmt') {
          const id = Number(attr(attrs, 'numFmtId'));
          const code = attr(attrs, 'formatCode') ?? '';
          if (Number.isInteger(id)) custom.set(id, isDateFormat(code));
        } else if (name === 'cellXfs') {
          inCellXfs = !empty;
        } else if (name === 'xf' && inCellXfs) {
          xfs.push(Number(attr(attrs, 'numFmtId') ?? 0));
        }
      },
      close(name) {
        if (name === 'cellXfs') inCellXfs = false;
      },
      text() {},
    },
    options,
  );
  const dates = new Uint8Array(xfs.length);
  xfs.forEach((id, i) => {
    dates[i] = (custom.get(id) ?? builtInDate(id)) ? 1 : 0;
  });
  return dates;
}

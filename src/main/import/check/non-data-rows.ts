import type { ImportMessage } from '../../../shared/ipc/contract';
import type { CellValue } from '../read/cells';
import type { SheetRows } from '../read/sheet-rows';
import { cellText, isBlank } from '../read/cells';
import type { FieldDef } from './kinds';
import { message } from './messages';

/**
 * Rows inside a sheet's data that are not records: totals and subtotals, a repeat of the header
 * (a printed report's page break), page headings, notes and footers under the data. Exports and
 * hand-kept lists carry them; imported, a note becomes an account named "หมายเหตุ: ..." and a
 * total an account worth the whole book. Each is recognised from the row alone plus what the
 * column's other keys look like, and skipped with its reason, not counted as a problem.
 */

// "Total", "Totals:", "Grand total", "Subtotal", "Toplam", "Ara toplam", "Genel toplam", "รวม",
// "ยอดรวม": the word alone or followed by a label ("Total ARR"), never part of a longer word
// ("TotalEnergies"). Thai has no spaces between words, so its words match as prefixes.
// Tested on the cell's text as written, case-insensitively: no per-row lower-casing.
const TOTAL =
  /^(?:(?:grand\s+|sub-?\s?)?totals?|sum|toplam|ara\s?toplam|genel\s?toplam|toplamlar)(?![\p{L}\p{N}])|^(?:ยอดรวม|รวมทั้งสิ้น|รวมทั้งหมด|ผลรวม|รวม)/iu;
const NOTE =
  /^(?:notes?|not|nota|notlar|a[çc][ıi]klama|kaynak|source|remarks?|comments?|disclaimer|หมายเหตุ|ที่มา|ข้อสังเกต)\s*[:：]|^[*※†]/iu;
const PAGE = /^(?:page|sayfa|หน้า(?:ที่)?)\s*\d+(?:\s*(?:of|\/|จาก)\s*\d+)?\s*$/iu;

export type NonDataReason = 'total' | 'header' | 'note' | 'page' | 'notData';

interface MappedColumn {
  def: FieldDef;
  col: number;
}

export interface NonDataRows {
  /** Why `cells` is not a record, or null when it is one; `afterBlank` when a blank row is above it. */
  reasonOf(cells: readonly CellValue[], afterBlank: boolean): ImportMessage | null;
}

const plain = (value: CellValue) =>
  cellText(value).trim().toLocaleLowerCase('tr').replace(/\s+/g, ' ');

/** A key's look: runs of letters, digits and spaces collapsed ("ACC-0001" and "ACC-17" -> "a-9"). */
function shapeOf(value: CellValue): string {
  return cellText(value)
    .trim()
    .replace(/[\p{L}\p{M}]+/gu, 'a')
    .replace(/\p{N}+/gu, '9')
    .replace(/\s+/g, ' ');
}

/** The mapped columns `cells` fills (asked only of the rare row that may be no record). */
const filledOf = (mapped: readonly MappedColumn[], cells: readonly CellValue[]) =>
  mapped.filter((m) => !isBlank(cells[m.col] ?? null));

export function nonDataRows(
  rows: SheetRows,
  headers: readonly string[],
  mapped: readonly MappedColumn[],
  keyField: string | null,
): NonDataRows {
  const key = mapped.find((m) => m.def.id === keyField) ?? mapped.find((m) => m.def.required);
  // How many keys have each look: a key of a look no other key has stands out. Counted the first
  // time a row needs it: most sheets have no row that asks.
  let shapes: Map<string, number> | null = null;
  let keys = 0;
  const keyShapes = () => {
    const counts = new Map<string, number>();
    if (!key) return counts;
    for (let r = 0; r < rows.length; r++) {
      const v = rows.cell(r, key.col);
      if (isBlank(v)) continue;
      keys++;
      const s = shapeOf(v);
      counts.set(s, (counts.get(s) ?? 0) + 1);
    }
    return counts;
  };
  const headerText = mapped.map((m) => plain(headers[m.col] ?? ''));
  // A cell can only repeat its header when it is text of about the header's length that starts
  // with the same letter: checked first, as lower-casing every cell would cost more than the rest.
  const isHeader = (v: CellValue, i: number) => {
    const h = headerText[i]!;
    if (typeof v !== 'string' || v.length < h.length || v.length > h.length + 20) return false;
    const c = v.trimStart().charAt(0);
    const lower = c === 'I' || c === 'İ' ? c.toLocaleLowerCase('tr') : c.toLowerCase();
    if (lower !== h.charAt(0) && c.toLowerCase() !== h.charAt(0)) return false;
    return plain(v) === h;
  };
  const unlikeOtherKeys = (v: CellValue) => {
    if (typeof v !== 'string') return false;
    if (!shapes) shapes = keyShapes();
    return keys >= 3 && (shapes.get(shapeOf(v)) ?? 0) <= 1;
  };

  return {
    // Runs for every row: an ordinary one is let go without an array or a closure made for it.
    reasonOf(cells, afterBlank) {
      let filledCount = 0;
      let sameAsHeader = 0;
      for (let i = 0; i < mapped.length; i++) {
        const v = cells[mapped[i]!.col] ?? null;
        if (isBlank(v)) continue;
        filledCount++;
        if (isHeader(v, i)) sameAsHeader++;
      }
      if (filledCount === 0) return null;
      // A repeat of the header: most filled cells say their column's header.
      if (sameAsHeader >= Math.min(2, mapped.length) && sameAsHeader * 2 >= filledCount)
        return message('import.skip.header');
      let firstAt = 0;
      while (firstAt < cells.length && isBlank(cells[firstAt] ?? null)) firstAt++;
      const first = cells[firstAt] ?? null;
      const firstText = typeof first === 'string' ? first.trim() : '';
      // A total names itself and holds only sums: no other text, date or yes/no beside it.
      if (
        TOTAL.test(firstText) &&
        filledOf(mapped, cells).every(
          (m) => m.col === firstAt || m.def.type === 'number' || m.def.type === 'integer',
        )
      )
        return message('import.skip.total', { value: cellText(first).trim() });
      // What is left is a lone cell or a note under a blank row: an ordinary row stops here.
      if (filledCount > 1 && !afterBlank) return null;
      const onlyCell = cells.every((c, i) => i === firstAt || isBlank(c ?? null));
      if (onlyCell && PAGE.test(firstText)) return message('import.skip.page');
      const keyValue = key ? (cells[key.col] ?? null) : null;
      const keyBlankOrOdd = () =>
        key === undefined || isBlank(keyValue) || unlikeOtherKeys(keyValue);
      if ((afterBlank || onlyCell) && NOTE.test(firstText) && keyBlankOrOdd())
        return message('import.skip.note', { value: cellText(first).trim() });
      if (afterBlank && onlyCell && firstText !== '' && keyBlankOrOdd())
        return message('import.skip.note', { value: cellText(first).trim() });
      // Text in the key column unlike every other key, and nothing else in the row.
      if (
        key &&
        filledOf(mapped, cells).every((m) => m.col === key.col) &&
        unlikeOtherKeys(keyValue)
      )
        return message('import.skip.notData', {
          value: cellText(keyValue).trim(),
          field: { field: key.def.id },
        });
      return null;
    },
  };
}

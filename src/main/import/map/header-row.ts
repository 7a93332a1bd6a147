import type { CellValue } from '../read/cells';
import { isBlank } from '../read/cells';
import { parseBoolean, parseDate, parseNumber } from '../check/values';
import { readHeader } from './header-match';

const SCAN_ROWS = 30;
/** Cells of a row looked at: a header row shows itself in its first columns, however wide. */
const SCAN_CELLS = 512;
/** Longer text is a title or a note, not a column's name; it is not looked up. */
const MAX_HEADER_LENGTH = 80;
const HAS_LETTER = /\p{L}/u;

/** A cell that reads as a value (a number, a date, yes/no), as text files give every value. */
function isValue(cell: CellValue): boolean {
  if (typeof cell !== 'string') return true;
  const parsed = [parseNumber(cell), parseBoolean(cell), parseDate(cell, 'DMY')];
  return parsed.some((p) => p.ok && p.value !== null);
}

function namesAField(cell: CellValue): boolean {
  if (typeof cell !== 'string' || cell.length > MAX_HEADER_LENGTH || !HAS_LETTER.test(cell))
    return false;
  return readHeader(cell).matches.some((m) => m.quality >= 0.6);
}

/**
 * The header is often not row 1: exports put titles, dates and notes above it (a title merged
 * over the first row fills one cell). The header is the row among the first 30 whose cells best
 * name known fields; text-only rows win ties.
 */
export function detectHeaderRow(rows: readonly CellValue[][]): number {
  let best = -1;
  let bestScore = -Infinity;
  rows.slice(0, SCAN_ROWS).forEach((row, index) => {
    let filled = 0;
    let texts = 0;
    let known = 0;
    for (const c of row) {
      if (isBlank(c)) continue;
      if (++filled > SCAN_CELLS) break;
      if (isValue(c)) continue;
      texts++;
      if (namesAField(c)) known++;
    }
    filled = Math.min(filled, SCAN_CELLS);
    if (filled < 2) return;
    const score = known * 3 + texts - (filled - texts) * 2;
    if (score > bestScore) {
      bestScore = score;
      best = index;
    }
  });
  return best;
}

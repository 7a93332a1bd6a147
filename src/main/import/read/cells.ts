import type { TextEncodingInfo } from '../../../shared/ipc/contract/csv-messages';
import type { SheetRows } from './sheet-rows';

/** A cell as the importer sees it, whatever file it came from. */
export type CellValue = string | number | boolean | Date | null;

export interface RawSheet {
  fileName: string;
  sheetName: string;
  rows: SheetRows;
  /** How a delimited-text file was decoded; absent for workbooks. */
  textEncoding?: TextEncodingInfo;
}

export function isBlank(value: CellValue): boolean {
  return value === null || (typeof value === 'string' && value.trim() === '');
}

export function cellText(value: CellValue): string {
  if (value === null) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

/** A cell a reader kept out because it is longer than Excel allows (its column, 1-based). */
export interface OverLongCell {
  column: number;
}

/** A column's letters as a spreadsheet names it: 1 -> A, 27 -> AA, 16384 -> XFD. */
export function columnLetters(column: number): string {
  let name = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

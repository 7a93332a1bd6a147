import type { TextEncodingInfo } from '../../shared/ipc/contract/csv-messages';

/** A cell as the importer sees it, whatever file it came from. */
export type CellValue = string | number | boolean | Date | null;

export interface RawSheet {
  fileName: string;
  sheetName: string;
  rows: CellValue[][];
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

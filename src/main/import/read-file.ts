import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/ipc/result';
import type { RawSheet } from './cells';
import { decodeText, parseCsv } from './read-csv';
import { readXlsx } from './read-xlsx';

export const MAX_FILE_BYTES = 200 * 1024 * 1024;

export interface ReadWorkbook {
  fileName: string;
  sheets: RawSheet[];
  date1904: boolean;
}

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/**
 * Reads a spreadsheet file into sheets of plain cell values, or refuses it with a message the
 * user can act on. Nothing here touches the workspace.
 */
export async function readWorkbookFile(filePath: string): Promise<ReadWorkbook> {
  const fileName = path.basename(filePath);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(filePath);
  } catch {
    throw new AppError('NOT_FOUND', `${fileName}: the file does not exist or cannot be read.`);
  }
  if (!stat.isFile()) throw new AppError('FILE_REFUSED', `${fileName} is not a file.`);
  if (stat.size > MAX_FILE_BYTES) {
    throw new AppError('FILE_REFUSED', `${fileName} is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB; split it into smaller files.`);
  }
  if (stat.size === 0) throw new AppError('FILE_REFUSED', `${fileName} is empty.`);
  const bytes = fs.readFileSync(filePath);
  const ext = path.extname(fileName).toLowerCase();

  if (startsWith(bytes, OLE_MAGIC) || ext === '.xls') {
    throw new AppError(
      'UNSUPPORTED_FILE',
      `${fileName} is an old Excel (.xls) or password-protected workbook, which QBR Studio cannot read. Open it in Excel or LibreOffice, remove any password, and save it as .xlsx or .csv.`,
    );
  }
  if (startsWith(bytes, ZIP_MAGIC)) {
    try {
      const { sheets, date1904 } = await readXlsx(bytes);
      return { fileName, date1904, sheets: sheets.map((s) => ({ fileName, sheetName: s.sheetName, rows: s.rows })) };
    } catch (err) {
      throw new AppError('FILE_REFUSED', `${fileName} could not be read as an .xlsx workbook (${(err as Error).message}).`);
    }
  }
  if (ext === '.xlsx' || ext === '.xlsm') {
    throw new AppError('FILE_REFUSED', `${fileName} is not a valid .xlsx workbook (the file is damaged or mislabelled).`);
  }
  const text = decodeText(bytes);
  if (text.includes('\u0000')) {
    throw new AppError('UNSUPPORTED_FILE', `${fileName} is not a spreadsheet: QBR Studio reads .xlsx and .csv files.`);
  }
  const sheetName = path.basename(fileName, ext);
  return { fileName, date1904: false, sheets: [{ fileName, sheetName, rows: parseCsv(text) }] };
}

import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/ipc/result';
import type { RawSheet } from './cells';
import type { ReadProgress } from './progress';
import { readCsvFile } from './read-csv';
import { readXlsx } from './read-xlsx';
import { readXlsxStream } from './read-xlsx-stream';
import { readZipDirectory, zipBombReason } from './zip-guard';

export const MAX_FILE_BYTES = 200 * 1024 * 1024;
/** Above this size a workbook is read with the streaming reader instead of the full model. */
export const STREAM_XLSX_FROM_BYTES = 4 * 1024 * 1024;

export interface ReadWorkbook {
  fileName: string;
  sheets: RawSheet[];
  date1904: boolean;
}

export interface ReadOptions extends ReadProgress {
  /** Overrides STREAM_XLSX_FROM_BYTES (tests use 0 to stream small files). */
  streamFromBytes?: number;
}

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

const oldExcel = (fileName: string) =>
  new AppError(
    'UNSUPPORTED_FILE',
    `${fileName} is an old Excel (.xls) or password-protected workbook, which QBR Studio cannot read. Open it in Excel or LibreOffice, remove any password, and save it as .xlsx (or .csv).`,
  );

/**
 * Reads a spreadsheet file into sheets of plain cell values, or refuses it with a message the
 * user can act on. Nothing here touches the workspace.
 */
export async function readWorkbookFile(
  filePath: string,
  options: ReadOptions = {},
): Promise<ReadWorkbook> {
  const fileName = path.basename(filePath);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(filePath);
  } catch {
    throw new AppError('NOT_FOUND', `${fileName}: the file does not exist or cannot be read.`);
  }
  if (!stat.isFile()) throw new AppError('FILE_REFUSED', `${fileName} is not a file.`);
  if (stat.size > MAX_FILE_BYTES) {
    throw new AppError(
      'FILE_REFUSED',
      `${fileName} is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB; split it into smaller files.`,
    );
  }
  if (stat.size === 0) throw new AppError('FILE_REFUSED', `${fileName} is empty.`);
  const head = Buffer.alloc(8);
  const fd = fs.openSync(filePath, 'r');
  try {
    fs.readSync(fd, head, 0, 8, 0);
  } finally {
    fs.closeSync(fd);
  }
  const ext = path.extname(fileName).toLowerCase();

  if (startsWith(head, OLE_MAGIC) || ext === '.xls') throw oldExcel(fileName);
  if (startsWith(head, ZIP_MAGIC)) return readWorkbookZip(filePath, fileName, stat.size, options);
  if (ext === '.xlsx' || ext === '.xlsm') {
    throw new AppError(
      'FILE_REFUSED',
      `${fileName} is not a valid .xlsx workbook (the file is damaged or mislabelled).`,
    );
  }
  let rows;
  try {
    rows = readCsvFile(filePath, options);
  } catch (err) {
    if (err instanceof AppError && err.code !== 'CANCELLED')
      throw new AppError(err.code, `${fileName} is ${err.message}`);
    throw err;
  }
  const sheetName = path.basename(fileName, ext);
  return { fileName, date1904: false, sheets: [{ fileName, sheetName, rows }] };
}

async function readWorkbookZip(
  filePath: string,
  fileName: string,
  size: number,
  options: ReadOptions,
): Promise<ReadWorkbook> {
  let entries;
  try {
    entries = readZipDirectory(filePath);
  } catch (err) {
    throw new AppError(
      'FILE_REFUSED',
      `${fileName} could not be read as an .xlsx workbook: ${(err as Error).message}.`,
    );
  }
  const bomb = zipBombReason(entries);
  if (bomb) throw new AppError('FILE_REFUSED', `${fileName} was refused: ${bomb}.`);
  const names = new Set(entries.map((e) => e.name));
  if (names.has('EncryptedPackage')) throw oldExcel(fileName);
  if (!names.has('xl/workbook.xml')) {
    throw new AppError(
      'FILE_REFUSED',
      `${fileName} is a zip file but not an Excel workbook (.docx, .pptx or an archive?).`,
    );
  }
  const streamed = size >= (options.streamFromBytes ?? STREAM_XLSX_FROM_BYTES);
  try {
    const { sheets, date1904 } = streamed
      ? await readXlsxStream(filePath, entries, options)
      : await readXlsx(fs.readFileSync(filePath));
    return {
      fileName,
      date1904,
      sheets: sheets.map((s) => ({ fileName, sheetName: s.sheetName, rows: s.rows })),
    };
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError(
      'FILE_REFUSED',
      `${fileName} could not be read as an .xlsx workbook (${(err as Error).message}).`,
    );
  }
}

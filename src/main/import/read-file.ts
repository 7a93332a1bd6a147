import fs from 'node:fs';
import path from 'node:path';
import type { TextEncodingName } from '../../shared/ipc/contract/csv-messages';
import { AppError } from '../../shared/ipc/result';
import type { RawSheet } from './cells';
import { CellBudget } from './progress';
import type { ReadProgress } from './progress';
import { readCsvFile } from './read-csv';
import { readXlsx } from './read-xlsx';
import { readXlsxStream } from './read-xlsx-stream';
import { WorkbookDamage, refusal } from './refusal';
import { readZipDirectory, zipBombReason } from './zip-guard';

export const MAX_FILE_BYTES = 200 * 1024 * 1024;
/** Above this size a workbook is read with the streaming reader instead of the full model. */
export const STREAM_XLSX_FROM_BYTES = 4 * 1024 * 1024;
/** ... and so is a small file whose sheets inflate to more XML than this. */
const STREAM_XML_FROM_BYTES = 32 * 1024 * 1024;

export interface ReadWorkbook {
  fileName: string;
  sheets: RawSheet[];
  date1904: boolean;
}

export interface ReadOptions extends Omit<ReadProgress, 'onCells'> {
  /** Overrides the choice of reader (tests use 0 to stream small files, Infinity never to). */
  streamFromBytes?: number;
  /** Overrides the streaming reader's longest row (tests use a small one). */
  maxRowChars?: number;
  /** Shared by the files of one import; each file alone gets its own otherwise. */
  budget?: CellBudget;
  /** The encoding of delimited-text files, chosen by the user; detected when absent. */
  encoding?: TextEncodingName;
}

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

const oldExcel = (file: string) => refusal('UNSUPPORTED_FILE', 'import.file.oldExcel', { file });

/** A workbook that fails while being read: our readers say why, exceljs in its own words. */
const unreadable = (file: string, err: unknown) =>
  refusal('FILE_REFUSED', 'import.file.unreadable', {
    file,
    reason: err instanceof WorkbookDamage ? { message: err.reason } : (err as Error).message,
  });

/**
 * Reads a spreadsheet file into sheets of plain cell values, or refuses it with a message the
 * user can act on. Nothing here touches the workspace.
 */
export async function readWorkbookFile(
  filePath: string,
  options: ReadOptions = {},
): Promise<ReadWorkbook> {
  const fileName = path.basename(filePath);
  const file = { file: fileName };
  let stat: fs.Stats;
  try {
    stat = fs.statSync(filePath);
  } catch {
    throw refusal('NOT_FOUND', 'import.file.missing', file);
  }
  if (!stat.isFile()) throw refusal('FILE_REFUSED', 'import.file.notAFile', file);
  if (stat.size > MAX_FILE_BYTES) {
    const limit = { count: MAX_FILE_BYTES / 1024 / 1024 };
    throw refusal('FILE_REFUSED', 'import.file.tooLarge', { ...file, limit });
  }
  if (stat.size === 0) throw refusal('FILE_REFUSED', 'import.file.empty', file);
  const head = Buffer.alloc(8);
  const fd = fs.openSync(filePath, 'r');
  try {
    fs.readSync(fd, head, 0, 8, 0);
  } finally {
    fs.closeSync(fd);
  }
  const ext = path.extname(fileName).toLowerCase();
  const budget = options.budget ?? new CellBudget();
  const progress: ReadOptions & ReadProgress = {
    ...options,
    onCells: (cells) => budget.take(cells, fileName),
  };

  if (startsWith(head, OLE_MAGIC) || ext === '.xls') throw oldExcel(fileName);
  if (startsWith(head, ZIP_MAGIC)) return readWorkbookZip(filePath, fileName, stat.size, progress);
  if (ext === '.xlsx' || ext === '.xlsm')
    throw refusal('FILE_REFUSED', 'import.file.notXlsx', file);
  const { rows, encoding } = await readCsvFile(filePath, progress);
  const sheetName = path.basename(fileName, ext);
  return {
    fileName,
    date1904: false,
    sheets: [{ fileName, sheetName, rows, textEncoding: encoding }],
  };
}

async function readWorkbookZip(
  filePath: string,
  fileName: string,
  size: number,
  options: ReadOptions & ReadProgress,
): Promise<ReadWorkbook> {
  let entries;
  try {
    entries = readZipDirectory(filePath);
  } catch (err) {
    throw unreadable(fileName, err);
  }
  const bomb = zipBombReason(entries);
  if (bomb) {
    throw refusal('FILE_REFUSED', 'import.file.refused', {
      file: fileName,
      reason: { message: bomb },
    });
  }
  const names = new Set(entries.map((e) => e.name));
  if (names.has('EncryptedPackage')) throw oldExcel(fileName);
  if (!names.has('xl/workbook.xml'))
    throw refusal('FILE_REFUSED', 'import.file.notWorkbook', { file: fileName });
  const xml = entries
    .filter((e) => e.name.startsWith('xl/worksheets/') || e.name === 'xl/sharedStrings.xml')
    .reduce((n, e) => n + e.uncompressed, 0);
  const streamed =
    options.streamFromBytes === undefined
      ? size >= STREAM_XLSX_FROM_BYTES || xml >= STREAM_XML_FROM_BYTES
      : size >= options.streamFromBytes;
  try {
    const { sheets, date1904 } = streamed
      ? await readXlsxStream(filePath, entries, options)
      : await readXlsx(fs.readFileSync(filePath));
    if (!streamed) {
      options.onCells?.(sheets.reduce((n, s) => n + s.rows.reduce((m, r) => m + r.length, 0), 0));
    }
    return {
      fileName,
      date1904,
      sheets: sheets.map((s) => ({ fileName, sheetName: s.sheetName, rows: s.rows })),
    };
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw unreadable(fileName, err);
  }
}

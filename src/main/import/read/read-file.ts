import fs from 'node:fs';
import path from 'node:path';
import type { TextEncodingName } from '../../../shared/ipc/contract/csv-messages';
import { AppError } from '../../../shared/ipc/result';
import type { RawSheet } from './cells';
import { CellBudget } from '../progress';
import type { ReadProgress } from '../progress';
import { readCsvFile } from './read-csv';
import { otherFormatByName, otherFormatByParts, PackageParts } from './package';
import type { OtherFormat } from './package';
import { readXlsxPackage } from './xlsx';
import { WorkbookDamage, refusal } from './refusal';
import { message } from '../check/messages';
import { readZipDirectory, zipBombReason } from './zip-guard';

export const MAX_FILE_BYTES = 200 * 1024 * 1024;

export interface ReadWorkbook {
  fileName: string;
  sheets: RawSheet[];
  date1904: boolean;
}

export interface ReadOptions extends Omit<ReadProgress, 'onCells'> {
  /** Overrides the workbook reader's longest row (tests use a small one). */
  maxRowChars?: number;
  /** Overrides the workbook reader's cap on shared strings, in characters (tests use a small one). */
  maxSharedChars?: number;
  /** Shared by the files of one import; each file alone gets its own otherwise. */
  budget?: CellBudget;
  /** The encoding of delimited-text files, chosen by the user; detected when absent. */
  encoding?: TextEncodingName;
}

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

const oldExcel = (file: string) => refusal('UNSUPPORTED_FILE', 'import.file.oldExcel', { file });

/**
 * A workbook that fails while being read: the reader says why in the user's words. Anything
 * else (a fault of ours) still gets a sentence, never a JavaScript error's text.
 */
const unreadable = (file: string, err: unknown) =>
  refusal('FILE_REFUSED', 'import.file.unreadable', {
    file,
    reason: {
      message: err instanceof WorkbookDamage ? err.reason : message('import.reason.unexpected'),
    },
  });

/** .xlsb, .ods and .numbers: named, with how to save them as .xlsx. */
const otherFormat = (file: string, other: OtherFormat) =>
  refusal('UNSUPPORTED_FILE', 'import.file.otherFormat', { file, ...other });

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
  const ext = path.extname(fileName).toLowerCase();
  // A Numbers document saved as a package is a folder.
  if (stat.isDirectory() && otherFormatByName(ext))
    throw otherFormat(fileName, otherFormatByName(ext)!);
  if (!stat.isFile()) throw refusal('FILE_REFUSED', 'import.file.notAFile', file);
  if (stat.size > MAX_FILE_BYTES) {
    const limit = { count: MAX_FILE_BYTES / 1024 / 1024 };
    throw refusal('FILE_REFUSED', 'import.file.tooLarge', { ...file, limit });
  }
  if (stat.size === 0) throw refusal('FILE_REFUSED', 'import.file.empty', file);
  const head = Buffer.alloc(8);
  try {
    // Readable to stat but not to open (no permission, locked by another program).
    const fd = fs.openSync(filePath, 'r');
    try {
      fs.readSync(fd, head, 0, 8, 0);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    throw refusal('NOT_FOUND', 'import.file.missing', file);
  }
  const budget = options.budget ?? new CellBudget();
  const progress: ReadOptions & ReadProgress = {
    ...options,
    onCells: (cells) => budget.take(cells, fileName),
  };

  if (startsWith(head, OLE_MAGIC) || ext === '.xls') throw oldExcel(fileName);
  if (startsWith(head, ZIP_MAGIC)) return readWorkbookZip(filePath, fileName, ext, progress);
  if (otherFormatByName(ext)) throw otherFormat(fileName, otherFormatByName(ext)!);
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
  ext: string,
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
  if (entries.some((e) => e.name === 'EncryptedPackage')) throw oldExcel(fileName);
  let book;
  try {
    book = await readXlsxPackage(filePath, entries, options);
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw unreadable(fileName, err);
  }
  if (!book) {
    const other = otherFormatByParts(new PackageParts(filePath, entries)) ?? otherFormatByName(ext);
    if (other) throw otherFormat(fileName, other);
    throw refusal('FILE_REFUSED', 'import.file.notWorkbook', { file: fileName });
  }
  if (book.sheets.length === 0)
    throw refusal('FILE_REFUSED', 'import.file.noWorksheets', { file: fileName });
  return {
    fileName,
    date1904: book.date1904,
    sheets: book.sheets.map((s) => ({ fileName, sheetName: s.sheetName, rows: s.rows })),
  };
}

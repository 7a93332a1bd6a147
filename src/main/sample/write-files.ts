// Writes the sample book as the spreadsheets a CSM would have on disk (xlsx with real Excel dates,
// csv with ISO dates), each file atomically so a crash never leaves half a file behind.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { writeFileAtomic } from '../db/atomic-write';
import { toUtcDate } from '../../shared/domain/dates';
import type { SampleBook } from './generate';
import { sampleFileSpecs } from './sheets';
import type { CellKind, CellValue, FileSpec, Table } from './sheets';

const NUMBER_FORMATS: Readonly<Partial<Record<CellKind, string>>> = {
  date: 'yyyy-mm-dd',
  money: '#,##0',
};

function xlsxCell(kind: CellKind, value: CellValue): ExcelJS.CellValue {
  if (value === null) return null;
  return kind === 'date' && typeof value === 'string' ? toUtcDate(value) : value;
}

function addSheet(workbook: ExcelJS.Workbook, table: Table): void {
  const worksheet = workbook.addWorksheet(table.name);
  if (table.title) {
    worksheet.addRow([table.title]).font = { bold: true, size: 14 };
    worksheet.addRow([]);
  }
  worksheet.addRow([...table.headers]).font = { bold: true };
  for (const row of table.rows) {
    worksheet.addRow(row.map((value, index) => xlsxCell(table.kinds[index] ?? 'text', value)));
  }
  table.headers.forEach((header, index) => {
    const column = worksheet.getColumn(index + 1);
    column.width = Math.max(12, header.length + 2);
    const format = NUMBER_FORMATS[table.kinds[index] ?? 'text'];
    if (format) column.numFmt = format;
  });
}

async function xlsxBytes(file: FileSpec, book: SampleBook): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'QBR Studio sample generator';
  // Fixed metadata dates keep repeated runs identical apart from the zip container.
  workbook.created = toUtcDate(book.today);
  workbook.modified = toUtcDate(book.today);
  for (const table of file.tables) addSheet(workbook, table);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function csvField(value: CellValue): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvText(file: FileSpec): string {
  const [table] = file.tables;
  if (!table) return '';
  const lines = [table.headers.map(csvField).join(',')];
  for (const row of table.rows) lines.push(row.map(csvField).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** Writes every source file of the sample workspace into `outDir`; returns the paths written. */
export async function writeSampleFiles(book: SampleBook, outDir: string): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const written: string[] = [];
  for (const file of sampleFileSpecs(book)) {
    const path = join(outDir, file.fileName);
    const data = file.fileName.endsWith('.csv') ? csvText(file) : await xlsxBytes(file, book);
    writeFileAtomic(path, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
    written.push(path);
  }
  return written;
}

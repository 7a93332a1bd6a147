import fs from 'node:fs';
import path from 'node:path';
import type { DataKind } from '../../../shared/domain/kinds';
import type { Locale, RowError } from '../../../shared/ipc/contract';
import { translate } from '../../../shared/i18n';
import { renderImportMessage } from '../../../shared/i18n/import-message';
import { formulaSafe } from '../../export/formula-safe';
import { XlsxStreamWriter } from './xlsx-stream';

/** A sheet's problems to save: every one, however many, read as they are written. */
export interface ProblemSource {
  fileName: string;
  sheetName: string;
  kind: DataKind | null;
  problems: Iterable<RowError>;
}

/** Data rows per worksheet: Excel's 1,048,576 rows less the heading. */
const ROWS_PER_SHEET = 1_048_575;

/**
 * Writes an import's problems as an .xlsx the user can open, sort and fix their file from, every
 * problem of every sheet, worded in `locale` (headings and messages). The workbook is streamed to
 * disk row by row (write/xlsx-stream: exceljs's streaming writer took over three minutes for 2
 * million rows), so 2 million problems take no more memory than a few; past Excel's row limit
 * they continue on a second worksheet. Written beside `file` and
 * renamed over it at the end, so a failure leaves no half file. Returns the number of problems.
 */
export async function writeErrorWorkbook(
  file: string,
  sources: Iterable<ProblemSource>,
  locale: Locale = 'en',
): Promise<number> {
  const temp = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`,
  );
  let rows = 0;
  const book = new XlsxStreamWriter(temp, [
    { header: translate(locale, 'import.export.file'), width: 28 },
    { header: translate(locale, 'import.sheet'), width: 20 },
    { header: translate(locale, 'import.row'), width: 8 },
    { header: translate(locale, 'import.column'), width: 20 },
    { header: translate(locale, 'import.problem'), width: 80 },
  ]);
  try {
    const baseName = translate(locale, 'import.export.sheetName');
    let sheets = 1;
    await book.addSheet(baseName);
    for (const s of sources) {
      const fileName = formulaSafe(s.fileName);
      const sheetName = formulaSafe(s.sheetName);
      for (const e of s.problems) {
        if (book.rowsInSheet > ROWS_PER_SHEET) await book.addSheet(`${baseName} (${++sheets})`);
        const text = locale === 'en' ? e.message : renderImportMessage(locale, s.kind, e);
        await book.addRow([
          fileName,
          sheetName,
          e.row,
          formulaSafe(e.column ?? ''),
          formulaSafe(text),
        ]);
        rows++;
      }
    }
    await book.finish();
    fs.renameSync(temp, file);
  } catch (err) {
    book.abort();
    throw err;
  } finally {
    fs.rmSync(temp, { force: true });
  }
  return rows;
}

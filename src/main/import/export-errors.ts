import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { DataKind } from '../../shared/domain/kinds';
import type { Locale, RowError } from '../../shared/ipc/contract';
import { translate } from '../../shared/i18n';
import { renderImportMessage } from '../../shared/i18n/import-message';
import { formulaSafe } from '../export/formula-safe';

/** A sheet's problems to save: every one, however many, read as they are written. */
export interface ProblemSource {
  fileName: string;
  sheetName: string;
  kind: DataKind | null;
  problems: Iterable<RowError>;
}

/** Data rows per worksheet: Excel's 1,048,576 rows less the heading. */
const ROWS_PER_SHEET = 1_048_575;
/** Rows written between pauses that let the zip stream drain to disk. */
const YIELD_EVERY = 2_000;

/**
 * Writes an import's problems as an .xlsx the user can open, sort and fix their file from, every
 * problem of every sheet, worded in `locale` (headings and messages). The workbook is streamed to
 * disk row by row (exceljs's streaming writer), so 2 million problems take no more memory than a
 * few; past Excel's row limit they continue on a second worksheet. Written beside `file` and
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
  try {
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
      filename: temp,
      useStyles: true,
      useSharedStrings: false,
    });
    const baseName = translate(locale, 'import.export.sheetName');
    let ws: ExcelJS.Worksheet | null = null;
    let inSheet = 0;
    let sheets = 0;
    const nextSheet = () => {
      ws?.commit();
      sheets++;
      ws = wb.addWorksheet(sheets === 1 ? baseName : `${baseName} (${sheets})`);
      ws.columns = [
        { header: translate(locale, 'import.export.file'), key: 'file', width: 28 },
        { header: translate(locale, 'import.sheet'), key: 'sheet', width: 20 },
        { header: translate(locale, 'import.row'), key: 'row', width: 8 },
        { header: translate(locale, 'import.column'), key: 'column', width: 20 },
        { header: translate(locale, 'import.problem'), key: 'message', width: 80 },
      ];
      const head = ws.getRow(1);
      head.font = { bold: true };
      head.commit();
      inSheet = 0;
      return ws;
    };
    let sheet = nextSheet();
    for (const s of sources) {
      const fileName = formulaSafe(s.fileName);
      const sheetName = formulaSafe(s.sheetName);
      for (const e of s.problems) {
        if (inSheet === ROWS_PER_SHEET) sheet = nextSheet();
        const text = locale === 'en' ? e.message : renderImportMessage(locale, s.kind, e);
        sheet
          .addRow([fileName, sheetName, e.row, formulaSafe(e.column ?? ''), formulaSafe(text)])
          .commit();
        inSheet++;
        rows++;
        if (rows % YIELD_EVERY === 0) await new Promise((r) => setImmediate(r));
      }
    }
    sheet.commit();
    await wb.commit();
    fs.renameSync(temp, file);
  } finally {
    fs.rmSync(temp, { force: true });
  }
  return rows;
}

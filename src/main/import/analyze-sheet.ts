import type { DataKind } from '../../shared/domain/kinds';
import { ENTITY_SCHEMAS } from '../../shared/domain/kinds';
import type { SheetPreview } from '../../shared/ipc/contract';
import type { CellValue, RawSheet } from './cells';
import { cellText, isBlank } from './cells';
import { kindDef } from './kinds';
import type { Mapping } from './mapping';
import { autoMap, detectHeaderRow, guessKind } from './mapping';
import type { SheetValidation } from './validate';
import { validateRows } from './validate';

export interface SheetLayout {
  headerIndex: number;
  headers: string[];
  dataRows: CellValue[][];
}

/** Finds the header row and trims the blank rows and columns exports leave around the data. */
export function layoutOf(sheet: RawSheet): SheetLayout | null {
  let rows = sheet.rows;
  while (rows.length > 0 && rows[rows.length - 1]!.every(isBlank)) rows = rows.slice(0, -1);
  const headerIndex = detectHeaderRow(rows);
  if (headerIndex < 0) return null;
  const headerCells = rows[headerIndex]!;
  let width = headerCells.length;
  while (width > 0 && isBlank(headerCells[width - 1] ?? null)) width--;
  const headers = headerCells.slice(0, width).map((c) => cellText(c).trim());
  return { headerIndex, headers, dataRows: rows.slice(headerIndex + 1) };
}

export interface SheetAnalysis {
  preview: SheetPreview;
  validation: SheetValidation | null;
  kind: DataKind | null;
  mapping: Mapping;
}

const MAX_PREVIEW_ERRORS = 200;

export function analyzeSheet(
  sheet: RawSheet,
  sheetKey: string,
  options: {
    kind?: DataKind;
    mapping?: Mapping;
    savedMapping?: (kind: DataKind, headers: string[]) => Mapping | null;
    defaults: { currency: string };
    date1904: boolean;
  },
): SheetAnalysis {
  const base = {
    sheetKey,
    fileName: sheet.fileName,
    sheetName: sheet.sheetName,
    headerRow: 0,
    headers: [] as string[],
    mapping: {} as Mapping,
    fields: [] as SheetPreview['fields'],
    rowCount: 0,
    validCount: 0,
    sampleRows: [] as string[][],
    errors: [] as SheetPreview['errors'],
    errorCount: 0,
  };
  const layout = layoutOf(sheet);
  if (!layout) {
    return {
      preview: { ...base, kind: null, problem: 'The sheet is empty: no header row was found.' },
      validation: null,
      kind: null,
      mapping: {},
    };
  }
  const kind = options.kind ?? guessKind(sheet.sheetName, layout.headers);
  const def = kind ? kindDef(kind) : undefined;
  const withLayout = {
    ...base,
    headerRow: layout.headerIndex + 1,
    headers: layout.headers,
    rowCount: layout.dataRows.length,
    sampleRows: layout.dataRows.slice(0, 20).map((r) => layout.headers.map((_, i) => cellText(r[i] ?? null))),
  };
  if (!kind || !def) {
    return {
      preview: {
        ...withLayout,
        kind: null,
        problem: 'No recognisable columns: choose what this sheet holds and map its columns.',
      },
      validation: null,
      kind: null,
      mapping: {},
    };
  }
  // An empty mapping asks for the automatic one (the user just picked another kind).
  const chosen = options.mapping && Object.keys(options.mapping).length > 0 ? options.mapping : null;
  const mapping = chosen ?? options.savedMapping?.(kind, layout.headers) ?? autoMap(layout.headers, def);
  const fields = def.fields.map((f) => ({ id: f.id, required: f.required }));
  const missing = def.fields.filter((f) => f.required && (mapping[f.id] === null || mapping[f.id] === undefined));
  if (missing.length > 0) {
    return {
      preview: {
        ...withLayout,
        kind,
        mapping,
        fields,
        problem: `Required columns are not mapped: ${missing.map((f) => f.id).join(', ')}.`,
      },
      validation: null,
      kind,
      mapping,
    };
  }
  const validation = validateRows(layout.dataRows, {
    def,
    schema: ENTITY_SCHEMAS[kind],
    headers: layout.headers,
    mapping,
    firstRowNumber: layout.headerIndex + 2,
    defaults: options.defaults,
    date1904: options.date1904,
  });
  return {
    preview: {
      ...withLayout,
      kind,
      mapping,
      fields,
      rowCount: layout.dataRows.length - validation.blankRows,
      validCount: validation.valid.length,
      errors: validation.errors.slice(0, MAX_PREVIEW_ERRORS),
      errorCount: validation.errors.length,
      problem: null,
    },
    validation,
    kind,
    mapping,
  };
}

import type { z } from 'zod';
import type { RowError } from '../../shared/ipc/contract';
import type { CellValue } from './cells';
import { isBlank } from './cells';
import type { KindDef } from './kinds';
import type { Mapping } from './mapping';
import type { DateOrder, Parsed } from './values';
import { inferDateOrder, parseBoolean, parseDate, parseNumber, parseText } from './values';

export interface ValidRow {
  /** 1-based row number in the sheet, as the user sees it. */
  row: number;
  entity: Record<string, unknown>;
}

export interface SheetValidation {
  valid: ValidRow[];
  errors: RowError[];
  /** Rows with nothing in any mapped column. */
  blankRows: number;
  /** Date columns whose D/M or M/D order the values never settle. */
  ambiguousDateFields: string[];
}

export interface ValidateOptions {
  def: KindDef;
  schema: z.ZodType;
  headers: readonly string[];
  mapping: Mapping;
  /** Index in `rows` of the first data row, and its 1-based sheet row number. */
  firstRowNumber: number;
  defaults: { currency: string; dateOrder?: DateOrder };
  date1904?: boolean;
}

/** Parses and validates every data row; each problem names its row and column. */
export function validateRows(rows: readonly CellValue[][], opts: ValidateOptions): SheetValidation {
  const { def, mapping, headers } = opts;
  const dateOrders: Record<string, DateOrder> = {};
  const ambiguousDateFields: string[] = [];
  const errors: RowError[] = [];
  for (const f of def.fields) {
    const col = mapping[f.id];
    if (f.type !== 'date' || col === null || col === undefined) continue;
    const inferred = inferDateOrder(rows.map((r) => r[col] ?? null));
    if (inferred.order) dateOrders[f.id] = inferred.order;
    else {
      if (!inferred.conflicting) ambiguousDateFields.push(f.id);
      dateOrders[f.id] = opts.defaults.dateOrder ?? 'DMY';
    }
  }

  const valid: ValidRow[] = [];
  let blankRows = 0;
  rows.forEach((cells, i) => {
    const rowNumber = opts.firstRowNumber + i;
    const mapped = def.fields.filter((f) => mapping[f.id] !== null && mapping[f.id] !== undefined);
    if (mapped.every((f) => isBlank(cells[mapping[f.id]!] ?? null))) {
      blankRows++;
      return;
    }
    const values: Record<string, unknown> = {};
    let rowOk = true;
    for (const f of def.fields) {
      const col = mapping[f.id];
      const columnName = col === null || col === undefined ? null : (headers[col] ?? null);
      const raw = col === null || col === undefined ? null : (cells[col] ?? null);
      const parsed = parseByType(f.type, raw, dateOrders[f.id] ?? 'DMY', opts.date1904 ?? false);
      if (!parsed.ok) {
        errors.push({ row: rowNumber, column: columnName, message: parsed.message });
        rowOk = false;
        continue;
      }
      if (parsed.value === null && f.required) {
        errors.push({ row: rowNumber, column: columnName ?? f.id, message: `${f.id} is required` });
        rowOk = false;
        continue;
      }
      values[f.id] = parsed.value;
    }
    if (!rowOk) return;
    let entity: Record<string, unknown>;
    try {
      entity = def.toEntity(values, opts.defaults);
    } catch (err) {
      errors.push({ row: rowNumber, column: null, message: String(err instanceof Error ? err.message : err) });
      return;
    }
    const checked = opts.schema.safeParse(entity);
    if (!checked.success) {
      for (const issue of checked.error.issues) {
        const fieldId = String(issue.path[0] ?? '');
        const col = mapping[fieldId];
        errors.push({
          row: rowNumber,
          column: col === null || col === undefined ? fieldId || null : (headers[col] ?? fieldId),
          message: issue.message,
        });
      }
      return;
    }
    valid.push({ row: rowNumber, entity: checked.data as Record<string, unknown> });
  });
  return { valid, errors, blankRows, ambiguousDateFields };
}

function parseByType(type: string, raw: CellValue, order: DateOrder, date1904: boolean): Parsed<unknown> {
  switch (type) {
    case 'number':
      return parseNumber(raw);
    case 'integer': {
      const n = parseNumber(raw);
      if (n.ok && n.value !== null && !Number.isInteger(n.value)) return { ok: false, message: `${n.value} is not a whole number` };
      return n;
    }
    case 'date':
      return parseDate(raw, order, date1904);
    case 'boolean':
      return parseBoolean(raw);
    default:
      return parseText(raw);
  }
}

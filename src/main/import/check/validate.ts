import type { z } from 'zod';
import type { ImportMessage, RowError } from '../../../shared/ipc/contract';
import { TABLES } from '../../db/tables';
import type { CellValue } from '../read/cells';
import { isBlank } from '../read/cells';
import type { SheetRows } from '../read/sheet-rows';
import { roundEntityMoney } from './money';
import { nonDataRows } from './non-data-rows';
import { plainCheckOf } from './plain-check';
import { PROBLEM_CAP, ProblemLog } from './problem-log';
import { columnLetters } from '../read/cells';
import { EXCEL_MAX_CELL_CHARS } from '../read/limits';
import type { FieldDef, KindContext, KindDef } from './kinds';
import { RowProblem } from './kinds/field';
import { RowMarks } from './row-marks';
import type { Mapping } from '../map/mapping';
import { issueMessage, message, rowError } from './messages';
import type { DateOrder, DecimalMark, Parsed } from './values';
import {
  inferDateOrder,
  inferDecimalMark,
  parseBoolean,
  parseDate,
  parseNumber,
  parseText,
} from './values';

export interface ValidRow {
  /** 1-based row number in the sheet, as the user sees it. */
  row: number;
  entity: Record<string, unknown>;
}

/** A row gave entities (GAVE), and with no problem at all (GAVE_ALL). */
const GAVE = 1;
const GAVE_ALL = 2;

/** Given each valid entity with its 1-based sheet row, in row order. */
export type ValidVisit = (row: number, entity: Record<string, unknown>) => void;

export interface SheetValidation {
  /**
   * Visits the valid entities in row order, checking the rows again (quietly: their problems
   * were counted by the first check). Nothing checked is held between the preview and the
   * commit: the entities cost more memory than the rows they come from (#19.5).
   */
  eachValid(visit: ValidVisit): void;
  /** The entities sheet row `row` gives, checked again (a repeated key's first row, compared). */
  entitiesOfRow(row: number): Record<string, unknown>[];
  /** Rows that gave at least one valid entity. */
  validRows: number;
  /** Valid entities (a survey row may give two). */
  validEntities: number;
  /** The first PROBLEM_CAP problems (`problems.first`). */
  errors: RowError[];
  /** Every problem: counted, the first kept, the rest spilled to disk for the problems workbook. */
  problems: ProblemLog;
  /** The first PROBLEM_CAP rows skipped as not data (totals, notes, repeated headers), why each. */
  skipped: RowError[];
  skippedCount: number;
  /** Rows with nothing in any mapped column. */
  blankRows: number;
  /** Date fields whose D/M or M/D order the values never settle (the user should choose). */
  ambiguousDateFields: string[];
  /** The order each text-date field was read with. */
  dateOrders: Record<string, DateOrder>;
}

export interface ValidateOptions {
  def: KindDef;
  schema: z.ZodType;
  headers: readonly string[];
  mapping: Mapping;
  /** The 1-based sheet row number of rows[0]. */
  firstRowNumber: number;
  ctx: KindContext;
  date1904?: boolean;
  /** The user's choice for date fields the values leave ambiguous; D/M/Y otherwise. */
  dateOrders?: Readonly<Record<string, DateOrder>>;
  /** Wide sheets: columns each holding one metric, read as extra `metric`/`value` pairs. */
  wideColumns?: readonly number[];
}

interface MappedField {
  def: FieldDef;
  col: number;
  header: string;
  parse: (raw: CellValue) => Parsed<unknown>;
}

/**
 * One column's text cells, the only ones the date order and decimal mark are inferred from, as an
 * array: a generator's resumption per cell cost 60 ms per 200k rows, and an array of every cell
 * (1.6 MB at 200k rows, most of them dates or numbers) outlived the collector's young space and
 * stayed in the heap, as garbage, for the rest of the import.
 */
function textCells(rows: SheetRows, col: number): string[] {
  const texts: string[] = [];
  for (let i = 0; i < rows.length; i++) {
    const v = rows.cell(i, col);
    if (typeof v === 'string') texts.push(v);
  }
  return texts;
}

/** Whether `cells` is blank in each of `columns` (a loop: a closure per row showed in profiles). */
function allBlankAt(cells: readonly CellValue[], columns: readonly number[]): boolean {
  for (const col of columns) if (!isBlank(cells[col] ?? null)) return false;
  return true;
}

function parserFor(
  f: FieldDef,
  order: DateOrder,
  mark: DecimalMark,
  date1904: boolean,
): (raw: CellValue) => Parsed<unknown> {
  switch (f.type) {
    case 'number':
      return (raw) => parseNumber(raw, mark);
    case 'integer':
      return (raw) => {
        const n = parseNumber(raw, mark);
        if (n.ok && n.value !== null && !Number.isInteger(n.value))
          return { ok: false, ...message('import.value.notWhole', { value: String(n.value) }) };
        return n;
      };
    case 'date':
      return (raw) => parseDate(raw, order, date1904);
    case 'boolean':
      return parseBoolean;
    default:
      return parseText;
  }
}

/**
 * Parses and validates every data row; each problem names its row and column. Each valid entity
 * is given to `onValid` as it is made, and not kept (see SheetValidation.eachValid).
 */
export function validateRows(
  rows: SheetRows,
  opts: ValidateOptions,
  onValid?: ValidVisit,
): SheetValidation {
  const { def, mapping, headers } = opts;
  const date1904 = opts.date1904 ?? false;
  const dateOrders: Record<string, DateOrder> = {};
  const ambiguousDateFields: string[] = [];
  const mapped: MappedField[] = [];
  for (const f of def.fields) {
    const col = mapping[f.id];
    if (col === null || col === undefined) continue;
    let order: DateOrder = 'DMY';
    if (f.type === 'date') {
      const inferred = inferDateOrder(textCells(rows, col));
      if (inferred.order) order = inferred.order;
      else {
        if (inferred.needsOrder && !inferred.conflicting) ambiguousDateFields.push(f.id);
        order = opts.dateOrders?.[f.id] ?? 'DMY';
      }
      if (inferred.needsOrder) dateOrders[f.id] = order;
    }
    const mark =
      f.type === 'number' || f.type === 'integer' ? inferDecimalMark(textCells(rows, col)) : null;
    mapped.push({
      def: f,
      col,
      header: headers[col] ?? f.id,
      parse: parserFor(f, order, mark, date1904),
    });
  }
  const wide = (opts.wideColumns ?? []).map((col) => ({
    col,
    header: headers[col] ?? `column ${col + 1}`,
    mark: inferDecimalMark(textCells(rows, col)),
  }));
  const ctx: KindContext = {
    ...opts.ctx,
    headerOf: (id) => {
      const col = mapping[id];
      return col === null || col === undefined ? null : (headers[col] ?? null);
    },
  };
  const uniqueField =
    def.uniqueField && mapped.some((m) => m.def.id === def.uniqueField) ? def.uniqueField : null;
  // zod's safeParse cost a fifth of a second per 200k rows; the plain test passes exactly the
  // entities zod passes, and zod still words every problem (it runs whenever the test fails).
  const plainCheck = plainCheckOf(opts.schema);

  const problems = new ProblemLog();
  /** Where a check's problems go: the log on the first check, nowhere when checked again. */
  type Report = ((row: number, column: string | null, m: ImportMessage) => void) | null;
  const logged = (row: number, column: string | null, m: ImportMessage) =>
    problems.add(rowError(def.kind, row, column, m));
  const skipped: RowError[] = [];
  let skippedCount = 0;
  // Every column the rows are read from: a row blank in all of them is a blank row.
  const readColumns = [...mapped.map((m) => m.col), ...wide.map((w) => w.col)];
  const notData = nonDataRows(rows, headers, mapped, TABLES[def.kind].key[0] ?? null);
  /**
   * Keeps `entity` when the schema passes it; reports zod's complaints about it otherwise.
   * `passed`: made again from a row whose every entity passed the first time.
   */
  const keep = (
    rowNumber: number,
    entity: Record<string, unknown>,
    visit: ValidVisit,
    report: Report,
    passed: boolean,
  ): void => {
    roundEntityMoney(def.kind, entity, opts.ctx.currency);
    if (passed) {
      visit(rowNumber, entity);
      return;
    }
    const checked = plainCheck?.(entity) ? null : opts.schema.safeParse(entity);
    if (!checked || checked.success) {
      // The schemas only check (no defaults or transforms): keep the object, skip zod's copy.
      visit(rowNumber, entity);
      return;
    }
    if (!report) return;
    for (const issue of checked.error.issues) {
      const fieldId = String(issue.path[0] ?? '');
      const col = mapping[fieldId];
      report(
        rowNumber,
        col === null || col === undefined ? fieldId || null : (headers[col] ?? fieldId),
        issueMessage(issue, entity),
      );
    }
  };
  /** Turns one row's values into its entities (or the row's problem) and keeps the good ones. */
  const accept = (
    rowNumber: number,
    input: Record<string, unknown>,
    visit: ValidVisit,
    report: Report,
    passed: boolean,
  ): void => {
    let produced: Record<string, unknown> | Record<string, unknown>[];
    try {
      produced = def.toEntity(input, ctx);
    } catch (err) {
      report?.(
        rowNumber,
        null,
        err instanceof RowProblem
          ? err.problem
          : message('import.row.failed', {
              detail: err instanceof Error ? err.message : String(err),
            }),
      );
      return;
    }
    if (!Array.isArray(produced)) keep(rowNumber, produced, visit, report, passed);
    else for (const entity of produced) keep(rowNumber, entity, visit, report, passed);
  };

  /**
   * Checks data row `i` (blank, over-long and not-data rows included); `firstRowOf` holds the
   * ids seen so far. Says whether the row was blank in the read columns, or in every cell (a note
   * under a blank row reads differently).
   */
  const checkRow = (
    i: number,
    afterBlank: boolean,
    firstRowOf: Map<string, number> | null,
    visit: ValidVisit,
  ): 'blank' | 'allBlank' | 'read' => {
    const rowNumber = opts.firstRowNumber + i;
    const overLong = rows.overLongOf(i);
    if (overLong) {
      const cell = `${columnLetters(overLong.column)}${rowNumber}`;
      logged(
        rowNumber,
        headers[overLong.column - 1] ?? null,
        message('import.row.cellTooLong', { cell, limit: { count: EXCEL_MAX_CELL_CHARS } }),
      );
      return 'read';
    }
    const cells = rows.row(i);
    if (allBlankAt(cells, readColumns)) return cells.every(isBlank) ? 'allBlank' : 'blank';
    const reason = notData.reasonOf(cells, afterBlank);
    if (reason) {
      skippedCount++;
      if (skipped.length < PROBLEM_CAP) skipped.push(rowError(def.kind, rowNumber, null, reason));
      return 'read';
    }
    makeEntities(rowNumber, cells, firstRowOf, visit, logged, false);
    return 'read';
  };

  /** A data row's values parsed and turned into entities (or its problems). */
  const makeEntities = (
    rowNumber: number,
    cells: readonly CellValue[],
    firstRowOf: Map<string, number> | null,
    visit: ValidVisit,
    report: Report,
    passed: boolean,
  ): void => {
    const values: Record<string, unknown> = {};
    let rowOk = true;
    for (const m of mapped) {
      const parsed = m.parse(cells[m.col] ?? null);
      if (!parsed.ok) {
        report?.(rowNumber, m.header, parsed);
        rowOk = false;
      } else {
        values[m.def.id] = parsed.value;
        if (parsed.value === null && m.def.required) {
          report?.(
            rowNumber,
            m.header,
            message('import.row.required', { field: { field: m.def.id } }),
          );
          rowOk = false;
        }
      }
    }
    if (!rowOk) return;
    if (uniqueField && firstRowOf) {
      const id = String(values[uniqueField] ?? '');
      const earlier = id ? firstRowOf.get(id) : undefined;
      if (earlier !== undefined) {
        report?.(
          rowNumber,
          headers[mapping[uniqueField]!] ?? uniqueField,
          message('import.row.duplicateId', { field: { field: uniqueField }, id, row: earlier }),
        );
        return;
      }
      if (id) firstRowOf.set(id, rowNumber);
    }
    if (wide.length === 0) {
      accept(rowNumber, values, visit, report, passed);
      return;
    }
    const inputs: Record<string, unknown>[] = [];
    for (const w of wide) {
      const n = parseNumber(cells[w.col] ?? null, w.mark);
      if (!n.ok) report?.(rowNumber, w.header, n);
      else if (n.value !== null) inputs.push({ ...values, metric: w.header, value: n.value });
    }
    for (const input of inputs) accept(rowNumber, input, visit, report, passed);
  };

  /** Checks every row in order; returns how many were blank in every read column. */
  const checkAll = (visit: ValidVisit): number => {
    const firstRowOf = uniqueField ? new Map<string, number>() : null;
    let blank = 0;
    let afterBlank = false;
    for (let i = 0; i < rows.length; i++) {
      const before = problems.count;
      const state = checkRow(i, afterBlank, firstRowOf, visit);
      if (gave.get(i) === GAVE && problems.count === before) gave.set(i, GAVE_ALL);
      if (state !== 'read') blank++;
      afterBlank = state === 'allBlank';
    }
    return blank;
  };

  let validRows = 0;
  let validEntities = 0;
  let lastRow = -1;
  // The rows that gave an entity: checked again, only they are read, and only from their values
  // on (they were data, and their ids were not repeats); a row with no problem is not put to the
  // schema again. Two bits a row.
  const gave = new RowMarks(rows.length);
  // The visitor is let go once every row is checked: the closures returned below share this
  // scope, and kept it, and what it holds (the preview's set of every key, 7 MB at 200k usage
  // rows), for as long as the import session.
  let visitor = onValid;
  const blankRows = checkAll((row, entity) => {
    // Entities come in row order, a row's together: rows counted without a set of row numbers.
    if (row !== lastRow) validRows++;
    lastRow = row;
    validEntities++;
    gave.set(row - opts.firstRowNumber, GAVE);
    visitor?.(row, entity);
  });
  visitor = undefined;
  return {
    eachValid(visit) {
      for (let i = 0; i < gave.length; i++) {
        const mark = gave.get(i);
        if (mark === 0) continue;
        const row = opts.firstRowNumber + i;
        makeEntities(row, rows.row(i), null, visit, null, mark === GAVE_ALL);
      }
    },
    entitiesOfRow(row) {
      const i = row - opts.firstRowNumber;
      const out: Record<string, unknown>[] = [];
      const mark = gave.get(i);
      if (mark === GAVE || mark === GAVE_ALL)
        makeEntities(row, rows.row(i), null, (_, e) => void out.push(e), null, mark === GAVE_ALL);
      return out;
    },
    validRows,
    validEntities,
    errors: problems.first,
    problems,
    skipped,
    skippedCount,
    blankRows,
    ambiguousDateFields,
    dateOrders,
  };
}

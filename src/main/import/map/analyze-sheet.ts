import type { DataKind } from '../../../shared/domain/kinds';
import { ENTITY_SCHEMAS } from '../../../shared/domain/kinds';
import type { DateOrder, SheetNote, SheetPreview } from '../../../shared/ipc/contract';
import type { RawSheet } from '../read/cells';
import type { SheetRows } from '../read/sheet-rows';
import { cellText, isBlank } from '../read/cells';
import type { KindDef } from '../check/kinds';
import { kindDef } from '../check/kinds';
import type { AccountOfName, KindDecision, Mapping } from './mapping';
import {
  autoMap,
  chooseKind,
  detectHeaderRow,
  keyedByName,
  keyedByNameDef,
  missingRequired,
  nameKeyField,
  profileColumn,
} from './mapping';
import type { ColumnProfile } from './value-fit';
import { message, sheetProblem } from '../check/messages';
import { usageShapeOf, WeeklyPoints, wideMetricColumns } from './usage-shape';
import type { SheetValidation, ValidVisit } from '../check/validate';
import { validateRows } from '../check/validate';

export interface SheetLayout {
  headerIndex: number;
  headers: string[];
  /** Rows below the header, trailing blank rows dropped. */
  dataRows: SheetRows;
}

/** Finds the header row and trims the blank rows and columns exports leave around the data. */
export function layoutOf(sheet: RawSheet): SheetLayout | null {
  const { rows } = sheet;
  let end = rows.length;
  while (end > 0 && rows.row(end - 1).every(isBlank)) end--;
  const headerIndex = detectHeaderRow(rows.slice(0, Math.min(end, 30)).toArrays());
  if (headerIndex < 0) return null;
  const headerCells = rows.row(headerIndex);
  let width = headerCells.length;
  while (width > 0 && isBlank(headerCells[width - 1] ?? null)) width--;
  const headers = headerCells.slice(0, width).map((c) => cellText(c).trim());
  return { headerIndex, headers, dataRows: rows.slice(headerIndex + 1, end) };
}

export interface SheetAnalysis {
  preview: SheetPreview;
  validation: SheetValidation | null;
  kind: DataKind | null;
  mapping: Mapping;
}

export interface AnalyzeOptions {
  kind?: DataKind;
  mapping?: Mapping;
  dateOrders?: Readonly<Record<string, DateOrder>>;
  savedMapping?: (kind: DataKind, headers: string[]) => Mapping | null;
  /** The kind the user last confirmed for this header row, if any. */
  savedKind?: (headers: string[]) => DataKind | null;
  currency: string;
  date1904: boolean;
  accountOfSubscription?: (subscriptionId: string) => string | undefined;
  /** The id of the account a normalised name stands for, when one exists (name-keyed sheets). */
  accountOfName?: AccountOfName;
  /**
   * Told the kind and mapping once the sheet is checked, and then given each valid entity as
   * it is made (aggregated weekly points for events): the preview's change counts are made
   * while checking, since the entities are not kept.
   */
  onValid?: (kind: DataKind, mapping: Mapping) => ValidVisit;
}

const MAX_PREVIEW_ERRORS = 200;

/**
 * The required fields a mapping leaves unmapped, and its one-of groups with none mapped (an
 * account's name stands in for its id).
 */
export function unmappedRequired(def: KindDef, mapping: Mapping): (string | readonly string[])[] {
  return missingRequired(def, mapping);
}

/** Column profiles computed once each, on first use: only candidate columns are ever profiled. */
function lazyProfiles(rows: SheetRows): (col: number) => ColumnProfile | null {
  const cache = new Map<number, ColumnProfile>();
  return (col) => {
    if (rows.length === 0) return null;
    let p = cache.get(col);
    if (!p) {
      p = profileColumn(rows, col);
      cache.set(col, p);
    }
    return p;
  };
}

export function analyzeSheet(
  sheet: RawSheet,
  sheetKey: string,
  options: AnalyzeOptions,
): SheetAnalysis {
  const base: SheetPreview = {
    sheetKey,
    fileName: sheet.fileName,
    sheetName: sheet.sheetName,
    kind: null,
    headerRow: 0,
    headers: [],
    mapping: {},
    fields: [],
    rowCount: 0,
    validCount: 0,
    sampleRows: [],
    errors: [],
    errorCount: 0,
    problem: null,
    problemMessage: null,
    ambiguousDateFields: [],
    dateOrders: {},
    notes: [],
  };
  const refuse = (
    preview: SheetPreview,
    kind: DataKind | null,
    mapping: Mapping,
  ): SheetAnalysis => ({
    preview,
    validation: null,
    kind,
    mapping,
  });
  const layout = layoutOf(sheet);
  if (!layout)
    return refuse({ ...base, ...sheetProblem(null, message('import.sheet.noHeader')) }, null, {});
  const profileOf = lazyProfiles(layout.dataRows);
  const decision: KindDecision | null = options.kind
    ? null
    : chooseKind({
        sheetName: sheet.sheetName,
        fileName: sheet.fileName,
        headers: layout.headers,
        rows: layout.dataRows,
        profileOf,
      });
  // A kind the importer is unsure of, once confirmed by the user, is remembered for these headers.
  const kind =
    options.kind ??
    decision?.kind ??
    (decision && decision.candidates.length > 0
      ? (options.savedKind?.(layout.headers) ?? null)
      : null);
  const withLayout: SheetPreview = {
    ...base,
    headerRow: layout.headerIndex + 1,
    headers: layout.headers,
    rowCount: layout.dataRows.length,
    sampleRows: layout.dataRows
      .slice(0, 20)
      .toArrays()
      .map((r) => layout.headers.map((_, i) => cellText(r[i] ?? null))),
  };
  if (!kind) {
    // Evidence for a kind, but not enough to be sure: the user is asked which kind it holds.
    const candidates = decision?.candidates ?? [];
    const problem =
      candidates.length > 0
        ? message('import.sheet.kindUnsure')
        : message('import.sheet.unrecognised');
    return refuse(
      { ...withLayout, kindCandidates: candidates, ...sheetProblem(null, problem) },
      null,
      {},
    );
  }
  const def = kindDef(kind);
  // An empty mapping asks for the automatic one (the user just picked another kind).
  const chosen =
    options.mapping && Object.keys(options.mapping).length > 0 ? options.mapping : null;
  const decided = decision?.readings.find((r) => r.kind === kind)?.mapping;
  const mapping =
    chosen ??
    options.savedMapping?.(kind, layout.headers) ??
    decided ??
    autoMap(layout.headers, def, profileOf);
  const byName = keyedByName(def, mapping);
  const readDef = byName ? keyedByNameDef(def, options.accountOfName) : def;
  const fields = readDef.fields.map((f) => ({ id: f.id, required: f.required }));
  const missing = unmappedRequired(def, mapping);
  if (missing.length > 0) {
    return refuse(
      {
        ...withLayout,
        kind,
        mapping,
        fields,
        ...sheetProblem(kind, message('import.sheet.unmapped', { fields: { fields: missing } })),
      },
      kind,
      mapping,
    );
  }
  const notes: SheetNote[] = [];
  if (byName) {
    // Said in the preview: the name is the key, so later files keyed by name meet these accounts.
    const nameField = nameKeyField(def)!.name;
    notes.push({
      key: 'import.note.keyedByName',
      params: { column: layout.headers[mapping[nameField]!] ?? nameField },
    });
  }
  let wideColumns: number[] = [];
  const shape = kind === 'usage' ? usageShapeOf(mapping) : 'long';
  if (shape === 'wide') {
    wideColumns = wideMetricColumns(layout.headers, mapping, layout.dataRows);
    if (wideColumns.length === 0) {
      return refuse(
        {
          ...withLayout,
          kind,
          mapping,
          fields,
          ...sheetProblem(
            kind,
            message('import.sheet.wideUnmapped', {
              metric: { field: 'metric' },
              value: { field: 'value' },
            }),
          ),
        },
        kind,
        mapping,
      );
    }
    notes.push({
      key: 'import.note.wide',
      params: { metrics: wideColumns.map((c) => layout.headers[c]!).join(', ') },
    });
  }
  const weekly = new WeeklyPoints();
  const visit =
    shape === 'events'
      ? (row: number, entity: Record<string, unknown>) => weekly.add(row, entity)
      : options.onValid?.(kind, mapping);
  let validation = validateRows(
    layout.dataRows,
    {
      def: readDef,
      schema: ENTITY_SCHEMAS[kind],
      headers: layout.headers,
      mapping,
      firstRowNumber: layout.headerIndex + 2,
      ctx: {
        currency: options.currency,
        ...(options.accountOfSubscription
          ? { accountOfSubscription: options.accountOfSubscription }
          : {}),
      },
      date1904: options.date1904,
      ...(options.dateOrders ? { dateOrders: options.dateOrders } : {}),
      wideColumns,
    },
    visit,
  );
  if (shape === 'events') {
    // Summed into weekly points, which are held (far fewer than the events) and written.
    const points = weekly.points();
    notes.push({
      key: 'import.note.events',
      params: { events: validation.validEntities, points: points.length },
    });
    const pointVisit = options.onValid?.(kind, mapping);
    if (pointVisit) for (const p of points) pointVisit(p.row, p.entity);
    validation = {
      ...validation,
      validEntities: points.length,
      eachValid: (each) => {
        for (const p of points) each(p.row, p.entity);
      },
      // The points a row starts (asked only where keys may meet: points never share one).
      entitiesOfRow: (row) => points.filter((p) => p.row === row).map((p) => p.entity),
    };
  }
  return {
    preview: {
      ...withLayout,
      kind,
      mapping,
      fields,
      rowCount: layout.dataRows.length - validation.blankRows,
      // Rows, not entities: a survey row may give an NPS and a CSAT answer, and events are summed.
      validCount: validation.validRows,
      errors: validation.errors.slice(0, MAX_PREVIEW_ERRORS),
      errorCount: validation.errors.length,
      ambiguousDateFields: validation.ambiguousDateFields,
      dateOrders: validation.dateOrders,
      notes,
    },
    validation,
    kind,
    mapping,
  };
}

import { z } from 'zod';
import { DataKind } from '../../domain/kinds';
import { rpc } from './define';
import { TextEncodingName } from './csv-messages';
import type { TextEncodingInfo } from './csv-messages';
import type { ImportMessage } from './import-messages';
import { Locale } from './workspace';

export * from './import-messages';

/** A row's problem: `key` and `params` for the reader's language, `message` in English. */
export interface RowError extends ImportMessage {
  /** 1-based row number as the user sees it in the spreadsheet. */
  row: number;
  column: string | null;
  /** The English text, for the CLI and logs. */
  message: string;
}

export interface FieldInfo {
  id: string;
  required: boolean;
}

export interface SheetPreview {
  sheetKey: string;
  fileName: string;
  sheetName: string;
  kind: DataKind | null;
  headerRow: number;
  headers: string[];
  /** field id -> column index in headers, or null when unmapped. */
  mapping: Record<string, number | null>;
  fields: FieldInfo[];
  rowCount: number;
  validCount: number;
  sampleRows: string[][];
  errors: RowError[];
  errorCount: number;
  /** Set when the sheet cannot be imported at all (e.g. no recognisable columns), in English. */
  problem: string | null;
  /** The same problem as a message for the reader's language; null exactly when `problem` is. */
  problemMessage: ImportMessage | null;
  /** Date fields whose values fit both day/month and month/day: the user should choose. */
  ambiguousDateFields: string[];
  /** The order each text-date field is read with (field id -> order). */
  dateOrders: Record<string, DateOrder>;
  /** How the importer reads the sheet, e.g. usage events summed per week; message keys. */
  notes: SheetNote[];
  /** How a .csv/.tsv/.txt file was decoded and why, with any lines that did not decode; null
   * for workbooks. */
  textEncoding?: TextEncodingInfo | null;
  /** When the importer is not sure what the sheet holds: the kinds it could be, likeliest first. */
  kindCandidates?: DataKind[];
  /** The first PROBLEM_CAP rows skipped as not data (totals, notes, repeated headers), with why. */
  skippedRows?: RowError[];
  skippedRowCount?: number;
  /** What importing the sheet as chosen would do to the workspace; absent while it cannot be. */
  changes?: SheetChanges | null;
}

/** A stored or imported value as the preview shows it. */
export type ChangeValue = string | number | boolean | null;

/** An existing row the import would change: its sheet row, natural key and changed fields. */
export interface ChangedRow {
  row: number;
  /** The natural key's values, joined with " / ". */
  key: string;
  fields: { field: string; from: ChangeValue; to: ChangeValue }[];
}

/** New, unchanged and changed rows of a sheet against the workspace (#13: no silent change). */
export interface SheetChanges {
  newRows: number;
  unchanged: number;
  changed: number;
  /** field id -> how many changed rows change it, over all changed rows. */
  fieldCounts: Record<string, number>;
  /** The first changed rows (at most 50), field by field. */
  rows: ChangedRow[];
}

export type DateOrder = 'DMY' | 'MDY';

export interface SheetNote {
  key: 'import.note.wide' | 'import.note.events' | 'import.note.keyedByName';
  /** Values for the message's placeholders. */
  params: Record<string, string | number>;
}

export interface ImportPreview {
  sessionId: string;
  /** The kinds the importer can read, for the user's choice per sheet. */
  importableKinds: DataKind[];
  sheets: SheetPreview[];
}

export interface SheetSummary {
  fileName: string;
  sheetName: string;
  kind: DataKind;
  rowsRead: number;
  inserted: number;
  updated: number;
  skipped: number;
  /** The first problems (at most 1,000; the wizard receives a page, see 'import:problems'). */
  errors: RowError[];
  /** Every problem, counted: the summary says "and N more" past those listed. */
  errorCount: number;
  /** Rows with at least one problem. */
  errorRowCount: number;
  /** Rows skipped as not data (totals, notes, repeated headers): the first 1,000, with why. */
  skippedRows: RowError[];
  skippedRowCount: number;
}

export interface ImportSummary {
  batchId: number;
  sheets: SheetSummary[];
}

export interface ImportBatchInfo {
  id: number;
  createdAt: string;
  source: string;
  inserted: number;
  updated: number;
  undoneAt: string | null;
}

/** Problems the wizard receives per request ('import:problems'). */
export const PROBLEM_PAGE = 100;

/** One page of a committed sheet's problems. */
export interface ProblemPage {
  /** Every problem of the sheet. */
  total: number;
  /** How many of them are kept to be paged (the first 1,000); the problems file holds all. */
  kept: number;
  problems: RowError[];
}

const SessionId = z.string().min(1).max(100);
/** More fields than any kind has: a record's key count is not bounded by its value schema. */
const MAX_MAPPED_FIELDS = 500;
const fewKeys = (record: object) => Object.keys(record).length <= MAX_MAPPED_FIELDS;
const Mapping = z
  .record(z.string().max(100), z.number().int().min(0).max(16_384).nullable())
  .refine(fewKeys, `at most ${MAX_MAPPED_FIELDS} fields`);

export const SheetChoice = z
  .object({
    sheetKey: z.string().min(1).max(500),
    kind: DataKind,
    mapping: Mapping,
    dateOrders: z
      .record(z.string().max(100), z.enum(['DMY', 'MDY']))
      .refine(fewKeys, `at most ${MAX_MAPPED_FIELDS} fields`)
      .optional(),
  })
  .strict();

export const importContract = {
  'import:pickFiles': rpc<ImportPreview | null>()(z.object({}).strict(), { mutates: false }),
  'import:preview': rpc<SheetPreview>()(
    z.object({ sessionId: SessionId, choice: SheetChoice }).strict(),
    { mutates: false },
  ),
  'import:commit': rpc<ImportSummary>()(
    z.object({ sessionId: SessionId, sheets: z.array(SheetChoice).min(1).max(200) }).strict(),
    { mutates: true },
  ),
  'import:cancel': rpc<null>()(z.object({ sessionId: SessionId }).strict(), { mutates: false }),
  /** Reads the session's files again, one text file in the encoding the user chose. */
  'import:reopen': rpc<ImportPreview>()(
    z
      .object({
        sessionId: SessionId,
        fileName: z.string().min(1).max(500),
        encoding: TextEncodingName,
      })
      .strict(),
    { mutates: false },
  ),
  'import:history': rpc<ImportBatchInfo[]>()(z.object({}).strict(), { mutates: false }),
  // Main holds a committed import's problems (all of them, spilled to disk past the first
  // 1,000): the wizard asks for them a page at a time and saves them by the batch's id, so no
  // payload carries more than a page either way.
  'import:problems': rpc<ProblemPage>()(
    z
      .object({
        batchId: z.number().int().positive(),
        sheet: z.number().int().min(0).max(199),
        offset: z.number().int().min(0).max(1_000_000),
        limit: z.number().int().min(1).max(PROBLEM_PAGE),
      })
      .strict(),
    { mutates: false },
  ),
  'import:exportErrors': rpc<{ path: string; rows: number } | null>()(
    z
      .object({
        batchId: z.number().int().positive(),
        /** The language of the file: its headings and its messages. */
        locale: Locale.optional(),
      })
      .strict(),
    { mutates: false },
  ),
  'import:undo': rpc<ImportBatchInfo>()(
    z.object({ batchId: z.number().int().positive() }).strict(),
    { mutates: true },
  ),
} as const;

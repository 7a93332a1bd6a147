import { z } from 'zod';
import { DataKind } from '../../domain/kinds';
import { rpc } from './define';
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
}

export type DateOrder = 'DMY' | 'MDY';

export interface SheetNote {
  key: 'import.note.wide' | 'import.note.events';
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
  errors: RowError[];
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
  'import:history': rpc<ImportBatchInfo[]>()(z.object({}).strict(), { mutates: false }),
  'import:exportErrors': rpc<{ path: string; rows: number } | null>()(
    z
      .object({
        /** The language of the file's column headings; the messages come already worded. */
        locale: Locale.optional(),
        sheets: z
          .array(
            z
              .object({
                fileName: z.string().max(500),
                sheetName: z.string().max(500),
                errors: z
                  .array(
                    z
                      .object({
                        row: z.number().int().min(0),
                        column: z.string().max(500).nullable(),
                        message: z.string().max(2000),
                      })
                      .strict(),
                  )
                  .max(1_000_000),
              })
              .strict(),
          )
          .min(1)
          .max(200),
      })
      .strict(),
    { mutates: false },
  ),
  'import:undo': rpc<ImportBatchInfo>()(
    z.object({ batchId: z.number().int().positive() }).strict(),
    { mutates: true },
  ),
} as const;

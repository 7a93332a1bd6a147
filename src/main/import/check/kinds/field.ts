import type { DataKind } from '../../../../shared/domain/kinds';
import { renderImportMessage } from '../../../../shared/i18n/import-message';
import type {
  ImportMessage,
  ImportMessageKey,
  ImportMessageParam,
} from '../../../../shared/ipc/contract';

export type FieldType = 'text' | 'number' | 'integer' | 'date' | 'boolean';

export interface FieldDef {
  id: string;
  type: FieldType;
  required: boolean;
  /** Header names this field is known by, in English, Thai and Turkish. */
  synonyms: readonly string[];
}

/** What a row needs besides its parsed values to become an entity. */
export interface KindContext {
  currency: string;
  /** The account a subscription (contract line) belongs to, from the workspace or this import. */
  accountOfSubscription?: (subscriptionId: string) => string | undefined;
  /** The header of the column mapped to a field, e.g. "NPS" for a score column. */
  headerOf?: (fieldId: string) => string | null;
}

/** What a data kind looks like in a spreadsheet and how a parsed row becomes an entity. */
export interface KindDef {
  kind: DataKind;
  fields: readonly FieldDef[];
  /** Sheet names that suggest this kind. */
  sheetHints: readonly string[];
  /** Groups of fields of which at least one must be mapped (e.g. MRR or ARR). */
  requiredOneOf?: readonly (readonly string[])[];
  /** A field whose values identify a source row and must be unique in the file (e.g. usage id). */
  uniqueField?: string;
  /**
   * Turns parsed field values into one entity or several (a wide row), or throws a RowProblem
   * the user reads as the row's problem.
   */
  toEntity(
    values: Record<string, unknown>,
    ctx: KindContext,
  ): Record<string, unknown> | Record<string, unknown>[];
}

export const field = (
  id: string,
  type: FieldType,
  required: boolean,
  synonyms: readonly string[],
): FieldDef => ({ id, type, required, synonyms });

/** Why a row cannot become an entity; validation reports it as the row's problem. */
export class RowProblem extends Error {
  constructor(readonly problem: ImportMessage) {
    // English for a stack trace or a test; the row's problem is worded from `problem`.
    super(renderImportMessage('en', null, problem));
  }
}

export const rowProblem = (
  key: ImportMessageKey,
  params: Readonly<Record<string, ImportMessageParam>> = {},
): RowProblem => new RowProblem({ key, params });

export const text = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

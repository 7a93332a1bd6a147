import type { DataKind } from '../../../shared/domain/kinds';

export type FieldType = 'text' | 'number' | 'integer' | 'date' | 'boolean';

export interface FieldDef {
  id: string;
  type: FieldType;
  required: boolean;
  /** Header names this field is known by, in English, Thai and Turkish. */
  synonyms: readonly string[];
}

/** What a data kind looks like in a spreadsheet and how a parsed row becomes an entity. */
export interface KindDef {
  kind: DataKind;
  fields: readonly FieldDef[];
  /** Sheet names that suggest this kind. */
  sheetHints: readonly string[];
  /** Turns parsed field values into the entity; throws a message string for a row-level problem. */
  toEntity(values: Record<string, unknown>, defaults: { currency: string }): Record<string, unknown>;
}

export const field = (
  id: string,
  type: FieldType,
  required: boolean,
  synonyms: readonly string[],
): FieldDef => ({ id, type, required, synonyms });

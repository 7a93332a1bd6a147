// The way into map/: which row is the header, which kind a sheet holds and how its columns map.
import type { DataKind } from '../../../shared/domain/kinds';
import type { KindDef } from '../check/kinds';
import type { ProfileOf } from './auto-map';
import { mapKind } from './auto-map';
import { chooseKind } from './kind-choice';
import { normalizeHeader } from './normalize-header';
import { SheetRows } from '../read/sheet-rows';

export type Mapping = Record<string, number | null>;

export type { KindDecision, KindReading, SheetEvidence } from './kind-choice';
export { chooseKind } from './kind-choice';
export { detectHeaderRow } from './header-row';
export { readHeader } from './header-match';
export { headerTokens } from './tokens';
export type { ProfileOf } from './auto-map';
export { profileColumn } from './value-fit';
export {
  accountKeyOfName,
  keyedByName,
  keyedByNameDef,
  missingRequired,
  nameKeyField,
} from './account-key';
export type { AccountOfName } from './account-key';

/** Maps each field to the best matching column, each column used at most once. */
export function autoMap(headers: readonly string[], def: KindDef, profileOf?: ProfileOf): Mapping {
  return mapKind(headers, def, profileOf).mapping;
}

/** The kind a sheet holds when its headers and name say so with confidence, else null. */
export function guessKind(sheetName: string, headers: readonly string[]): DataKind | null {
  return chooseKind({ sheetName, fileName: '', headers, rows: SheetRows.empty() }).kind;
}

/** A stable signature of a header row, to remember the user's confirmed mapping. */
export function headerSignature(kind: DataKind, headers: readonly string[]): string {
  return `${kind}:${headersSignature(headers)}`;
}

/** The header part of a signature: the same for every kind the row was confirmed as. */
export function headersSignature(headers: readonly string[]): string {
  return headers.map(normalizeHeader).join('|');
}

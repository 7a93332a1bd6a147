import type { DataKind } from '../../../shared/domain/kinds';
import { accountsKind } from './accounts';
import type { KindDef } from './field';

export type { FieldDef, KindDef } from './field';

/** The kinds the importer can read so far; each new kind registers here. */
export const KIND_DEFS: Partial<Record<DataKind, KindDef>> = {
  accounts: accountsKind,
};

export function kindDef(kind: DataKind): KindDef | undefined {
  return KIND_DEFS[kind];
}

import type { DataKind } from '../../../shared/domain/kinds';
import type { TableSpec } from '../../db/tables';
import type { KindDef } from '../check/kinds';
import type { Mapping } from '../map/mapping';

/**
 * Stored fields a kind computes from other columns when their own is not in the file (an account's
 * ARR from its MRR, a survey's score from its NPS column). `always` marks a field every row
 * gives, mapped or not (a usage point's value: a wide sheet's metric columns or one per event).
 */
const DERIVED: Partial<Record<DataKind, Record<string, readonly string[] | 'always'>>> = {
  accounts: { arr: ['mrr'] },
  contract_lines: { mrr: ['arr'] },
  contacts: { name: ['firstName', 'lastName', 'email'] },
  usage: { value: 'always' },
  events: { title: ['type'] },
  surveys: { score: ['nps', 'csat', 'ces'], kind: ['nps', 'csat', 'ces', 'score'] },
  churn: { note: ['reason'] },
};

/**
 * Which of `spec`'s columns a sheet mapped this way gives values for. A column absent from the
 * file never blanks a stored value: an update writes these columns and keeps the others as they
 * are (a new row still gets the kind's defaults for them).
 */
export function columnsFromFile(spec: TableSpec, def: KindDef, mapping: Mapping): boolean[] {
  const isMapped = (id: string) => mapping[id] !== null && mapping[id] !== undefined;
  const inputs = new Set(def.fields.map((f) => f.id));
  const derived = DERIVED[def.kind] ?? {};
  return spec.columns.map(({ field }) => {
    if (spec.key.includes(field) || isMapped(field) || !inputs.has(field)) return true;
    const from = derived[field];
    return from === 'always' || (from ?? []).some(isMapped);
  });
}

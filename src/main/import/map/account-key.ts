import type { KindContext, KindDef } from '../check/kinds';
import { rowProblem, text } from '../check/kinds/field';
import type { Mapping } from './mapping';

const isMapped = (mapping: Mapping, id: string) =>
  mapping[id] !== null && mapping[id] !== undefined;

/**
 * The key of an account known only by its name: the name with case and spacing normalised
 * ("ACME  Corp Ltd." and "Acme Corp Ltd." are one account), legal suffixes kept ("Acme Ltd" and
 * "Acme Inc" stay two). Turkish I/İ/ı fold alike so a name typed on a Turkish keyboard matches.
 */
export function accountKeyOfName(name: string): string {
  return name
    .normalize('NFC')
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/[İI]/g, 'i')
    .toLowerCase()
    .replace(/ı/g, 'i');
}

/** The field a sheet of `def`'s kind names its account by when it has no id column. */
export function nameKeyField(def: KindDef): { key: string; name: string } | null {
  if (def.kind === 'accounts') return { key: 'id', name: 'name' };
  if (def.fields.some((f) => f.id === 'accountName'))
    return { key: 'accountId', name: 'accountName' };
  return null;
}

/** Whether a mapping keys its rows by account name: the name column is mapped, the id is not. */
export function keyedByName(def: KindDef, mapping: Mapping): boolean {
  const pair = nameKeyField(def);
  return pair !== null && !isMapped(mapping, pair.key) && isMapped(mapping, pair.name);
}

/**
 * The required fields a mapping leaves unmapped, and its one-of groups with none mapped. An
 * account's name stands in for its id: a customer list keyed by name is complete without one.
 */
export function missingRequired(def: KindDef, mapping: Mapping): (string | readonly string[])[] {
  const pair = nameKeyField(def);
  const byName = keyedByName(def, mapping);
  const isUnmapped = (id: string) => !isMapped(mapping, id);
  const missing: (string | readonly string[])[] = def.fields
    .filter((f) => f.required && isUnmapped(f.id) && !(byName && f.id === pair?.key))
    .map((f) => f.id);
  for (const group of def.requiredOneOf ?? []) {
    const satisfied = group.some((id) => !isUnmapped(id) || (byName && id === pair?.key));
    if (!satisfied) missing.push(group);
  }
  return missing;
}

/** Which account id a name stands for: one already in the workspace or this import, or its key. */
export type AccountOfName = (name: string) => string | undefined;

/**
 * `def` reading the account from the name column: each row's name becomes the account's key (an
 * existing account of that name keeps its id), so a customer list keyed by name and the usage
 * or tickets keyed by the same names meet on the same accounts.
 */
export function keyedByNameDef(def: KindDef, accountOfName?: AccountOfName): KindDef {
  const pair = nameKeyField(def)!;
  return {
    ...def,
    fields: def.fields.map((f) => (f.id === pair.key ? { ...f, required: false } : f)),
    toEntity(values: Record<string, unknown>, ctx: KindContext) {
      const name = text(values[pair.name]);
      if (!name) throw rowProblem('import.row.required', { field: { field: pair.name } });
      const id = accountOfName?.(accountKeyOfName(name)) ?? accountKeyOfName(name);
      return def.toEntity({ ...values, [pair.key]: id }, ctx);
    },
  };
}

import type { Database } from 'sql.js';
import { selectAll } from '../../db/repos/rows';
import type { AccountOfName } from './account-key';
import { accountKeyOfName } from './account-key';

/** An analysed sheet as far as names go: its kind, notes and valid entities. */
interface NamedSheet {
  kind: string | null;
  preview: { notes: readonly { key: string }[] };
  validation: {
    eachValid(visit: (row: number, entity: Record<string, unknown>) => void): void;
  } | null;
}

/**
 * Accounts by normalised name, read once on first use: those of the accounts sheets imported
 * now, then the workspace's. A sheet keyed by name refers to the account already known under that
 * name (whatever its id) instead of adding a twin. A name two accounts share is left out: which
 * one it means is not the importer's guess.
 */
export function accountsByName(
  db: Database,
  sheets: readonly (NamedSheet | null)[] = [],
): AccountOfName {
  let byName: Map<string, string | null> | null = null;
  const add = (map: Map<string, string | null>, id: unknown, name: unknown) => {
    if (typeof name !== 'string' || name.trim() === '') return;
    const key = accountKeyOfName(name);
    const seen = map.get(key);
    map.set(key, seen === undefined || seen === String(id) ? String(id) : null);
  };
  return (key) => {
    if (!byName) {
      const imported = new Map<string, string | null>();
      for (const sheet of sheets) {
        if (sheet?.kind !== 'accounts' || !sheet.validation) continue;
        sheet.validation.eachValid((_, entity) => add(imported, entity.id, entity.name));
      }
      const stored = new Map<string, string | null>();
      for (const r of selectAll(db, 'SELECT id, name FROM accounts')) add(stored, r.id, r.name);
      byName = new Map([...stored, ...imported]);
    }
    return byName.get(key) ?? undefined;
  };
}

/** A sheet of another kind keyed by account name: it resolves names through the accounts sheets. */
export function needsAccountNames(sheet: NamedSheet): boolean {
  return (
    sheet.kind !== 'accounts' &&
    sheet.preview.notes.some((n) => n.key === 'import.note.keyedByName')
  );
}

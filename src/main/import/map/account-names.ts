import type { Database } from 'sql.js';
import { selectAll } from '../../db/repos/rows';
import type { AccountOfName } from './account-key';
import { accountKeyOfName } from './account-key';

/**
 * The workspace's accounts by normalised name, read once on first use: a sheet keyed by name
 * updates the account already stored under that name (whatever its id) instead of adding a twin.
 * A name two stored accounts share is left out: which one it means is not the importer's guess.
 */
export function accountsByName(db: Database): AccountOfName {
  let byName: Map<string, string | null> | null = null;
  return (key) => {
    if (!byName) {
      byName = new Map();
      for (const r of selectAll(db, 'SELECT id, name FROM accounts')) {
        const k = accountKeyOfName(String(r.name));
        byName.set(k, byName.has(k) ? null : String(r.id));
      }
    }
    return byName.get(key) ?? undefined;
  };
}

// The playbook rules, stored one row per rule so a CSM's edit to one rule is one row.
import type { Database } from 'sql.js';
import { Playbook, Trigger } from '../../shared/analytics/health';
import type { Playbook as PlaybookT } from '../../shared/analytics/health';
import { AppError } from '../../shared/ipc/result';
import { selectAll } from '../db/repos/rows';
import { readState, writeState } from './state-store';

export function getPlaybook(db: Database): PlaybookT {
  const rules = selectAll(db, 'SELECT * FROM playbook_rules ORDER BY position').map((row) => ({
    id: String(row.id),
    enabled: Number(row.enabled) === 1,
    trigger: Trigger.parse(JSON.parse(String(row.trigger))),
    actionKey: String(row.action_key),
    owner: String(row.owner),
    dueDays: Number(row.due_days),
  }));
  return Playbook.parse({ version: Number(readState(db, 'playbook_version') ?? 1), rules });
}

/** Replaces the rules and bumps the playbook's version; the version in the input is ignored. */
export function savePlaybook(db: Database, input: unknown): PlaybookT {
  const version = getPlaybook(db).version + 1;
  const parsed = Playbook.safeParse({ ...(input as object), version });
  if (!parsed.success) {
    throw new AppError(
      'INVALID_INPUT',
      'The playbook is not valid.',
      parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })),
    );
  }
  db.run('DELETE FROM playbook_rules');
  parsed.data.rules.forEach((rule, position) =>
    db.run(
      'INSERT INTO playbook_rules (id, position, enabled, trigger, action_key, owner, due_days) VALUES (?, ?, ?, ?, ?, ?, ?)',
      [
        rule.id,
        position,
        rule.enabled ? 1 : 0,
        JSON.stringify(rule.trigger),
        rule.actionKey,
        rule.owner,
        rule.dueDays,
      ],
    ),
  );
  writeState(db, 'playbook_version', String(version));
  return parsed.data;
}

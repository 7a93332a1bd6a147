// Health scoring, playbook and the CSM's own records. Immutable once released: a later schema
// change is a new numbered migration. The default model and playbook are seeded so a workspace
// scores from its first import without any setup.
import { DEFAULT_HEALTH_MODEL, DEFAULT_PLAYBOOK } from '../../../shared/analytics/health';

const SEEDED_AT = '1970-01-01T00:00:00.000Z';

function quote(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

const { version: modelVersion, ...modelBody } = DEFAULT_HEALTH_MODEL;

const playbookRows = DEFAULT_PLAYBOOK.rules
  .map(
    (rule, position) =>
      `(${quote(rule.id)}, ${position}, ${rule.enabled ? 1 : 0}, ${quote(JSON.stringify(rule.trigger))}, ${quote(rule.actionKey)}, ${quote(rule.owner)}, ${rule.dueDays})`,
  )
  .join(',\n  ');

export const migration002 = {
  version: 2,
  name: 'health',
  sql: `
CREATE TABLE health_models (
  version INTEGER PRIMARY KEY,
  model TEXT NOT NULL,
  created_at TEXT NOT NULL
);
INSERT INTO health_models (version, model, created_at)
VALUES (${modelVersion}, ${quote(JSON.stringify(modelBody))}, ${quote(SEEDED_AT)});

-- One row per account and Monday. components holds [value, subScore] per component of the model
-- version, in the model's order: weights and contributions follow from the model, so they are
-- not stored 200,000 times over.
CREATE TABLE health_snapshots (
  account_id TEXT NOT NULL,
  week TEXT NOT NULL,
  model_version INTEGER NOT NULL REFERENCES health_models(version),
  score REAL,
  band TEXT,
  components TEXT NOT NULL,
  PRIMARY KEY (account_id, week)
) WITHOUT ROWID;

CREATE TABLE playbook_rules (
  id TEXT PRIMARY KEY,
  position INTEGER NOT NULL,
  enabled INTEGER NOT NULL,
  trigger TEXT NOT NULL,
  action_key TEXT NOT NULL,
  owner TEXT NOT NULL,
  due_days INTEGER NOT NULL
);
INSERT INTO playbook_rules (id, position, enabled, trigger, action_key, owner, due_days) VALUES
  ${playbookRows};

-- Small facts about the health data: the playbook's version, when snapshots were last computed.
CREATE TABLE health_state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT INTO health_state (key, value) VALUES ('playbook_version', '${DEFAULT_PLAYBOOK.version}');

CREATE TABLE tasks (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  account_id TEXT NOT NULL,
  rule_id TEXT NOT NULL,
  -- rule | account | cause: one cause never yields a second task, whatever its status.
  dedupe_key TEXT NOT NULL UNIQUE,
  title_key TEXT NOT NULL,
  title_params TEXT NOT NULL DEFAULT '{}',
  trigger TEXT NOT NULL,
  cause TEXT NOT NULL,
  owner TEXT NOT NULL,
  created_on TEXT NOT NULL,
  due_date TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'dismissed')),
  reason TEXT,
  closed_at TEXT
);
CREATE INDEX tasks_account ON tasks(account_id, status);

CREATE TABLE csm_notes (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  account_id TEXT NOT NULL,
  date TEXT NOT NULL,
  text TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX csm_notes_account ON csm_notes(account_id, date);
`,
};

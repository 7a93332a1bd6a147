// The CSM's narrative per account and quarter, stored as one validated JSON value.
import type { Database } from 'sql.js';
import type { Locale } from '../../shared/ipc/contract';
import { QbrNarrative } from '../../shared/ipc/contract';
import type { QbrNarrativeAnswer } from '../../shared/ipc/contract';
import { QBR_SECTION_KINDS } from '../../shared/qbr/document';
import { selectAll } from '../db/repos/rows';
import { recordEdit } from '../edit-undo/log';
import { readRow } from '../edit-undo/rows';

export function defaultNarrative(language: Locale): QbrNarrative {
  return {
    summaryNotes: '',
    goals: [],
    attendees: [],
    nextSteps: [],
    risks: [],
    decisions: [],
    // The health section shows the internal score and its components: the CSM adds it by choice.
    // Benchmarks are an optional slide (#17): off until the CSM picks them.
    sections: QBR_SECTION_KINDS.filter((kind) => kind !== 'health' && kind !== 'benchmarks'),
    language,
    paper: 'A4',
  };
}

export function getNarrative(
  db: Database,
  accountId: string,
  quarter: string,
  language: Locale,
): QbrNarrativeAnswer {
  const row = selectAll(
    db,
    'SELECT narrative, updated_at FROM qbr_narratives WHERE account_id = ? AND quarter = ?',
    [accountId, quarter],
  )[0];
  // A value a newer app wrote that no longer validates falls back to the defaults, never throws.
  const parsed = row ? QbrNarrative.safeParse(JSON.parse(String(row.narrative))) : null;
  return {
    accountId,
    quarter,
    narrative: parsed?.success ? parsed.data : defaultNarrative(language),
    updatedAt: parsed?.success ? String(row?.updated_at) : null,
  };
}

export function saveNarrative(
  db: Database,
  accountId: string,
  quarter: string,
  narrative: QbrNarrative,
  at: string,
): QbrNarrativeAnswer {
  // Sections are kept in reading order whatever order they were ticked in.
  const sections = QBR_SECTION_KINDS.filter((kind) => narrative.sections.includes(kind));
  const value = { ...narrative, sections };
  const key = { account_id: accountId, quarter };
  const before = readRow(db, 'qbr_narratives', key);
  db.run(
    `INSERT INTO qbr_narratives (account_id, quarter, narrative, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT(account_id, quarter) DO UPDATE SET narrative = excluded.narrative, updated_at = excluded.updated_at`,
    [accountId, quarter, JSON.stringify(value), at],
  );
  recordEdit(
    db,
    {
      domain: 'narrative',
      action: 'narrative.save',
      accountId,
      label: quarter,
      rows: [{ table: 'qbr_narratives', key, before }],
    },
    at,
  );
  return { accountId, quarter, narrative: value, updatedAt: at };
}

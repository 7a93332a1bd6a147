import type { DataKind } from '../../shared/domain/kinds';

type ColumnType = 'text' | 'real' | 'int' | 'bool' | 'json';

export interface ColumnSpec {
  field: string;
  column: string;
  type: ColumnType;
}

/** How an entity kind is stored: its table, columns and natural key (for idempotent upserts). */
export interface TableSpec {
  kind: DataKind;
  table: string;
  columns: readonly ColumnSpec[];
  key: readonly string[];
}

const c = (field: string, column: string, type: ColumnType): ColumnSpec => ({
  field,
  column,
  type,
});

export const TABLES: Record<DataKind, TableSpec> = {
  // Success plans (migration 012): one goal per account and title; ids and times are the table's.
  goals: {
    kind: 'goals',
    table: 'goals',
    key: ['accountId', 'title'],
    columns: [
      c('accountId', 'account_id', 'text'),
      c('title', 'title', 'text'),
      c('owner', 'owner', 'text'),
      c('startDate', 'start_date', 'text'),
      c('dueDate', 'due_date', 'text'),
      c('direction', 'direction', 'text'),
      c('measureKind', 'measure_kind', 'text'),
      c('measureRef', 'measure_ref', 'text'),
      c('target', 'target', 'real'),
      c('manualStatus', 'manual_status', 'text'),
      c('note', 'note', 'text'),
    ],
  },
  accounts: {
    kind: 'accounts',
    table: 'accounts',
    key: ['id'],
    columns: [
      c('id', 'id', 'text'),
      c('name', 'name', 'text'),
      c('segment', 'segment', 'text'),
      c('owner', 'owner', 'text'),
      c('currency', 'currency', 'text'),
      c('arr', 'arr', 'real'),
      c('renewalDate', 'renewal_date', 'text'),
      c('industry', 'industry', 'text'),
      c('country', 'country', 'text'),
      c('signupDate', 'signup_date', 'text'),
      c('seats', 'seats', 'int'),
      c('plan', 'plan', 'text'),
      c('churned', 'churned', 'bool'),
    ],
  },
  contacts: {
    kind: 'contacts',
    table: 'contacts',
    key: ['id'],
    columns: [
      c('id', 'id', 'text'),
      c('accountId', 'account_id', 'text'),
      c('name', 'name', 'text'),
      c('email', 'email', 'text'),
      c('role', 'role', 'text'),
      c('isChampion', 'is_champion', 'bool'),
      c('startDate', 'start_date', 'text'),
      c('endDate', 'end_date', 'text'),
    ],
  },
  contract_lines: {
    kind: 'contract_lines',
    table: 'contract_lines',
    key: ['id'],
    columns: [
      c('id', 'id', 'text'),
      c('accountId', 'account_id', 'text'),
      c('plan', 'plan', 'text'),
      c('seats', 'seats', 'int'),
      c('mrr', 'mrr', 'real'),
      c('currency', 'currency', 'text'),
      c('startDate', 'start_date', 'text'),
      c('endDate', 'end_date', 'text'),
      c('isTrial', 'is_trial', 'bool'),
      c('upgrade', 'upgrade', 'bool'),
      c('downgrade', 'downgrade', 'bool'),
      c('churn', 'churn', 'bool'),
      c('autoRenew', 'auto_renew', 'bool'),
    ],
  },
  usage: {
    kind: 'usage',
    table: 'usage_points',
    key: ['accountId', 'metric', 'date'],
    columns: [
      c('accountId', 'account_id', 'text'),
      c('metric', 'metric', 'text'),
      c('date', 'date', 'text'),
      c('value', 'value', 'real'),
    ],
  },
  events: {
    kind: 'events',
    table: 'events',
    key: ['id'],
    columns: [
      c('id', 'id', 'text'),
      c('accountId', 'account_id', 'text'),
      c('type', 'type', 'text'),
      c('date', 'date', 'text'),
      c('title', 'title', 'text'),
      c('detail', 'detail', 'text'),
    ],
  },
  surveys: {
    kind: 'surveys',
    table: 'survey_responses',
    key: ['id'],
    columns: [
      c('id', 'id', 'text'),
      c('accountId', 'account_id', 'text'),
      c('contactId', 'contact_id', 'text'),
      c('kind', 'kind', 'text'),
      c('date', 'date', 'text'),
      c('score', 'score', 'real'),
      c('comment', 'comment', 'text'),
    ],
  },
  tickets: {
    kind: 'tickets',
    table: 'tickets',
    key: ['id'],
    columns: [
      c('id', 'id', 'text'),
      c('accountId', 'account_id', 'text'),
      c('openedDate', 'opened_date', 'text'),
      c('closedDate', 'closed_date', 'text'),
      c('priority', 'priority', 'text'),
      c('status', 'status', 'text'),
      c('satisfaction', 'satisfaction', 'real'),
      c('escalated', 'escalated', 'bool'),
      c('resolutionHours', 'resolution_hours', 'real'),
      c('subject', 'subject', 'text'),
    ],
  },
  churn: {
    kind: 'churn',
    table: 'churn_records',
    key: ['accountId', 'date'],
    columns: [
      c('accountId', 'account_id', 'text'),
      c('date', 'date', 'text'),
      c('reason', 'reason', 'text'),
      c('note', 'note', 'text'),
    ],
  },
  experiments: {
    kind: 'experiments',
    table: 'experiments',
    key: ['id'],
    columns: [
      c('id', 'id', 'text'),
      c('accountId', 'account_id', 'text'),
      c('name', 'name', 'text'),
      c('hypothesis', 'hypothesis', 'text'),
      c('primaryKpi', 'primary_kpi', 'text'),
      c('secondaryKpis', 'secondary_kpis', 'json'),
      c('kpiUnit', 'kpi_unit', 'text'),
      c('direction', 'direction', 'text'),
      c('rolloutDate', 'rollout_date', 'text'),
      c('preStart', 'pre_start', 'text'),
      c('preEnd', 'pre_end', 'text'),
      c('postStart', 'post_start', 'text'),
      c('postEnd', 'post_end', 'text'),
      c('alpha', 'alpha', 'real'),
    ],
  },
  experiment_observations: {
    kind: 'experiment_observations',
    table: 'experiment_observations',
    key: ['experimentId', 'unitId', 'kpi', 'date'],
    columns: [
      c('experimentId', 'experiment_id', 'text'),
      c('unitId', 'unit_id', 'text'),
      c('group', 'grp', 'text'),
      c('date', 'date', 'text'),
      c('kpi', 'kpi', 'text'),
      c('value', 'value', 'real'),
    ],
  },
};

export type SqlValue = string | number | null;

export function toSql(type: ColumnType, value: unknown): SqlValue {
  if (value === null || value === undefined) return null;
  switch (type) {
    case 'bool':
      return value ? 1 : 0;
    case 'json':
      return JSON.stringify(value);
    case 'real':
    case 'int':
      return Number(value);
    case 'text':
      return String(value);
  }
}

export function fromSql(type: ColumnType, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  switch (type) {
    case 'bool':
      return value === 1 || value === '1' || value === true;
    case 'json':
      return JSON.parse(String(value)) as unknown;
    case 'real':
    case 'int':
      return Number(value);
    case 'text':
      return String(value);
  }
}

export function rowToEntity<T>(spec: TableSpec, row: Record<string, unknown>): T {
  const out: Record<string, unknown> = {};
  for (const col of spec.columns) out[col.field] = fromSql(col.type, row[col.column]);
  return out as T;
}

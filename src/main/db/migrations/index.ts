import { migration001 } from './001_init';
import { migration002 } from './002_health';
import { migration003 } from './003_experiments';
import { migration004 } from './004_portfolio';
import { migration005 } from './005_qbr';
import { migration006 } from './006_batch_inserts';
import { migration007 } from './007_goals';
import { migration008 } from './008_edit_undo';
import { migration009 } from './009_experiments_by_account';
import { migration010 } from './010_usage_numeric';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** In order; each runs once, in its own transaction, and is recorded in schema_migrations. */
export const MIGRATIONS: readonly Migration[] = [
  migration001,
  migration002,
  migration003,
  migration004,
  migration005,
  migration006,
  migration007,
  migration008,
  migration009,
  migration010,
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;

import { describe, expect, it } from 'vitest';
import type { Statement } from 'sql.js';
import type { SqlValue } from '../../../src/main/db/tables';
import { TABLES, toSql } from '../../../src/main/db/tables';
import { ChunkJson, JsonText, TableStatements } from '../../../src/main/import/write/bulk-writer';
import { mulberry32 as random } from '../../../src/shared/analytics/experiments';

/** Values JSON spells in special ways: escapes, non-ASCII, lone surrogates, odd numbers. */
const VALUES: unknown[] = [
  null,
  undefined,
  '',
  'ACC-00001',
  'say "hi"\\ now',
  'tab\tnew\nline\u0001',
  'ไทย ğüşİ',
  '\ud83d\ude00',
  '\ud800 lone',
  'x'.repeat(100),
  '2024-01-05',
  0,
  -0,
  1.5,
  -1e-7,
  1e21,
  5e-324,
  Number.MAX_VALUE,
  NaN,
  Infinity,
  true,
  false,
  ['a', 1],
  { nested: 'yes' },
];

const noStatements = () => ({}) as Statement;

describe('a chunk of rows as JSON', () => {
  it.each(Object.values(TABLES).map((spec) => [spec.table, spec] as const))(
    'spells %s rows and keys as JSON.stringify does, key columns first',
    (_, spec) => {
      const t = new TableStatements(noStatements, spec);
      const order = [...t.keyIndexes, ...t.nonKeyIndexes];
      const next = random(spec.table.length);
      const pick = () => VALUES[Math.floor(next() * VALUES.length)];
      const text = new JsonText();
      const fromEntities = new ChunkJson(text, t);
      const fromValues = new ChunkJson(text, t);
      const rows: SqlValue[][] = [];
      for (let i = 0; i < 500; i++) {
        const entity = Object.fromEntries(spec.columns.map((col) => [col.field, pick()]));
        const values = spec.columns.map((col) => toSql(col.type, entity[col.field]));
        fromEntities.addEntity(spec, entity);
        fromValues.addValues(values);
        rows.push(values);
      }
      const rowsJson = JSON.stringify(rows.map((r) => order.map((c) => r[c])));
      const keysJson = JSON.stringify(rows.map((r) => t.keyIndexes.map((c) => r[c])));
      for (const json of [fromEntities, fromValues]) {
        expect(json.count).toBe(500);
        expect(Buffer.from(json.rowsBytes()).toString('utf8')).toBe(rowsJson);
        expect(Buffer.from(json.keysBytes()).toString('utf8')).toBe(keysJson);
      }
    },
  );
});

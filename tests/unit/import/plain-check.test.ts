import { describe, expect, it, vi } from 'vitest';
import type { z } from 'zod';
import type { DataKind } from '../../../src/shared/domain/kinds';
import { ENTITY_SCHEMAS } from '../../../src/shared/domain/kinds';
import type { CellValue } from '../../../src/main/import/read/cells';
import { kindDef } from '../../../src/main/import/check/kinds';
import { plainCheckOf } from '../../../src/main/import/check/plain-check';
import { validateRows } from '../../../src/main/import/check/validate';
import { autoMap } from '../../../src/main/import/map/mapping';
import { mulberry32 as random } from '../../../src/shared/analytics/experiments';
import { SheetRows } from '../../../src/main/import/read/sheet-rows';

/** Values at and around every rule the entity schemas hold, and of every wrong type. */
const POOL: unknown[] = [
  null,
  undefined,
  '',
  ' ',
  'x',
  'Acme',
  'A'.repeat(200),
  'A'.repeat(201),
  '2024-01-05',
  '2024-1-5',
  '2024-01-05x',
  'USD',
  'usd',
  'US',
  'nps',
  'csat',
  'high',
  'treatment',
  'control',
  0,
  -0,
  1,
  0.5,
  1.5,
  -1,
  10,
  11,
  100,
  2 ** 53 - 1,
  2 ** 53,
  NaN,
  Infinity,
  -Infinity,
  true,
  false,
  [],
  {},
];

interface FieldDef {
  _zod: { def: { entries?: Record<string, string>; innerType?: FieldDef } };
}
interface ShapeDef {
  _zod: { def: { shape?: Record<string, z.ZodType> } };
}

/** An enum field's own words (a nullable one's too), which the pool cannot guess. */
const wordsOf = (field: FieldDef): unknown[] => {
  const { entries, innerType } = field._zod.def;
  return entries ? Object.values(entries) : innerType ? wordsOf(innerType) : [];
};

/** Entities near the edge of `schema`: mostly valid fields with some swapped, dropped or added. */
function* candidates(schema: z.ZodType, next: () => number): Generator<unknown> {
  const shape = (schema as unknown as ShapeDef)._zod.def.shape ?? {};
  const pick = <T>(values: readonly T[]) => values[Math.floor(next() * values.length)]!;
  const keys = Object.keys(shape);
  const pools = new Map(
    keys.map((key) => [key, [...POOL, ...wordsOf(shape[key] as unknown as FieldDef)]]),
  );
  const fits = new Map(
    keys.map((key) => [key, pools.get(key)!.filter((v) => shape[key]!.safeParse(v).success)]),
  );
  for (let i = 0; i < 3_000; i++) {
    const entity: Record<string, unknown> = {};
    for (const key of keys) {
      const ok = fits.get(key)!;
      entity[key] = ok.length > 0 && next() < 0.95 ? pick(ok) : pick(pools.get(key)!);
    }
    if (next() < 0.3) {
      const key = pick(keys);
      entity[key] = pick(pools.get(key)!);
    }
    if (next() < 0.1) delete entity[pick(keys)];
    if (next() < 0.1) entity.extra = 'kept';
    yield entity;
  }
  yield null;
  yield [];
  yield 'text';
}

describe('the plain entity check', () => {
  it('exists for the kinds big sheets hold', () => {
    for (const kind of ['usage', 'accounts', 'contract_lines', 'events'] as const)
      expect(plainCheckOf(ENTITY_SCHEMAS[kind]), kind).not.toBeNull();
  });

  it('leaves schemas with rules of their own to zod', () => {
    expect(plainCheckOf(ENTITY_SCHEMAS.usage.refine(() => true))).toBeNull();
    expect(plainCheckOf(ENTITY_SCHEMAS.usage.strict())).toBeNull();
    expect(
      plainCheckOf(
        ENTITY_SCHEMAS.usage.extend({ v: ENTITY_SCHEMAS.usage.shape.value.transform(String) }),
      ),
    ).toBeNull();
  });

  it.each(Object.keys(ENTITY_SCHEMAS) as DataKind[])(
    'passes exactly what zod passes for %s',
    (kind) => {
      const schema = ENTITY_SCHEMAS[kind];
      const check = plainCheckOf(schema);
      if (!check) return;
      let passed = 0;
      for (const entity of candidates(schema, random(kind.length * 7919))) {
        const zod = schema.safeParse(entity).success;
        expect(check(entity), JSON.stringify(entity)).toBe(zod);
        if (zod) passed++;
      }
      // Both answers occur, so the comparison covers each direction.
      expect(passed).toBeGreaterThan(100);
      expect(passed).toBeLessThan(3_000);
    },
  );
});

describe('validation with and without the plain check', () => {
  const run = (kind: DataKind, schema: z.ZodType, headers: string[], rows: CellValue[][]) => {
    const valid: { row: number; entity: Record<string, unknown> }[] = [];
    const v = validateRows(
      SheetRows.of(rows),
      {
        def: kindDef(kind),
        schema,
        headers,
        mapping: autoMap(headers, kindDef(kind)),
        firstRowNumber: 2,
        ctx: { currency: 'USD' },
      },
      (row, entity) => valid.push({ row, entity }),
    );
    return {
      valid,
      problems: v.problems.first,
      count: v.problems.count,
      skipped: v.skipped,
    };
  };

  /** The same rows through the plain check and through zod alone (a refined schema has none). */
  function compare(kind: DataKind, headers: string[], rows: CellValue[][]) {
    const schema: z.ZodType = ENTITY_SCHEMAS[kind];
    const spy = vi.spyOn(schema, 'safeParse');
    const fast = run(kind, schema, headers, rows);
    const zodCalls = spy.mock.calls.length;
    spy.mockRestore();
    const slow = run(
      kind,
      schema.refine(() => true),
      headers,
      rows,
    );
    expect(fast).toEqual(slow);
    return { fast, zodCalls };
  }

  it('gives the same rows and problems for usage, bad values included', () => {
    const rows: CellValue[][] = [];
    const values: CellValue[] = [3, '4', 'many', null, 1.5, -2, '#N/A', '1,5', true];
    const dates: CellValue[] = [new Date(Date.UTC(2024, 0, 1)), '2024-02-30', 45000, 'soon', null];
    for (let i = 0; i < 90; i++)
      rows.push([
        i % 11 === 0 ? null : `A-${i % 4}`,
        i % 13 === 0 ? '' : `metric ${i % 3}`,
        dates[i % dates.length]!,
        values[i % values.length]!,
      ]);
    const { fast, zodCalls } = compare('usage', ['Account ID', 'Metric', 'Date', 'Value'], rows);
    expect(fast.valid.length).toBeGreaterThan(10);
    expect(fast.problems.length).toBeGreaterThan(10);
    // zod ran only for rows the plain check refused, never for a good one.
    expect(zodCalls).toBeLessThan(fast.valid.length);
  });

  it('gives the same rows and problems where only zod words the problem', () => {
    const rows: CellValue[][] = [
      ['A1', 'Acme', 1200, 'USD', 10],
      ['A2', 'Beta', 500, 'dollars', 5],
      ['A3', 'Gamma', 'lots', 'EUR', 2.5],
      ['A4', '', 100, 'eur', null],
      ['A5', 'Delta', 99.999, 'JPY', 3],
    ];
    const { fast, zodCalls } = compare(
      'accounts',
      ['Account ID', 'Account Name', 'ARR', 'Currency', 'Seats'],
      rows,
    );
    expect(fast.problems.some((p) => p.key === 'import.row.currency')).toBe(true);
    expect(zodCalls).toBeGreaterThan(0);
  });
});

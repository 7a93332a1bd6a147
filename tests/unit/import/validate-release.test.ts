// The validation a preview keeps until the commit does not keep the check's visitor, nor what
// the visitor holds (the preview's set of every key, 7 MB at 200k usage rows; #19.5).
import v8 from 'node:v8';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { kindDef } from '../../../src/main/import/check/kinds';
import { validateRows } from '../../../src/main/import/check/validate';
import { autoMap } from '../../../src/main/import/map/mapping';
import { SheetRows } from '../../../src/main/import/read/sheet-rows';
import { ENTITY_SCHEMAS } from '../../../src/shared/domain/kinds';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

describe('validation memory', () => {
  it('lets the visitor go once every row is checked, and still gives the valid entities', async () => {
    const headers = ['Account ID', 'Metric', 'Date', 'Value'];
    const rows = SheetRows.of([
      ['A1', 'logins', '2024-01-01', 5],
      ['A2', 'logins', '2024-01-01', 6],
    ]);
    let seen = 0;
    const validation = (() => {
      const held = { keys: new Set<string>() };
      const visit = (_: number, entity: Record<string, unknown>) => {
        held.keys.add(String(entity.accountId));
        seen++;
      };
      const v = validateRows(
        rows,
        {
          def: kindDef('usage'),
          schema: ENTITY_SCHEMAS.usage,
          headers,
          mapping: autoMap(headers, kindDef('usage')),
          firstRowNumber: 2,
          ctx: { currency: 'USD' },
        },
        visit,
      );
      return { v, ref: new WeakRef(held) };
    })();
    expect(seen).toBe(2);
    // A WeakRef keeps its target until the current job ends.
    await new Promise((resolve) => setTimeout(resolve, 0));
    gc();
    expect(validation.ref.deref()).toBeUndefined();
    const again: string[] = [];
    validation.v.eachValid((_, entity) => again.push(String(entity.accountId)));
    expect(again).toEqual(['A1', 'A2']);
  });
});

// Scenarios for the importer's "not data" skips (#13.5), spread into messages.test.ts's table:
// each key is produced by the real validation of rows the way a CSM's sheet holds them.
import { ENTITY_SCHEMAS } from '../../../src/shared/domain/kinds';
import type { DataKind } from '../../../src/shared/domain/kinds';
import type { ImportMessage, ImportMessageKey } from '../../../src/shared/ipc/contract';
import type { CellValue } from '../../../src/main/import/read/cells';
import { kindDef } from '../../../src/main/import/check/kinds';
import { validateRows } from '../../../src/main/import/check/validate';
import { SheetRows } from '../../../src/main/import/read/sheet-rows';

interface Produced {
  kind: DataKind | null;
  messages: readonly ImportMessage[];
}

/** Validates rows whose columns are the fields, in order; the skipped rows' reasons. */
function skipped(fields: readonly string[], rows: CellValue[][]): Produced {
  const v = validateRows(SheetRows.of(rows), {
    def: kindDef('accounts'),
    schema: ENTITY_SCHEMAS.accounts,
    headers: fields,
    mapping: Object.fromEntries(fields.map((f, i) => [f, i])),
    firstRowNumber: 2,
    ctx: { currency: 'USD' },
  });
  return { kind: 'accounts', messages: v.skipped };
}

const ACCOUNTS: CellValue[][] = [
  ['ACC-001', 'Acme', 1200],
  ['ACC-002', 'Beta', 2400],
  ['ACC-003', 'Gamma', 3600],
];

type SkipKey = Extract<ImportMessageKey, `import.skip.${string}`>;

export function skipScenarios(): Record<SkipKey, () => Produced> {
  return {
    'import.skip.total': () => skipped(['id', 'name', 'arr'], [...ACCOUNTS, ['Total', null, 7200]]),
    'import.skip.header': () =>
      skipped(['id', 'name', 'arr'], [...ACCOUNTS, ['id', 'name', 'arr'], ['ACC-004', 'D', 1]]),
    'import.skip.note': () =>
      skipped(['id', 'name', 'arr'], [...ACCOUNTS, [null, null, null], ['Note: ARR in USD']]),
    'import.skip.page': () =>
      skipped(['id', 'name', 'arr'], [...ACCOUNTS, ['Page 2 of 3'], ['ACC-004', 'D', 1]]),
    'import.skip.notData': () =>
      skipped(['id', 'name', 'arr'], [...ACCOUNTS, ['Prepared by the finance team']]),
  };
}

// The health, timeline and backtest commands on a workspace file, as a CSM would run them.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliCapturing } from '../../helpers/cli';
import { HAND_AS_OF, HAND_CHECKED } from '../../unit/health/handChecked';
import { account, line } from '../../unit/health/fixtures';
import { openWorkspace, writeRows } from '../../helpers/health-workspace';
import { testServices } from '../../helpers/services';
import type { TestServices } from '../../helpers/services';

let t: TestServices;
let file: string;

const cli = (...argv: string[]) => runCliCapturing(t.services, argv);

beforeAll(async () => {
  t = testServices();
  const ws = await openWorkspace(t, 'cli.qbr');
  file = ws.file;
  writeRows(ws, {
    accounts: [
      HAND_CHECKED.account,
      account({ id: 'B2', name: 'Gone Ltd', churned: true, signupDate: '2024-01-01' }),
    ],
    contacts: HAND_CHECKED.contacts ?? [],
    contract_lines: [
      ...(HAND_CHECKED.contracts ?? []),
      line('B-L1', { accountId: 'B2', endDate: '2025-01-01', churn: true }),
    ],
    usage: HAND_CHECKED.usage ?? [],
    tickets: HAND_CHECKED.tickets ?? [],
    events: HAND_CHECKED.events ?? [],
  });
  t.services.workspaces.closeAll();
});
afterAll(() => t.cleanup());

describe('health CLI', () => {
  it('health --json prints score, band and each component', async () => {
    const { code, out } = await cli(
      'health',
      '--workspace',
      file,
      '--account',
      'A1',
      '--week',
      HAND_AS_OF,
      '--json',
    );
    expect(code).toBe(0);
    const [row, ...rest] = JSON.parse(out) as Record<string, unknown>[];
    expect(rest).toHaveLength(0);
    expect(row).toMatchObject({
      accountId: 'A1',
      week: HAND_AS_OF,
      band: 'yellow',
      modelVersion: 1,
    });
    expect(row?.score).toBeCloseTo(5435 / 90, 6);
    const components = row?.components as Record<string, unknown>[];
    expect(components).toHaveLength(12);
    expect(Object.keys(components[0] ?? {}).sort()).toEqual(
      [
        'contribution',
        'effectiveWeight',
        'id',
        'missing',
        'stale',
        'subScore',
        'value',
        'weight',
      ].sort(),
    );
    expect(components.find((c) => c.id === 'nps')).toMatchObject({ missing: true, value: null });
  });

  it('health without --account covers every account', async () => {
    const { out } = await cli('health', '--workspace', file, '--json');
    expect((JSON.parse(out) as { accountId: string }[]).map((r) => r.accountId)).toEqual([
      'A1',
      'B2',
    ]);
  });

  it('timeline --json prints the items newest first', async () => {
    const { code, out } = await cli('timeline', '--workspace', file, '--account', 'A1', '--json');
    expect(code).toBe(0);
    const items = JSON.parse(out) as { date: string; kind: string }[];
    expect(items.length).toBeGreaterThan(5);
    expect(items.map((i) => i.date)).toEqual(
      items
        .map((i) => i.date)
        .sort()
        .reverse(),
    );
  });

  it('backtest --json prints AUC and churn rate per band', async () => {
    // B2's contract ended after the data do: as of the data's end it has not churned yet, so
    // the backtest is run as of a later day.
    const { code, out } = await cli(
      'backtest',
      '--workspace',
      file,
      '--horizon',
      '30',
      '--as-of',
      '2026-10-01',
      '--json',
    );
    expect(code).toBe(0);
    const result = JSON.parse(out) as Record<string, unknown>;
    expect(result).toMatchObject({ horizonDays: 30, churned: 1, renewed: 1, asOf: '2026-10-01' });
    expect(result.rows).toHaveLength(2);
    const asOfData = JSON.parse(
      (await cli('backtest', '--workspace', file, '--horizon', '30', '--json')).out,
    ) as Record<string, unknown>;
    expect(asOfData).toMatchObject({ churned: 0, renewed: 1 });
    expect(
      (await cli('backtest', '--workspace', file, '--horizon', '30', '--as-of', '2026-02-30')).code,
    ).toBe(2);
    expect(Object.keys(result.bands as object).sort()).toEqual(['green', 'red', 'yellow']);
    expect(typeof result.auc).toBe('number');
  });

  it('refuses a bad week or a missing account with exit codes 2 and 1', async () => {
    expect((await cli('health', '--workspace', file, '--week', '3 May')).code).toBe(2);
    const missing = await cli('timeline', '--workspace', path.join(file), '--account', 'NOPE');
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('NOPE');
  });
});

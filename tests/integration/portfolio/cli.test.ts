// `portfolio --json` on the hand book: the metrics and their parts, worked out by hand in
// tests/integration/portfolio/hand-book.test.ts's comments (2025-Q2, EUR at 1.1 USD).
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCliCapturing } from '../../helpers/cli';
import type { PortfolioMetrics } from '../../../src/shared/analytics/portfolio';
import { testServices } from '../../helpers/services';
import type { TestServices } from '../../helpers/services';
import { request, workspaceWith } from '../../helpers/portfolio-workspace';
import { accounts, churnRecords, lines } from '../../unit/portfolio/handBook';

let t: TestServices;
let file: string;
beforeEach(async () => {
  t = testServices();
  await workspaceWith(t, { accounts, contract_lines: lines, churn: churnRecords });
  file = path.join(t.dir, 'book.qbr');
});
afterEach(() => t.cleanup());

async function cli(...argv: string[]) {
  // The app must let go of the workspace (its lock) before the CLI opens it.
  t.services.workspaces.closeAll();
  return runCliCapturing(t.services, argv);
}

describe('the portfolio CLI command', () => {
  it('prints the metrics with their parts as JSON', async () => {
    await request(t, 'portfolio:setFxRates', { rates: [{ currency: 'EUR', rate: 1.1 }] });
    const run = await cli(
      'portfolio',
      '--workspace',
      file,
      '--from',
      '2025-04-01',
      '--to',
      '2025-06-30',
      '--json',
    );
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    const m = JSON.parse(run.out) as PortfolioMetrics;
    expect(m.customers).toMatchObject({ start: 5, end: 6, new: 2, reactivated: 1, churned: 2 });
    expect(m.mrr).toMatchObject({
      start: 1700,
      end: 1665,
      new: 255,
      reactivation: 250,
      expansion: 100,
      contraction: 440,
      churn: 200,
    });
    expect(m.customerRetention).toEqual({ percent: 60, numerator: 3, denominator: 5 });
  });

  it('filters by segment and owner', async () => {
    await request(t, 'portfolio:setFxRates', { rates: [{ currency: 'EUR', rate: 1.1 }] });
    const run = await cli(
      'portfolio',
      '--workspace',
      file,
      '--from',
      '2025-04-01',
      '--to',
      '2025-06-30',
      '--segment',
      'smb',
      '--owner',
      'bob',
      '--json',
    );
    const m = JSON.parse(run.out) as PortfolioMetrics;
    // smb and bob: B and E. Start: none. End: B 250 (reactivated), E 165 (new).
    expect(m.filters).toEqual({ segment: 'smb', owner: 'bob' });
    expect(m.customers).toMatchObject({ start: 0, end: 2, new: 1, reactivated: 1 });
    expect(m.customerRetention.percent).toBeNull();
  });

  it('fails clearly when a rate is missing, and on a bad date', async () => {
    const missing = await cli(
      'portfolio',
      '--workspace',
      file,
      '--from',
      '2025-04-01',
      '--to',
      '2025-06-30',
      '--json',
    );
    expect(missing.code).toBe(1);
    expect(missing.out).toBe('');
    expect(missing.err).toMatch(/No exchange rate into USD for EUR/);
    const bad = await cli(
      'portfolio',
      '--workspace',
      file,
      '--from',
      '1 April',
      '--to',
      '2025-06-30',
    );
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--from YYYY-MM-DD/);
  });
});

// The Portfolio screen on the sample workspace: enter the missing exchange rates, change the
// period and a filter, and check that the metric cards show what main computes for them.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { dispatch } from '../../src/main/ipc/dispatch';
import type { MetricsAnswer, TableAnswer } from '../../src/shared/ipc/contract';
import { SCREENSHOT_DIR, launchApp } from './harness';
import type { AppHarness } from './harness';

let app: AppHarness;
test.beforeEach(async () => {
  app = await launchApp();
});
test.afterEach(async () => app.close());

const pct = (p: number | null) =>
  p === null ? '—' : `${new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }).format(p)}%`;

async function metrics(input: object): Promise<NonNullable<MetricsAnswer['metrics']>> {
  const result = await dispatch('portfolio:metrics', input, app.services);
  if (!result.ok) throw new Error(result.error.message);
  return (result.value as MetricsAnswer).metrics!;
}

test('period and segment change the metric cards, rates unlock them, the table exports', async () => {
  const { page } = app;
  await page.getByRole('button', { name: 'Open sample workspace' }).click();

  // The sample book is priced in four currencies: the metrics wait for the rates, entered in
  // the dialog the banner's button opens.
  const missing = page.getByTestId('missing-rates');
  await expect(missing).toContainText('EUR, THB, TRY', { timeout: 60_000 });
  await missing.getByRole('button', { name: 'Enter exchange rates' }).click();
  const dialog = page.getByTestId('fx-dialog');
  await dialog.getByLabel('1 EUR in USD').fill('1.08');
  await dialog.getByLabel('1 THB in USD').fill('0,028');
  await dialog.getByLabel('1 TRY in USD').fill('0.031');
  await dialog.getByRole('button', { name: 'Save rates' }).click();
  await expect(missing).toBeHidden();

  // The default period is the last complete quarter; pick 2026-Q3 explicitly.
  await page.getByRole('combobox', { name: 'Kind of period' }).selectOption('quarter');
  await page.getByRole('combobox', { name: 'Year' }).selectOption('2026');
  await page.getByRole('combobox', { name: 'Quarter' }).selectOption('3');
  const q3 = await metrics({ period: { kind: 'quarter', quarter: '2026-Q3' } });
  await expect(page.getByTestId('period-range')).toContainText('1 Jul 2026');
  await expect(page.getByTestId('metric-retention')).toContainText(
    pct(q3.customerRetention.percent),
  );
  await expect(page.getByTestId('metric-logo-churn')).toContainText(
    `${q3.customers.churned} of ${q3.customers.start} customers left`,
  );
  await expect(page.getByTestId('metric-nrr')).toContainText(pct(q3.netRevenueRetention.percent));

  // Another quarter: the cards follow.
  await page.getByRole('combobox', { name: 'Quarter' }).selectOption('1');
  const q1 = await metrics({ period: { kind: 'quarter', quarter: '2026-Q1' } });
  expect(q1.customers.start).not.toBe(q3.customers.start);
  await expect(page.getByTestId('metric-logo-churn')).toContainText(
    `${q1.customers.churned} of ${q1.customers.start} customers left`,
  );
  await expect(page.getByTestId('metric-grr')).toContainText(pct(q1.grossRevenueRetention.percent));

  // A segment filter narrows the cards and the table alike.
  await page.getByRole('combobox', { name: 'Segment' }).selectOption('Enterprise');
  const ent = await metrics({
    period: { kind: 'quarter', quarter: '2026-Q1' },
    segment: 'Enterprise',
  });
  expect(ent.customers.start).toBeLessThan(q1.customers.start);
  await expect(page.getByTestId('metric-logo-churn')).toContainText(
    `${ent.customers.churned} of ${ent.customers.start} customers left`,
  );
  await expect(page.getByTestId('metric-retention')).toContainText(
    pct(ent.customerRetention.percent),
  );
  // Churned accounts are hidden from the table by default.
  const enterprise = app.services.workspaces
    .require()
    .db.exec("SELECT COUNT(*) FROM accounts WHERE segment = 'Enterprise' AND churned = 0")[0]!
    .values[0]![0];
  await expect(page.getByTestId('account-count')).toHaveText(`${enterprise} of 45 accounts`);

  await expect(page.getByRole('img', { name: 'MRR movement' })).toBeVisible();
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.getByRole('combobox', { name: 'Segment' }).selectOption('');
  await page.getByRole('combobox', { name: 'Quarter' }).selectOption('3');
  await expect(page.getByTestId('metric-retention')).toContainText(
    pct(q3.customerRetention.percent),
  );
  await page.waitForTimeout(500); // let the charts finish their entry animation
  await page.screenshot({
    path: path.join(SCREENSHOT_DIR, 'portfolio-metrics.png'),
    fullPage: true,
  });

  // Export the table: the file lands where the save dialog said.
  app.nextSavePath = path.join(app.dataDir, 'export.xlsx');
  await page.getByRole('button', { name: 'Export to .xlsx' }).click();
  const listed = app.services.workspaces
    .require()
    .db.exec('SELECT COUNT(*) FROM accounts WHERE churned = 0')[0]!.values[0]![0];
  await expect(
    page.getByRole('status').filter({ hasText: `Exported ${listed} accounts` }),
  ).toBeVisible();
  expect(fs.existsSync(path.join(app.dataDir, 'export.xlsx'))).toBe(true);
  expect(app.requests.filter((u) => !u.startsWith('http://127.0.0.1:'))).toEqual([]);
});

test('the table shows before health scores are fresh and fills in the bands when they are', async () => {
  const { page, services } = app;
  // Hold the recompute at a gate, so "before" is certain rather than a race with it.
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const fresh = services.health.fresh.bind(services.health);
  services.health.fresh = async (ws, today) => {
    await gate;
    return fresh(ws, today);
  };
  await page.getByRole('button', { name: 'Open sample workspace' }).click();

  const table = page.getByRole('table', { name: 'Portfolio' });
  const firstRow = table.locator('.virtual-row').first();
  await expect(firstRow).toBeVisible({ timeout: 60_000 });
  await expect(firstRow.getByTitle('Health scores are being updated')).toHaveCount(3);
  await expect(table.locator('.pf-band')).toHaveCount(0);
  const listed = services.workspaces
    .require()
    .db.exec('SELECT COUNT(*) FROM accounts WHERE churned = 0')[0]!.values[0]![0];
  await expect(page.getByTestId('account-count')).toHaveText(`${listed} of 45 accounts`);

  release();
  await expect(table.locator('.pf-band').first()).toBeVisible({ timeout: 60_000 });
  await expect(table.getByTitle('Health scores are being updated')).toHaveCount(0);
  // The rows on screen carry the bands main scored for them (churned accounts may have none).
  const result = await dispatch('portfolio:table', { includeChurned: false }, services);
  if (!result.ok) throw new Error(result.error.message);
  const shown = await table.locator('.virtual-row').count();
  const scored = (result.value as TableAnswer).rows.slice(0, shown).filter((r) => r.band !== null);
  expect(scored.length).toBeGreaterThan(0);
  await expect(table.locator('.pf-band')).toHaveCount(scored.length);
});

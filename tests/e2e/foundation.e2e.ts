import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { writeSampleSources } from '../../src/main/sample-workspace';
import { SCREENSHOT_DIR, launchApp } from './harness';
import type { AppHarness } from './harness';

let app: AppHarness;
let sources: string;

test.beforeAll(async () => {
  sources = fs.mkdtempSync(path.join(os.tmpdir(), 'qbr-e2e-src-'));
  await writeSampleSources(sources);
});
test.afterAll(() => fs.rmSync(sources, { recursive: true, force: true }));
test.beforeEach(async () => {
  app = await launchApp();
});
test.afterEach(async () => app.close());

test('imports the sample accounts through the wizard and shows them in the Portfolio', async () => {
  const { page } = app;
  await page.getByRole('button', { name: 'New workspace…' }).click();
  await expect(page.getByText('No accounts yet')).toBeVisible();

  await page.getByRole('button', { name: 'Import', exact: true }).click();
  app.nextFiles = [path.join(sources, 'accounts.xlsx')];
  await page.getByRole('button', { name: 'Choose files…' }).click();
  const card = page.getByTestId('sheet-card');
  await expect(card).toContainText('accounts.xlsx');
  await expect(card).toContainText('Header in row 3');
  await expect(page.getByTestId('sheet-status')).toContainText('45 of 45 rows ready');
  await page.getByRole('button', { name: /Import \d+ rows/ }).click();
  // The import's summary, not the data-age banner (also a status) that may show beside it.
  await expect(page.getByRole('status').filter({ hasText: ' new' })).toContainText('45 new');

  await page.getByRole('button', { name: 'Portfolio' }).click();
  // Churned accounts are hidden from the table by default.
  const listed = app.services.workspaces
    .require()
    .db.exec('SELECT COUNT(*) FROM accounts WHERE churned = 0')[0]!.values[0]![0];
  await expect(page.getByTestId('account-count')).toHaveText(`${listed} of 45 accounts`);
  const rows = page.getByRole('row').filter({ has: page.getByRole('cell') });
  await expect(rows.first()).toBeVisible();

  // Sorting by ARR, descending, puts the largest contract first.
  await page.getByRole('columnheader', { name: /ARR/ }).click();
  await expect(page.getByRole('columnheader', { name: /ARR/ })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  const db = app.services.workspaces.require().db;
  const top = db.exec('SELECT name FROM accounts ORDER BY arr DESC LIMIT 1')[0]!
    .values[0]![0] as string;
  await expect(rows.first()).toContainText(top);

  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'portfolio.png') });

  // The whole journey stayed on the local app.
  const foreign = app.requests.filter((u) => !u.startsWith('http://127.0.0.1:'));
  expect(foreign).toEqual([]);
});

test('switches the interface language at run time', async () => {
  const { page } = app;
  await page.getByRole('button', { name: 'New workspace…' }).click();
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.locator('main').getByRole('combobox').first().selectOption('th');
  await expect(page.getByRole('button', { name: 'พอร์ตลูกค้า' })).toBeVisible();
  await page.locator('main').getByRole('combobox').first().selectOption('tr');
  await expect(page.getByRole('button', { name: 'Portföy' })).toBeVisible();
});

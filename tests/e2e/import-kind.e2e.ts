// The wizard asks what a sheet holds when its columns fit a kind only loosely, and says when a
// customer list without an id is keyed by account name (#13.2, #13.3).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { SCREENSHOT_DIR, launchApp } from './harness';
import type { AppHarness } from './harness';

let app: AppHarness;
let dir: string;
test.beforeEach(async () => {
  app = await launchApp();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qbr-e2e-kind-'));
});
test.afterEach(async () => {
  await app.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const count = (table: string) =>
  Number(
    app.services.workspaces.require().db.exec(`SELECT COUNT(*) FROM ${table}`)[0]!.values[0]![0],
  );

test('asks the kind of an unsure sheet on its card, and reads it as the kind picked', async () => {
  const { page } = app;
  const file = path.join(dir, 'export.csv');
  fs.writeFileSync(
    file,
    'Account ID,Date,Logins\nA1,2024-01-01,3\nA2,2024-01-08,5\nA3,2024-01-15,4\n',
  );
  await page.getByRole('button', { name: 'New workspace…' }).click();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  app.nextFiles = [file];
  await page.getByRole('button', { name: 'Choose files…' }).click();

  const question = page.getByTestId('kind-question');
  await expect(question).toContainText('What does this sheet hold?');
  await expect(page.getByTestId('sheet-problem')).toContainText('choose what this sheet holds');
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'import-kind-question.png') });
  await page.getByTestId('kind-choice-usage').click();
  await expect(question).toHaveCount(0);
  await expect(page.getByTestId('sheet-kind')).toHaveValue('usage');
  await page.getByRole('button', { name: /^Import [\d,]+ rows?$/ }).click();
  await expect(page.getByTestId('history-item')).toHaveCount(1);
  expect(count('usage_points')).toBe(3);
});

test('says a customer list without an id is keyed by account name', async () => {
  const { page } = app;
  const file = path.join(dir, 'book.csv');
  fs.writeFileSync(
    file,
    'Customer,Segment,ARR,Renewal_Date,NPS,CSAT,Active_Users,Total_Seats\nAcme Ltd,Enterprise,120000,2025-03-01,9,4.5,80,100\n',
  );
  await page.getByRole('button', { name: 'New workspace…' }).click();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  app.nextFiles = [file];
  await page.getByRole('button', { name: 'Choose files…' }).click();
  await expect(page.getByTestId('sheet-kind')).toHaveValue('accounts');
  await expect(page.getByTestId('sheet-note')).toContainText(
    'No account ID column: accounts are matched by their name in "Customer"',
  );
  await page.getByRole('button', { name: /^Import [\d,]+ rows?$/ }).click();
  await expect(page.getByTestId('history-item')).toHaveCount(1);
  expect(count('accounts')).toBe(1);
});

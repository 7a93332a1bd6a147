// The wizard never changes existing data the user did not see change (#13.4): re-importing a
// customer list with new values shows "N existing records will change" with each field's old and
// new value before Import, the row skipped as a note is listed, and undo puts the old values back.
// Problems of a large sheet arrive a page at a time and save in full.
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
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qbr-e2e-changes-'));
});
test.afterEach(async () => {
  await app.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const HEAD = 'Account ID,Account Name,Segment,ARR,Renewal Date';

function file(name: string, lines: string[]): string {
  const p = path.join(dir, name);
  fs.writeFileSync(p, lines.join('\n'));
  return p;
}

test('shows what an import will change before Import, and undo restores it', async () => {
  const { page } = app;
  await page.getByRole('button', { name: 'New workspace…' }).click();
  await page.getByRole('button', { name: 'Import', exact: true }).click();

  const first = file('accounts.csv', [
    HEAD,
    'A1,Acme,Enterprise,12000,2027-01-31',
    'A2,Beta,SMB,3000,2027-03-31',
    'A3,Gamma,SMB,4500,2027-06-30',
  ]);
  app.nextFiles = [first];
  await page.getByRole('button', { name: 'Choose files…' }).click();
  await expect(page.getByTestId('changes-counts')).toHaveText('3 new, 0 unchanged, 0 changed');
  await expect(page.getByTestId('changes-warning')).toHaveCount(0);
  await page.getByRole('button', { name: 'Import 3 rows' }).click();
  await expect(page.getByTestId('import-summary')).toBeVisible();

  const second = file('accounts-q4.csv', [
    HEAD,
    'A1,Acme,Enterprise,15000,2027-01-31',
    'A2,Beta,Mid-market,3000,2027-03-31',
    'A3,Gamma,SMB,4500,2027-06-30',
    'A4,Delta,SMB,900,2027-09-30',
    '',
    'Note: ARR in USD as of Q4',
  ]);
  app.nextFiles = [second];
  await page.getByRole('button', { name: 'Choose files…' }).click();
  await expect(page.getByTestId('changes-counts')).toHaveText('1 new, 1 unchanged, 2 changed');
  const warning = page.getByTestId('changes-warning');
  await expect(warning).toContainText('2 existing records (Accounts) will change when you import.');
  await expect(warning).toContainText(
    'Changes per field: ARR (annual recurring revenue) 1, Segment 1',
  );
  const rows = warning.getByTestId('change-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toHaveText(
    /^2\s*A1\s*ARR \(annual recurring revenue\)\s*12,000\s*15,000$/,
  );
  await expect(rows.nth(1)).toHaveText(/^3\s*A2\s*Segment\s*SMB\s*Mid-market$/);
  await expect(page.getByTestId('skipped-rows')).toContainText('Note: ARR in USD as of Q4');

  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'import-changes.png'), fullPage: true });

  await page.getByRole('button', { name: 'Import 4 rows' }).click();
  const summary = page.getByTestId('summary-row');
  await expect(summary.getByTestId('summary-updated')).toHaveText('2');
  await expect(summary.getByTestId('summary-new')).toHaveText('1');

  const arr = () =>
    app.services.workspaces
      .require()
      .db.exec("SELECT arr, segment FROM accounts WHERE id IN ('A1', 'A2') ORDER BY id")[0]!.values;
  expect(arr()).toEqual([
    [15000, 'Enterprise'],
    [3000, 'Mid-market'],
  ]);
  await page.getByTestId('history-item').first().getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByTestId('history-item').first()).toContainText('Undone');
  expect(arr()).toEqual([
    [12000, 'Enterprise'],
    [3000, 'SMB'],
  ]);
});

test('pages through the problems of a large sheet and saves them all', async () => {
  const { page } = app;
  await page.getByRole('button', { name: 'New workspace…' }).click();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const lines = [HEAD, 'A0,Fine,SMB,100,2027-01-31'];
  for (let i = 1; i <= 1_500; i++) lines.push(`A${i},Name ${i},SMB,bad${i},2027-01-31`);
  app.nextFiles = [file('accounts.csv', lines)];
  await page.getByRole('button', { name: 'Choose files…' }).click();
  await page.getByRole('button', { name: 'Import 1 rows' }).click();
  await expect(page.getByTestId('summary-problems')).toHaveText('1,500');

  const list = page.getByTestId('problems-list');
  await list.locator('summary').click();
  await expect(list.locator('li')).toHaveCount(100);
  await list.getByTestId('problems-more').click();
  await expect(list.locator('li')).toHaveCount(200);
  await expect(list.locator('li').nth(199)).toContainText('"bad200" is not a number');

  const out = path.join(dir, 'problems.xlsx');
  app.nextSavePath = out;
  await page
    .getByRole('button', { name: /Save problems|Export problems|problems/i })
    .last()
    .click();
  await expect.poll(() => fs.existsSync(out)).toBe(true);
});

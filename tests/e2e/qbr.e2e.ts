// The QBR journey: open the sample workspace, open an account, open its QBR builder, pick Thai,
// add an attendee, watch the preview follow, "Save as…", check the three files written and the
// export on the account's timeline; then export a segment in one go from the batch panel.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { pdfText, squash } from '../helpers/export-pdf-tools';
import { SCREENSHOT_DIR, launchApp } from './harness';
import type { AppHarness } from './harness';

let app: AppHarness;
test.beforeEach(async () => {
  app = await launchApp();
});
test.afterEach(async () => app.close());

const ACCOUNT = 'Nordlicht Versicherung AG';

test('builds a Thai QBR for an account and saves the pack', async () => {
  const { page } = app;
  await page.getByRole('button', { name: 'Open sample workspace' }).click();
  await expect(page.getByRole('button', { name: 'Settings' })).toBeVisible({ timeout: 90_000 });
  // The table is virtualised: search brings the account into view.
  await page.getByRole('searchbox').first().fill(ACCOUNT);
  await page.getByRole('button', { name: ACCOUNT, exact: true }).first().click();
  await page.getByRole('button', { name: 'Build QBR' }).click();
  await expect(page.getByRole('heading', { name: 'QBR builder' })).toBeVisible();

  const preview = page.getByTestId('qbr-preview');
  await expect(preview).toContainText(ACCOUNT, { timeout: 60_000 });
  await expect(preview).toContainText('Executive summary');
  // the default quarter follows the workspace's as-of date, not the clock
  const QUARTER = await page.getByRole('combobox', { name: /^Quarter/ }).inputValue();
  expect(QUARTER).toMatch(/^\d{4}-Q[1-4]$/);
  // the pre-flight checklist asks for what is missing before the pack goes out
  const preflight = page.getByTestId('qbr-preflight');
  await expect(preflight).toContainText('Add the attendees');
  await expect(preflight).toContainText('Write the goals');
  await expect(preflight).toContainText('Set your company name');

  await page.getByLabel('Document language').selectOption('th');
  await expect(preview).toContainText('สรุปผู้บริหาร', { timeout: 60_000 });
  await expect(preview).toContainText('คุณค่าที่ส่งมอบ');
  // no "not yet" sentence in the pack: a section without data is left out of the preview
  await expect(page.getByTestId('qbr-section-goals')).toHaveCount(0);

  const attendees = page.getByTestId('qbr-attendees');
  await attendees.getByRole('button', { name: 'Add attendee' }).click();
  await attendees.getByLabel('Name').fill('สมชาย ใจดี');
  await attendees.getByLabel('Role').fill('ผู้จัดการความสำเร็จของลูกค้า');
  await expect(page.getByTestId('qbr-section-title')).toContainText('สมชาย ใจดี', {
    timeout: 30_000,
  });
  await expect(preflight).not.toContainText('Add the attendees');
  const decisions = page.getByTestId('qbr-decisions');
  await decisions.getByRole('button', { name: 'Add decision' }).click();
  await decisions.getByLabel('Decision').fill('อนุมัติการขยายไปยังสาขาภาคเหนือ');
  await expect(preview).toContainText('อนุมัติการขยายไปยังสาขาภาคเหนือ', { timeout: 30_000 });
  await page.getByRole('button', { name: 'Save narrative' }).click();
  await expect(page.getByText('Saved.')).toBeVisible();

  const target = path.join(app.dataDir, 'out', `Nordlicht-${QUARTER}-report.pdf`);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  app.nextSavePath = target;
  await page.getByRole('button', { name: 'Save as…' }).click();
  await expect(page.getByTestId('qbr-written')).toContainText(`Nordlicht-${QUARTER}-deck.pptx`, {
    timeout: 60_000,
  });
  const files = fs.readdirSync(path.dirname(target)).sort();
  expect(files).toEqual([
    `Nordlicht-${QUARTER}-deck.pdf`,
    `Nordlicht-${QUARTER}-deck.pptx`,
    `Nordlicht-${QUARTER}-report.pdf`,
  ]);
  const text = squash(pdfText(fs.readFileSync(target)));
  expect(text).toContain(squash(ACCOUNT));
  expect(text).toContain(squash('การทบทวนธุรกิจรายไตรมาส'));
  expect(text).toContain(squash('สมชาย ใจดี'));
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'qbr-builder-th.png'), fullPage: false });

  // The export is now part of the account's story: its timeline lists it.
  await page.getByRole('button', { name: `← ${ACCOUNT}` }).click();
  const exported = page.locator('[data-testid="timeline-row"][data-kind="qbr"]', {
    hasText: `QBR pack exported: ${QUARTER}, Thai`,
  });
  await expect(exported).toHaveCount(1, { timeout: 30_000 });
  await expect(exported).toContainText(`Nordlicht-${QUARTER}-report.pdf`);
  await exported.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'account-timeline-export.png') });
  await page.getByRole('button', { name: 'Build QBR' }).click();
  await expect(page.getByRole('heading', { name: 'QBR builder' })).toBeVisible();

  // The batch panel: one segment's packs into a folder, with progress, then a summary.
  const folder = path.join(app.dataDir, 'batch');
  app.nextFolder = folder;
  await page.getByLabel('Segment').selectOption('SMB');
  await page.getByRole('button', { name: 'Choose a folder and export…' }).click();
  await expect(page.getByTestId('qbr-batch-summary')).toContainText('0 failed', {
    timeout: 110_000,
  });
  const written = fs.readdirSync(folder);
  expect(written.length % 3).toBe(0);
  expect(written.length).toBeGreaterThan(0);
  expect(app.requests.every((url) => url.startsWith('http://127.0.0.1'))).toBe(true);
});

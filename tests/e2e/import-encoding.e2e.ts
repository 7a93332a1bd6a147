// The import wizard says how a text file was decoded and why, and reads it again in another
// encoding when the user chooses one (#13.7, #14.7). The legacy bytes are written from the code
// charts (Windows-1254: ü=FC ş=FE ı=FD Ş=DE), not by the decoder under test.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { SCREENSHOT_DIR, launchApp } from './harness';
import type { AppHarness } from './harness';

const CP1254: Record<string, number> = { ü: 0xfc, ş: 0xfe, ı: 0xfd, Ş: 0xde };
const cp1254 = (text: string) =>
  Buffer.from(Array.from(text, (ch) => (ch.charCodeAt(0) < 0x80 ? ch.charCodeAt(0) : CP1254[ch]!)));

let app: AppHarness;
let dir: string;
test.beforeEach(async () => {
  app = await launchApp();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qbr-e2e-enc-'));
});
test.afterEach(async () => {
  await app.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const accountNames = () =>
  (
    app.services.workspaces.require().db.exec('SELECT name FROM accounts ORDER BY id')[0]?.values ??
    []
  ).map((v) => String(v[0]));

test('shows a Windows-1254 file’s encoding and why, reads it again as chosen, and imports Turkish names intact', async () => {
  const { page } = app;
  const file = path.join(dir, 'musteriler.csv');
  fs.writeFileSync(file, cp1254('Account ID;Müşteri Adı;ARR\nC1;Ayşe Yılmaz A.Ş.;1200\n'));
  await page.getByRole('button', { name: 'New workspace…' }).click();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  app.nextFiles = [file];
  await page.getByRole('button', { name: 'Choose files…' }).click();

  const summary = page.getByTestId('encoding-summary');
  await expect(summary).toHaveText(
    'Windows-1254 (Turkish): the text is not valid UTF-8; Turkish letters found',
  );
  await expect(page.getByTestId('sheet-card')).toContainText('Ayşe Yılmaz A.Ş.');
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'import-encoding.png') });

  // The wrong code page on purpose: the names change before the user's eyes, and back.
  await page.getByTestId('encoding-choice').selectOption('windows-1252');
  await expect(summary).toHaveText('Windows-1252 (Western European): chosen by you');
  await expect(page.getByTestId('sheet-card')).toContainText('Müþteri Adý');
  await page.getByTestId('encoding-choice').selectOption('windows-1254');
  await expect(summary).toHaveText('Windows-1254 (Turkish): chosen by you');

  await page.getByTestId('sheet-kind').selectOption('accounts');
  await page.getByRole('button', { name: /^Import [\d,]+ rows?$/ }).click();
  await expect(page.getByTestId('history-item')).toHaveCount(1);
  expect(accountNames()).toEqual(['Ayşe Yılmaz A.Ş.']);
});

test('warns in Thai that a UTF-8 file holds bytes that are not UTF-8, naming the line', async () => {
  const { page } = app;
  const file = path.join(dir, 'mixed.csv');
  fs.writeFileSync(
    file,
    Buffer.concat([
      Buffer.from('Account ID,Account Name,ARR\nA1,Ayşe,100\nA2,Caf'),
      Buffer.from([0xe9]),
      Buffer.from(',200\n'),
    ]),
  );
  await page.getByRole('button', { name: 'New workspace…' }).click();
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.locator('main').getByRole('combobox').first().selectOption('th');
  await page.getByRole('button', { name: 'นำเข้าข้อมูล', exact: true }).click();
  app.nextFiles = [file];
  await page.getByRole('button', { name: /เลือกไฟล์/ }).click();
  const notice = page.getByTestId('encoding-notice');
  await expect(notice).toHaveAttribute('role', 'alert');
  await expect(page.getByTestId('encoding-summary')).toHaveText(
    'UTF-8: ไฟล์ใช้การเข้ารหัสปนกัน: มี 1 ไบต์ที่ไม่ใช่ยูทีเอฟ-8 ที่ถูกต้อง อยู่ในบรรทัด 3 โปรดตรวจสอบบรรทัดเหล่านั้น หรือเลือกการเข้ารหัสอื่น',
  );
});

// Locale formats (#18 point 7) and Help > Keyboard shortcuts (point 8): a Thai user types a
// Buddhist-era date and the workspace stores the Gregorian ISO day; a Turkish user types
// DD.MM.YYYY; a day that does not exist is refused inline; the Portfolio's retention axis writes
// percentages the Turkish way; the native menu's event opens the shortcuts list.
import { expect, test } from '@playwright/test';
import type { Page } from 'playwright-core';
import { dispatch } from '../../src/main/ipc/dispatch';
import { launchApp } from './harness';
import type { AppHarness } from './harness';
import { axeViolations, shoot } from './journey';

let app: AppHarness;

test.beforeEach(async () => {
  app = await launchApp();
});
test.afterEach(async () => app.close());

/** The as-of date the workspace holds now, read through the app's own request. */
async function storedAsOf(): Promise<string> {
  const answer = (await dispatch('health:asOf', {}, app.services)) as {
    ok: boolean;
    value: { asOf: string; source: string };
  };
  expect(answer.ok).toBe(true);
  return `${answer.value.asOf} ${answer.value.source}`;
}

async function openSampleSettings(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Open sample workspace' }).click();
  await expect(page.getByText('45 accounts', { exact: true })).toBeVisible({ timeout: 90_000 });
  await page.getByRole('button', { name: 'Settings' }).click();
}

test('dates are typed in the locale’s style: Thai Buddhist era, Turkish DD.MM.YYYY, English DD/MM/YYYY', async () => {
  const { page } = app;
  await openSampleSettings(page);
  const settings = page.getByTestId('as-of-settings');
  const field = settings.getByTestId('as-of-input');

  // English: the sample's own day, day before month.
  await expect(field).toHaveValue('30/09/2026');
  await settings.scrollIntoViewIfNeeded();
  await shoot(page, 'formats-date-en.png');

  // Thai: the same day in the Buddhist era, and a typed 2/12/2569 is stored as 2026-12-02.
  await page.locator('main').getByRole('combobox').first().selectOption('th');
  await expect(field).toHaveValue('30/9/2569');
  await field.fill('2/12/2569');
  await expect(field).toHaveAttribute('aria-invalid', 'false');
  await settings.getByRole('button', { name: 'ใช้วันที่นี้' }).click();
  await expect(settings.getByTestId('as-of-current')).toContainText('2 ธ.ค. 2569');
  expect(await storedAsOf()).toBe('2026-12-02 user');
  await expect(field).toHaveValue('2/12/2569');

  // The calendar counts the Buddhist era too, and picking a day stores its Gregorian ISO day.
  await settings.getByRole('button', { name: 'เลือกจากปฏิทิน' }).click();
  const calendar = settings.getByRole('dialog');
  await expect(calendar).toContainText('ธ.ค. 2569');
  await expect(calendar).not.toContainText('2026');
  expect(await axeViolations(page, '.date-input')).toEqual([]);
  await shoot(page, 'formats-date-th.png');
  await calendar.getByRole('button', { name: 'เดือนก่อนหน้า' }).click();
  await expect(calendar).toContainText('พ.ย. 2569');
  await calendar.getByRole('button', { name: '15 พ.ย. 2569' }).click();
  await expect(calendar).toBeHidden();
  await expect(field).toHaveValue('15/11/2569');
  await settings.getByRole('button', { name: 'ใช้วันที่นี้' }).click();
  await expect.poll(storedAsOf).toBe('2026-11-15 user');

  // 29 February 2569 (2026) does not exist: refused inline, and the form does not submit it.
  await field.fill('29/2/2569');
  await field.blur();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  const problem = settings.locator('.date-input-problem');
  await expect(problem).toContainText('ว/ด/ปปปป (พ.ศ.)');
  await expect(problem).toContainText('31/12/2569');
  expect(await field.evaluate((e: HTMLInputElement) => e.validity.valid)).toBe(false);
  await field.press('Enter');
  expect(await storedAsOf()).toBe('2026-11-15 user');
  expect(await axeViolations(page, '.date-input')).toEqual([]);
  await shoot(page, 'formats-date-th-invalid.png');
  // A leap day that exists (2567 is 2024) is accepted.
  await field.fill('29/2/2567');
  await expect(field).toHaveAttribute('aria-invalid', 'false');
  await expect(problem).toHaveCount(0);

  // Turkish: DD.MM.YYYY in the Gregorian era.
  await page.locator('main').getByRole('combobox').first().selectOption('tr');
  await field.fill('01.10.2026');
  await settings.getByRole('button', { name: 'Bu tarihi kullan' }).click();
  await expect.poll(storedAsOf).toBe('2026-10-01 user');
  await expect(field).toHaveValue('01.10.2026');
  await shoot(page, 'formats-date-tr.png');

  // The field is named by its label alone, not by the calendar button inside the label too.
  await expect(field).toHaveAccessibleName('Şu tarih itibarıyla hesapla');
  // The calendar is driven from the keyboard: arrows by a day or a week, Home and End to the
  // week's ends, Page Up by a month, Enter to pick, as date pickers do.
  await settings.getByRole('button', { name: 'Takvimden seçin' }).click();
  const focusedDay = () => page.evaluate(() => document.activeElement?.getAttribute('data-day'));
  await expect.poll(focusedDay).toBe('2026-10-01');
  for (const [key, day] of [
    ['ArrowRight', '2026-10-02'],
    ['PageUp', '2026-09-02'],
    ['Home', '2026-08-31'],
    ['ArrowDown', '2026-09-07'],
    ['End', '2026-09-13'],
  ] as const) {
    await page.keyboard.press(key);
    await expect.poll(focusedDay).toBe(day);
  }
  await expect(settings.getByRole('dialog')).toContainText('Eyl 2026');
  await page.keyboard.press('Enter');
  await expect(settings.getByRole('dialog')).toBeHidden();
  await expect(field).toHaveValue('13.09.2026');
  await expect(field).toBeFocused();
});

test('the Portfolio’s retention chart writes percentages the Turkish way', async () => {
  const { page } = app;
  await page.getByRole('button', { name: 'Open sample workspace' }).click();
  // The sample's four currencies need rates before the retention series has figures.
  const missing = page.getByTestId('missing-rates');
  await expect(missing).toContainText('EUR, THB, TRY', { timeout: 90_000 });
  await missing.getByRole('button', { name: 'Enter exchange rates' }).click();
  const dialog = page.getByTestId('fx-dialog');
  await dialog.getByLabel('1 EUR in USD').fill('1.08');
  await dialog.getByLabel('1 THB in USD').fill('0.028');
  await dialog.getByLabel('1 TRY in USD').fill('0.031');
  await dialog.getByRole('button', { name: 'Save rates' }).click();
  await expect(missing).toBeHidden();
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.locator('main').getByRole('combobox').first().selectOption('tr');
  await page.getByRole('button', { name: 'Portföy' }).click();
  const retention = page.locator('figure.pf-chart').nth(1);
  await expect(retention.locator('svg')).toBeVisible({ timeout: 60_000 });
  await retention.scrollIntoViewIfNeeded();
  const labels = await retention.locator('svg text').allTextContents();
  const percents = labels.filter((l) => l.includes('%'));
  expect(percents.length).toBeGreaterThan(2);
  for (const label of percents) expect(label).toMatch(/^-?%\d/);
  await shoot(page, 'formats-portfolio-tr.png');
});

test('the Portfolio’s period picker counts Thai years in the Buddhist era for every kind', async () => {
  const { page } = app;
  await openSampleSettings(page);
  await page.locator('main').getByRole('combobox').first().selectOption('th');
  await page.getByRole('button', { name: 'พอร์ตลูกค้า' }).click();
  const period = page.locator('.pf-period');
  const kind = period.getByRole('combobox').first();
  const selected = (index: number) =>
    period
      .getByRole('combobox')
      .nth(index)
      .evaluate((e: HTMLSelectElement) => e.selectedOptions[0]?.textContent ?? '');

  await kind.selectOption('month');
  await expect(period.getByRole('combobox')).toHaveCount(3);
  expect(await selected(2)).toBe('2569');
  await period.getByRole('combobox').nth(1).selectOption('6');
  expect(await selected(1)).toBe('มิถุนายน');
  await expect(page.getByTestId('period-range')).toContainText('1 มิ.ย. 2569');

  await kind.selectOption('year');
  await expect(period.getByRole('combobox')).toHaveCount(2);
  expect(await selected(1)).toBe('2569');
  await expect(page.getByTestId('period-range')).toContainText('31 ธ.ค. 2569');

  // A custom range is typed in the Buddhist era and stays there.
  await kind.selectOption('custom');
  const [from, to] = [period.getByRole('textbox').first(), period.getByRole('textbox').nth(1)];
  await expect(from).toHaveValue(/\/2569$/);
  await from.fill('1/7/2569');
  await to.fill('15/8/2569');
  await expect(page.getByTestId('period-range')).toContainText('1 ก.ค. 2569');
  await expect(page.getByTestId('period-range')).toContainText('15 ส.ค. 2569');
  await expect(period).not.toContainText('2026');
  await shoot(page, 'formats-period-th.png');
});

test('Help > Keyboard shortcuts: the menu’s event opens the shortcuts list', async () => {
  const { page } = app;
  await page.getByRole('button', { name: 'Open sample workspace' }).click();
  await expect(page.getByText('45 accounts', { exact: true })).toBeVisible({ timeout: 90_000 });
  await expect(page.getByTestId('shortcuts-list')).toHaveCount(0);
  // What main sends when the menu item is chosen (tests/unit/shell/app-shell.test.ts).
  await page.evaluate(() =>
    (window as unknown as { __qbrEmit: (e: string, p: unknown) => void }).__qbrEmit(
      'help:shortcuts',
      {},
    ),
  );
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await expect(page.getByTestId('shortcuts-list')).toContainText('Ctrl/⌘+K');
});

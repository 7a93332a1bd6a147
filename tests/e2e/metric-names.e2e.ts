// Issue #18 point 5: the workspace names its metrics. Renaming active_users in Settings changes
// the account's usage chart in every language, and a language's own name wins in that language.
// Screenshots in en, th and tr.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { launchApp } from './harness';
import type { AppHarness } from './harness';
import { openSample, setLocale, shoot } from './journey';

let app: AppHarness;

test.beforeEach(async () => {
  app = await launchApp();
});
test.afterEach(async () => app.close());

const chartTitle = (page: Page, title: string) =>
  page.getByTestId('usage-chart').getByRole('heading', { name: title, exact: true });

test('renaming active_users in Settings renames the usage chart in en, th and tr', async () => {
  const { page } = app;
  await openSample(page);
  const db = app.services.workspaces.require().db;
  const [account] = db.exec(
    `SELECT a.name FROM accounts a JOIN usage_points u ON u.account_id = a.id
     WHERE u.metric = 'active_users' AND NOT a.churned GROUP BY a.id ORDER BY a.name LIMIT 1`,
  )[0]!.values[0] as [string];

  // Before: the known metric's default name, never the raw key.
  await page.getByRole('searchbox').first().fill(account);
  await page.getByRole('button', { name: account, exact: true }).first().click();
  await expect(chartTitle(page, 'Active users')).toBeVisible();

  await page.getByRole('button', { name: 'Settings' }).click();
  const names = page.getByTestId('metric-names');
  await expect(names.getByTestId('metric-name-row')).not.toHaveCount(0);
  await expect(names.getByTestId('metric-name-active_users-en')).toHaveAttribute(
    'placeholder',
    'Active users',
  );
  const input = names.getByTestId('metric-name-active_users-all');
  await input.fill('Weekly active users');
  // The box is as wide as the name it holds: nothing of it scrolls out of sight.
  expect(await input.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  await names.getByRole('button', { name: 'Save names' }).click();
  await expect(names.getByRole('status')).toHaveText('Names saved.');
  const stored = db.exec("SELECT value FROM settings WHERE key = 'metricNames'")[0]!.values[0]![0];
  expect(JSON.parse(String(stored))).toEqual({ active_users: { all: 'Weekly active users' } });
  await names.scrollIntoViewIfNeeded();
  await shoot(page, 'metric-names-settings-en.png');

  await page.getByRole('button', { name: 'Portfolio', exact: true }).click();
  await page.getByRole('searchbox').first().fill(account);
  await page.getByRole('button', { name: account, exact: true }).first().click();
  const renamed = chartTitle(page, 'Weekly active users');
  await expect(renamed).toBeVisible();
  await expect(chartTitle(page, 'Active users')).toHaveCount(0);
  await renamed.scrollIntoViewIfNeeded();
  await shoot(page, 'metric-names-account-en.png');

  // A name for every language shows in Turkish too, beside the other metrics' Turkish names.
  await setLocale(page, 'tr');
  await expect(renamed).toBeVisible();
  await expect(chartTitle(page, 'API çağrıları')).toBeVisible();
  await renamed.scrollIntoViewIfNeeded();
  await shoot(page, 'metric-names-account-tr.png');

  // A Thai name replaces it in Thai only.
  await setLocale(page, 'th');
  await page.getByRole('button', { name: 'การตั้งค่า', exact: true }).click();
  await page.getByTestId('metric-name-active_users-th').fill('ผู้ใช้รายสัปดาห์');
  await page.getByTestId('metric-names').getByRole('button', { name: 'บันทึกชื่อ' }).click();
  await expect(page.getByTestId('metric-names').getByRole('status')).toBeVisible();
  await page.getByTestId('metric-names').scrollIntoViewIfNeeded();
  await shoot(page, 'metric-names-settings-th.png');
  await page.getByRole('button', { name: 'พอร์ตลูกค้า', exact: true }).click();
  await page.getByRole('searchbox').first().fill(account);
  await page.getByRole('button', { name: account, exact: true }).first().click();
  const thai = chartTitle(page, 'ผู้ใช้รายสัปดาห์');
  await expect(thai).toBeVisible();
  await thai.scrollIntoViewIfNeeded();
  await shoot(page, 'metric-names-account-th.png');
  await setLocale(page, 'en');
  await expect(renamed).toBeVisible();
});

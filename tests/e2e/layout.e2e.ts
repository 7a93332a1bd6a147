// The app a CSM lives in all day (#18, points 1-3): screens open at their top and only the content
// pane scrolls (sidebar and headers stay), the account page has a sticky section sub-nav, the
// sample lands on its Portfolio with a rates banner (not a form), churned accounts are hidden by
// default, renewals are coloured by urgency and "Needs attention" lists each account once.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { dispatch } from '../../src/main/ipc/dispatch';
import type { AttentionAnswer, TableAnswer } from '../../src/shared/ipc/contract';
import { launchApp } from './harness';
import type { AppHarness } from './harness';
import { setLocale, shoot } from './journey';

let app: AppHarness;
test.beforeEach(async () => {
  app = await launchApp();
});
test.afterEach(async () => app.close());

async function ask<T>(channel: string, input: object): Promise<T> {
  const result = await dispatch(channel, input, app.services);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
}

async function openSample(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Open sample workspace' }).click();
  await expect(
    page.getByRole('table', { name: 'Portfolio' }).locator('.virtual-row').first(),
  ).toBeVisible({
    timeout: 90_000,
  });
}

const scrollTop = (page: Page) => page.locator('main.content').evaluate((el) => el.scrollTop);

test('the sample lands on its Portfolio with metric cards and a rates banner, the rates go in a dialog', async () => {
  const { page } = app;
  await openSample(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Portfolio' })).toBeVisible();

  // A banner with a button, and the cards saying what they wait for: no form in the way.
  const banner = page.getByTestId('missing-rates');
  await expect(banner).toContainText('EUR, THB, TRY');
  await expect(page.getByLabel('1 EUR in USD')).toHaveCount(0);
  const blocked = page.getByTestId('blocked-cards');
  await expect(blocked.getByTestId('blocked-arr')).toContainText('Needs a rate for EUR, THB, TRY');
  await expect(blocked.locator('.pf-card')).toHaveCount(7);
  for (const locale of ['en', 'th', 'tr'] as const) {
    await setLocale(page, locale);
    await shoot(page, `layout-portfolio-banner-${locale}.png`);
  }
  await setLocale(page, 'en');

  await banner.getByRole('button', { name: 'Enter exchange rates' }).click();
  const dialog = page.getByTestId('fx-dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('1 EUR in USD').fill('1.08');
  await dialog.getByLabel('1 THB in USD').fill('0.028');
  await dialog.getByLabel('1 TRY in USD').fill('0.031');
  await dialog.getByRole('button', { name: 'Save rates' }).click();
  await expect(dialog).toBeHidden();
  await expect(banner).toBeHidden();
  await expect(page.getByTestId('metric-arr')).toBeVisible();
  await expect(page.getByTestId('blocked-cards')).toHaveCount(0);
});

test('churned accounts hide by default, renewals are coloured by urgency, attention is per account', async () => {
  const { page } = app;
  await openSample(page);
  const db = app.services.workspaces.require().db;
  const [[churned, total]] = db.exec('SELECT SUM(churned), COUNT(*) FROM accounts')[0]!.values as [
    [number, number],
  ];
  expect(churned).toBeGreaterThan(0);
  const [[churnedName]] = db.exec(
    'SELECT name FROM accounts WHERE churned = 1 ORDER BY id LIMIT 1',
  )[0]!.values as [[string]];

  // Hidden by default; the filter shows them.
  await expect(page.getByTestId('account-count')).toHaveText(
    `${total - churned} of ${total} accounts`,
  );
  await page.getByPlaceholder('Search accounts').fill(churnedName);
  const table = page.getByRole('table', { name: 'Portfolio' });
  await expect(table.getByRole('button', { name: churnedName, exact: true })).toHaveCount(0);
  await page.getByTestId('show-churned').check();
  await expect(table.getByRole('button', { name: churnedName, exact: true })).toBeVisible();
  await page.getByPlaceholder('Search accounts').fill('');
  await expect(page.getByTestId('account-count')).toHaveText(`${total} of ${total} accounts`);
  await page.getByTestId('show-churned').uncheck();

  // Sorted by days to renewal, the first rows are the most urgent and are coloured as main's
  // days say: overdue strongest, then under 30, then under 90.
  await page.getByRole('columnheader', { name: /Days/ }).click();
  const answer = await ask<TableAnswer>('portfolio:table', {
    sortBy: 'daysToRenewal',
    sortDir: 'asc',
    includeChurned: false,
  });
  const urgency = (d: number | null) =>
    d === null ? 'none' : d < 0 ? 'overdue' : d < 30 ? 'lt30' : d < 90 ? 'lt90' : 'none';
  expect(answer.rows.some((r) => (r.daysToRenewal ?? 0) < 0)).toBe(true);
  const cells = table.locator('.virtual-row [data-urgency]');
  for (let i = 0; i < 5; i++) {
    await expect(cells.nth(i)).toHaveAttribute(
      'data-urgency',
      urgency(answer.rows[i]!.daysToRenewal),
    );
  }
  // Money is never cut: the ARR cell is as wide as its text.
  const arr = table.locator('.virtual-row .cell.num').first();
  expect(await arr.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);

  // Needs attention: one row per account, in main's order (largest ARR at risk first), with
  // every reason it fired.
  const attention = await ask<AttentionAnswer>('portfolio:attention', {});
  expect(attention.groups.length).toBeGreaterThan(0);
  const groups = page.getByTestId('attention-group');
  await expect(groups).toHaveCount(Math.min(30, attention.groups.length));
  const names = await groups.locator('.pf-attention-head button').allTextContents();
  expect(new Set(names).size).toBe(names.length);
  expect(names).toEqual(attention.groups.slice(0, 30).map((g) => g.accountName));
  const most = attention.groups.reduce((a, b) => (b.reasons.length > a.reasons.length ? b : a));
  const mostRow = groups.filter({ hasText: most.accountName });
  await expect(mostRow.locator('.pf-attention-reasons li')).toHaveCount(most.reasons.length);
  for (const locale of ['en', 'th', 'tr'] as const) {
    await setLocale(page, locale);
    await page.locator('main.content').evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    await shoot(page, `layout-portfolio-table-${locale}.png`);
  }
});

test('an account opens at its top, its header and the sidebar stay while it scrolls, tabs jump to sections', async () => {
  const { page } = app;
  await openSample(page);
  const db = app.services.workspaces.require().db;
  const [[name], [other]] = db.exec(
    'SELECT name FROM accounts WHERE churned = 0 ORDER BY id LIMIT 2',
  )[0]!.values as [[string], [string]];

  // Scroll the Portfolio down first, as a CSM would before opening an account.
  const content = page.locator('main.content');
  await content.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  expect(await scrollTop(page)).toBeGreaterThan(0);
  await page.getByPlaceholder('Search accounts').fill(name);
  await page.getByRole('button', { name, exact: true }).first().click();
  const screen = page.getByTestId('account-screen');
  await expect(screen.getByRole('heading', { level: 1 })).toHaveText(name);
  expect(await scrollTop(page)).toBe(0);

  const tabs = page.getByRole('tablist', { name: 'Account sections' }).getByRole('tab');
  await expect(tabs).toHaveText([
    'Overview',
    'Health',
    'Timeline',
    'Success plan',
    'Experiments',
    'Support',
    'Surveys',
    'Contacts',
  ]);

  // Only the content pane scrolls: the window stays put, the sidebar and header stay in view.
  await page.getByTestId('contact').first().waitFor();
  await content.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  expect(await scrollTop(page)).toBeGreaterThan(200);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await expect(page.getByRole('button', { name: 'Settings' })).toBeInViewport();
  await expect(screen.getByRole('heading', { level: 1 })).toBeInViewport();

  // A tab brings its section just under the sticky header and is marked as the current one.
  await tabs.filter({ hasText: 'Timeline' }).click();
  await expect(tabs.filter({ hasText: 'Timeline' })).toHaveAttribute('aria-selected', 'true');
  const sticky = (await page.locator('.account-sticky').boundingBox())!;
  const section = (await page.getByTestId('account-section-timeline').boundingBox())!;
  expect(Math.abs(section.y - (sticky.y + sticky.height))).toBeLessThan(24);
  await expect(page.getByTestId('timeline-row').first()).toBeInViewport();
  for (const locale of ['en', 'th', 'tr'] as const) {
    await setLocale(page, locale);
    await shoot(page, `layout-account-${locale}.png`);
  }
  await setLocale(page, 'en');

  // Back to the Portfolio and into another account: each opens at its top.
  await page.getByRole('button', { name: 'Portfolio', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Portfolio' })).toBeVisible();
  expect(await scrollTop(page)).toBe(0);
  await page.getByPlaceholder('Search accounts').fill(other);
  await page.getByRole('button', { name: other, exact: true }).first().click();
  await expect(screen.getByRole('heading', { level: 1 })).toHaveText(other);
  expect(await scrollTop(page)).toBe(0);
});

// Issue #18 points 4, 6 and 7: long account lists come a page at a time with their enums in the
// reader's language, the import wizard's Import button never scrolls away, and Settings is grouped
// with a section nav and locale-correct format samples. Screenshots in en, th and tr.
import { expect, test } from '@playwright/test';
import { launchApp } from './harness';
import type { AppHarness } from './harness';
import { openSample, setLocale, shoot } from './journey';
import { dataSkip, testDataFile } from '../helpers/test-data';

let app: AppHarness;

test.beforeEach(async () => {
  app = await launchApp();
});
test.afterEach(async () => app.close());

test('an account with many tickets shows them a page at a time, priorities translated', async () => {
  const { page } = app;
  await openSample(page);
  const db = app.services.workspaces.require().db;
  const [name, count] = db.exec(
    `SELECT a.name, COUNT(*) FROM accounts a JOIN tickets t ON t.account_id = a.id
     GROUP BY a.id ORDER BY COUNT(*) DESC, a.id LIMIT 1`,
  )[0]!.values[0] as [string, number];
  expect(count).toBeGreaterThan(20); // the sample must have a list long enough to page

  await page.getByRole('searchbox').first().fill(name);
  await page.getByRole('button', { name, exact: true }).first().click();
  const tickets = page.getByRole('region', { name: 'Support tickets' });
  await expect(tickets.getByTestId('ticket')).toHaveCount(20);
  const pager = tickets.getByTestId('tickets-pager');
  await expect(pager).toContainText(`1–20 of ${count}`);
  const firstPage = await tickets.getByTestId('ticket').first().textContent();
  await pager.getByRole('button', { name: 'Next' }).click();
  await expect(pager).toContainText(`21–${Math.min(40, count)} of ${count}`);
  expect(await tickets.getByTestId('ticket').first().textContent()).not.toBe(firstPage);
  await expect(pager.getByRole('button', { name: 'Previous' })).toBeEnabled();
  await tickets.scrollIntoViewIfNeeded();
  await shoot(page, 'account-tickets-paged-en.png');

  for (const locale of ['th', 'tr'] as const) {
    await setLocale(page, locale);
    // No ticket row shows a raw enum value as its priority.
    const priorities = await page
      .getByTestId('ticket')
      .evaluateAll((rows) => rows.map((r) => r.children[2]?.textContent ?? ''));
    expect(priorities.length).toBeGreaterThan(0);
    for (const p of priorities) expect(['low', 'medium', 'high', 'urgent']).not.toContain(p);
    await page.getByTestId('tickets-pager').scrollIntoViewIfNeeded();
    await shoot(page, `account-tickets-paged-${locale}.png`);
  }
});

test('Settings is grouped with a section nav, narrow fields and locale formats', async () => {
  const { page } = app;
  await openSample(page);
  await page.getByRole('button', { name: 'Settings' }).click();
  const groups = ['language', 'workspace', 'presenter', 'health', 'playbook', 'portfolio'];
  for (const g of groups) await expect(page.getByTestId(`settings-group-${g}`)).toBeVisible();
  const nav = page.getByTestId('settings-nav');
  await expect(nav.getByRole('link')).toHaveCount(groups.length);

  // "Acceptable churn" is a narrow number with its unit, not a full-width input.
  const churn = page.getByTestId('acceptable-churn');
  const box = (await churn.boundingBox())!;
  expect(box.width).toBeLessThan(140);
  await expect(churn.locator('xpath=..')).toContainText('%');

  await nav.getByRole('link', { name: 'Portfolio' }).click();
  await expect(page.getByTestId('settings-group-portfolio')).toBeInViewport();
  await expect(nav).toBeInViewport(); // the nav stays beside the group it jumped to

  // The backtest figure comes with what it means for a CSM.
  const headline = page.getByTestId('backtest-headline');
  if (await headline.count()) await expect(headline).toContainText('Out of 100 pairs');

  await page.getByTestId('settings-group-language').scrollIntoViewIfNeeded();
  const sample = page.getByTestId('format-sample');
  await expect(sample).toContainText('92.3%');
  await shoot(page, 'settings-grouped-en.png');
  await setLocale(page, 'th');
  await expect(sample).toContainText('2569'); // Buddhist era
  await expect(nav).toContainText('ภาษาและรูปแบบ');
  await shoot(page, 'settings-grouped-th.png');
  await setLocale(page, 'tr');
  await expect(sample).toContainText('%92,3');
  await expect(nav).toContainText('Dil ve biçimler');
  await shoot(page, 'settings-grouped-tr.png');
  await nav.getByRole('link', { name: 'Sağlık modeli' }).click();
  await expect(page.getByTestId('settings-group-health')).toBeInViewport();
  await shoot(page, 'settings-health-tr.png');
});

const FILES = [
  'ravenstack_accounts.csv',
  'ravenstack_subscriptions.csv',
  'ravenstack_feature_usage.csv',
  'ravenstack_support_tickets.csv',
];

test('the import wizard keeps Import and its counts in view while the cards scroll', async () => {
  const skip = dataSkip(...FILES);
  test.skip(skip !== null, skip ?? '');
  const { page } = app;
  await page.getByRole('button', { name: 'New workspace…' }).click();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  app.nextFiles = FILES.map(testDataFile);
  await page.getByRole('button', { name: 'Choose files…' }).click();
  await expect(page.getByTestId('sheet-card')).toHaveCount(4, { timeout: 60_000 });

  const footer = page.getByTestId('import-footer');
  const importButton = footer.getByRole('button', { name: /^Import [\d,]+ rows$/ });
  // At the top of a long page and at its bottom, the action is on screen.
  await page.locator('.content').evaluate((el) => el.scrollTo({ top: 0 }));
  await expect(importButton).toBeInViewport();
  await expect(footer).toContainText(/4 sheets · [\d,]+ rows ready · [\d,]+ problems/);
  await shoot(page, 'import-sticky-footer-en.png');
  const scrollable = await page
    .locator('.content')
    .evaluate((el) => el.scrollHeight > el.clientHeight + 200);
  expect(scrollable).toBe(true); // otherwise "in view" would prove nothing
  for (const locale of ['th', 'tr'] as const) {
    await setLocale(page, locale);
    await expect(footer.getByRole('button').first()).toBeInViewport();
    await shoot(page, `import-sticky-footer-${locale}.png`);
  }
});

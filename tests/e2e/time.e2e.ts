// The sample is dated and says so; Settings sets the as-of date, after which usage that ended
// reads as stale (not zero) in an account's breakdown; the backtest compares the edited model.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { SCREENSHOT_DIR, launchApp } from './harness';
import type { AppHarness } from './harness';

let app: AppHarness;

test.beforeEach(async () => {
  app = await launchApp();
});
test.afterEach(async () => app.close());

test('the as-of date: the sample is dated, a later as-of makes ended usage stale', async () => {
  const { page } = app;
  await page.getByRole('button', { name: 'Open sample workspace' }).click();
  await expect(page.getByRole('button', { name: 'Settings' })).toBeVisible({ timeout: 90_000 });
  await expect(page.getByText('45 accounts', { exact: true })).toBeVisible({ timeout: 90_000 });
  await expect(page.getByTestId('data-age-banner')).toHaveText(
    /^Sample data, dated 30 Sept? 2026: every figure is as of that day\.$/,
  );
  await expect(page.getByTestId('freshness')).toContainText(/As of 30 Sept? 2026/);
  await expect(page.getByTestId('freshness')).toContainText(
    /Usage data to 28 Sept? 2026 \(\d+ weeks old\)/,
  );

  await page.getByRole('button', { name: 'Settings' }).click();
  const settings = page.getByTestId('as-of-settings');
  await expect(settings.getByTestId('as-of-current')).toHaveText(
    /^As of 30 Sept? 2026 \(the sample’s own date\)$/,
  );
  await expect(settings.getByTestId('coverage')).toContainText(
    /Usage data to 28 Sept? 2026 \(\d+ weeks old\)/,
  );

  // The backtest of the model as edited, beside the saved one.
  const compare = page.getByTestId('backtest-compare');
  await compare.getByRole('button', { name: 'Compare with the saved model' }).click();
  await expect(compare.getByTestId('backtest-side')).toHaveCount(2, { timeout: 60_000 });
  await expect(compare.getByTestId('backtest-side').first()).toContainText(/AUC 0\.\d\d/);

  await settings.getByTestId('as-of-input').fill('2026-12-02');
  await settings.getByRole('button', { name: 'Use this date' }).click();
  await expect(settings.getByTestId('as-of-current')).toHaveText('As of 2 Dec 2026 (set by you)');

  // An account still a customer: its usage ended on 28 September, so in December it is stale.
  const db = app.services.workspaces.require().db;
  const [name] = db.exec('SELECT name FROM accounts WHERE churned = 0 ORDER BY id LIMIT 1')[0]!
    .values[0] as [string];
  await page.getByRole('button', { name: 'Portfolio' }).click();
  await expect(page.getByTestId('freshness')).toContainText('As of 2 Dec 2026');
  await page.getByRole('searchbox').first().fill(name);
  await page.getByRole('button', { name, exact: true }).first().click();
  // The trend is in the Health section: its tab brings it into view under the sticky header.
  await page.getByRole('tab', { name: 'Health' }).click();
  const chart = page.getByTestId('health-trend');
  await expect.poll(() => chart.locator('svg path').count()).toBeGreaterThan(20);
  const box = (await chart.boundingBox())!;
  const explanation = page.getByTestId('explanation');
  // The last bars are the weeks after the data end: click from the right.
  for (let x = box.x + box.width - 20; x > box.x + 60 && !(await explanation.isVisible()); x -= 3) {
    await page.mouse.click(x, box.y + box.height - 48 - 4);
    await page.waitForTimeout(50);
  }
  await expect(explanation).toBeVisible();
  await expect(explanation.getByTestId('stale').first()).toHaveText('Stale');
  await expect(explanation.getByTestId('stale-note')).toContainText(
    /Usage data to 28 Sept? 2026 \(\d+ weeks old\)/,
  );
  await expect(page.getByTestId('survey-summaries')).toBeVisible();
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'time-stale.png'), fullPage: true });
});

// Open the sample workspace, open an account from the Portfolio, click a week on the health
// trend and read its breakdown.
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

test('opens an account, clicks a week on the health trend and sees the breakdown', async () => {
  const { page } = app;
  await page.getByRole('button', { name: 'Open sample workspace' }).click();
  await expect(page.getByRole('button', { name: 'Settings' })).toBeVisible({ timeout: 90_000 });
  // The account with the most usage history, so its trend has many weeks to click.
  const db = app.services.workspaces.require().db;
  const [name] = db.exec(
    `SELECT a.name FROM accounts a JOIN usage_points u ON u.account_id = a.id
     WHERE a.churned = 0 GROUP BY a.id ORDER BY COUNT(*) DESC, a.id LIMIT 1`,
  )[0]!.values[0] as [string];

  await page.getByRole('searchbox').first().fill(name);
  await page.getByRole('button', { name, exact: true }).first().click();
  const screen = page.getByTestId('account-screen');
  await expect(screen.getByRole('heading', { level: 1 })).toHaveText(name);
  await expect(page.getByTestId('account-band')).not.toHaveText('Loading…');

  // The trend is in the Health section: its tab brings it into view under the sticky header.
  await page.getByRole('tab', { name: 'Health' }).click();
  const chart = page.getByTestId('health-trend');
  await expect.poll(() => chart.locator('svg path').count()).toBeGreaterThan(20);
  const box = (await chart.boundingBox())!;
  // The plot spans left 40 .. right 16 and ends 48 px above the bottom; a point just above the
  // axis lies inside every bar with a score. Step left until one is hit (bars have gaps).
  const explanation = page.getByTestId('explanation');
  const plotRight = box.x + box.width - 16;
  for (let x = plotRight - 30; x > box.x + 60 && !(await explanation.isVisible()); x -= 3) {
    await page.mouse.click(x, box.y + box.height - 48 - 4);
    await page.waitForTimeout(50);
  }
  await expect(explanation).toBeVisible();
  await expect(explanation.getByTestId('component-row')).toHaveCount(12);
  await expect(explanation).toContainText('Usage frequency');
  await expect(explanation).toContainText('Since last week');

  // The explanation shown is the one main computes for that week.
  const heading = await explanation.getByRole('heading', { level: 2 }).textContent();
  expect(heading).toMatch(/Week of .+: \d+(\.\d)?/);

  await expect(page.getByTestId('timeline-row').first()).toBeVisible();
  await expect(page.getByTestId('contact').first()).toBeVisible();
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'account.png'), fullPage: true });
  const foreign = app.requests.filter((u) => !u.startsWith('http://127.0.0.1:'));
  expect(foreign).toEqual([]);
});

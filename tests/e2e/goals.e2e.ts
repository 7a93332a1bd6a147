// Success plans (#17): add a goal measured from the account's usage on its Success plan tab, see
// its progress read from the data, then find it with its measured numbers in the QBR preview.
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

const ACCOUNT = 'Nordlicht Versicherung AG';
const GOAL = 'Grow weekly usage across the northern branches';

test('a goal added on the Success plan tab shows its progress and reaches the QBR', async () => {
  const { page } = app;
  await page.getByRole('button', { name: 'Open sample workspace' }).click();
  await expect(page.getByRole('button', { name: 'Settings' })).toBeVisible({ timeout: 90_000 });
  await page.getByRole('searchbox').first().fill(ACCOUNT);
  await page.getByRole('button', { name: ACCOUNT, exact: true }).first().click();

  await page.getByRole('tab', { name: 'Success plan' }).click();
  const plan = page.getByTestId('success-plan');
  await expect(plan).toContainText('No goals yet');
  // Peers are counted, never named.
  await expect(page.getByTestId('benchmarks')).toContainText('Compared with');

  await plan.getByRole('button', { name: 'Add goal' }).click();
  const form = page.getByTestId('goal-form');
  await form.getByLabel('Goal', { exact: true }).fill(GOAL);
  await form.getByLabel('Start date').fill('2026-06-01');
  await form.getByLabel('Due date').fill('2026-12-31');
  await form.getByLabel('Target').fill('1000000');
  await form.getByRole('button', { name: 'Save goal' }).click();

  const goal = plan.getByTestId('goal');
  await expect(goal).toHaveCount(1, { timeout: 30_000 });
  await expect(goal).toContainText(GOAL);
  await expect(goal.getByTestId('goal-outcome')).toContainText('→');
  await expect(goal.getByTestId('goal-progress')).toContainText('% of the way');
  await expect(goal.getByTestId('goal-status')).toHaveText(/On track|At risk|Done/);
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'success-plan.png'), fullPage: true });

  await page.getByRole('button', { name: 'Build QBR' }).click();
  const section = page.getByTestId('qbr-section-goals');
  await expect(section).toContainText(GOAL, { timeout: 60_000 });
  await expect(section).toContainText('→');
  await expect(section).toContainText('%');
});

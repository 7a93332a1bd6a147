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

/** Finds the account in the Portfolio (its table is virtualised, so search first) and opens it. */
async function openAccountExperiment(experiment: Hosted): Promise<void> {
  const { page } = app;
  await page.getByRole('button', { name: 'Portfolio' }).click();
  await page.getByPlaceholder('Search accounts').fill(experiment.accountName);
  await page.getByRole('button', { name: experiment.accountName, exact: true }).first().click();
  const list = page.getByRole('region', { name: 'Value experiments' });
  await expect(list.getByTestId('experiment-row').first()).toBeVisible();
  await list.getByRole('button', { name: experiment.name }).click();
  await expect(page.getByRole('heading', { level: 1, name: experiment.name })).toBeVisible();
}

interface Hosted {
  id: string;
  name: string;
  accountName: string;
}

function hostedExperiments(): Hosted[] {
  const db = app.services.workspaces.require().db;
  const rows = db.exec(
    'SELECT e.id, e.name, a.name FROM experiments e JOIN accounts a ON a.id = e.account_id ORDER BY e.id',
  )[0]!.values;
  return rows.map(([id, name, accountName]) => ({
    id: String(id),
    name: String(name),
    accountName: String(accountName),
  }));
}

test('opens each sample experiment from its account and shows the honest verdict', async () => {
  const { page } = app;
  await page.getByRole('button', { name: 'Open sample workspace' }).click();
  await expect(page.getByRole('button', { name: 'Portfolio' })).toBeVisible({ timeout: 90_000 });

  const expected: Record<string, string> = {
    'EXP-001': 'Improvement',
    'EXP-002': 'Inconclusive',
    'EXP-003': 'Got worse',
  };
  const experiments = hostedExperiments();
  expect(experiments.map((e) => e.id)).toEqual(Object.keys(expected));

  for (const experiment of experiments) {
    await openAccountExperiment(experiment);
    const primary = page.getByTestId('kpi-primary');
    await expect(primary.getByTestId('verdict')).toHaveText(expected[experiment.id]!);
    await expect(primary.getByTestId('effect-card')).toBeVisible();
    await expect(primary.getByTestId('headline')).not.toBeEmpty();
    // Three charts per KPI, drawn as SVG.
    await expect(primary.locator('figure svg')).toHaveCount(3);
    // Viewing the results locked the plan.
    await expect(page.getByTestId('plan-lock')).toContainText('Locked');

    if (experiment.id === 'EXP-002') {
      // Unclear results are an improvement area with next steps, never hidden.
      await expect(primary).toContainText('improvement area');
      await expect(primary).toContainText('Improvement area: next steps');
      fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'experiment.png'), fullPage: true });
    }
  }
  const foreign = app.requests.filter((u) => !u.startsWith('http://127.0.0.1:'));
  expect(foreign).toEqual([]);
});

test('a plan edited after its results were viewed says the analysis changed', async () => {
  const { page } = app;
  await page.getByRole('button', { name: 'Open sample workspace' }).click();
  await expect(page.getByRole('button', { name: 'Portfolio' })).toBeVisible({ timeout: 90_000 });
  const experiment = hostedExperiments()[0]!;
  await openAccountExperiment(experiment);
  await expect(page.getByTestId('plan-lock')).toContainText('Locked');

  await page.getByRole('button', { name: 'Edit plan' }).click();
  await expect(page.getByText('Results were already viewed')).toBeVisible();
  await page.getByLabel('Significance level (alpha)').fill('0.1');
  await page.getByRole('button', { name: 'Save plan' }).click();
  await expect(page.getByTestId('plan-changed')).toContainText(
    'The analysis changed after results were viewed',
  );
  await expect(page.getByTestId('plan-changed')).toContainText('Significance level');
  await expect(page.getByTestId('plan-lock')).toContainText('Plan version 2');
});

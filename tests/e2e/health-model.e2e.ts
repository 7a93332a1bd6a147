// Settings on the sample workspace: edit a component's bound and a band cut-off in the health
// model editor, see a cut-off out of order refused in the form, save, and see the new version.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { currentModel } from '../../src/main/health/model-store';
import { SCREENSHOT_DIR, launchApp } from './harness';
import type { AppHarness } from './harness';

let app: AppHarness;

test.beforeEach(async () => {
  app = await launchApp();
});
test.afterEach(async () => app.close());

test('edits a bound and a cut-off, and saving makes a new model version', async () => {
  const { page } = app;
  await page.getByRole('button', { name: 'Open sample workspace' }).click();
  await expect(page.getByRole('button', { name: 'Settings' })).toBeVisible({ timeout: 90_000 });
  const before = currentModel(app.services.workspaces.require().db).model;

  await page.getByRole('button', { name: 'Settings' }).click();
  const form = page.getByRole('form', { name: 'Health model' });
  await expect(form.getByTestId('model-version')).toHaveText(`Version ${before.version}`);

  // Usage frequency is a line from 50% to 100% of the account's own usual usage.
  const usage = form.getByRole('group', { name: 'Usage frequency' });
  const lower = usage.getByRole('textbox', { name: 'Lower bound: Value' });
  await expect(lower).toHaveValue('50');
  await lower.fill('100');
  await expect(usage.getByRole('alert')).toHaveText(
    'The lower bound must be below the upper bound.',
  );
  await expect(form.getByRole('button', { name: 'Save as new version' })).toBeDisabled();
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await usage.screenshot({ path: path.join(SCREENSHOT_DIR, 'health-model-invalid.png') });
  await lower.fill('60');
  await expect(usage.getByRole('alert')).toHaveCount(0);

  const bands = form.getByRole('group', { name: 'Band cut-offs' });
  await bands.getByRole('textbox', { name: 'Yellow below' }).fill('30');
  await expect(bands.getByRole('alert')).toHaveText(
    'The red cut-off cannot be above the yellow one.',
  );
  await bands.getByRole('textbox', { name: 'Yellow below' }).fill('70');
  await bands.getByRole('textbox', { name: 'Red below' }).fill('45');
  await expect(bands.getByRole('alert')).toHaveCount(0);

  await form.getByRole('button', { name: 'Save as new version' }).click();
  const next = before.version + 1;
  await expect(form.getByRole('status')).toHaveText(`Saved as version ${next}; scores recomputed.`);
  await expect(form.getByTestId('model-version')).toHaveText(`Version ${next}`);
  await expect(lower).toHaveValue('60');

  const saved = currentModel(app.services.workspaces.require().db).model;
  expect(saved.version).toBe(next);
  expect(saved.bands).toEqual({ redBelow: 45, yellowBelow: 70 });
  expect(saved.components.find((c) => c.id === 'usage_frequency')?.mapping).toEqual({
    kind: 'linear',
    from: { value: 0.6, score: 0 },
    to: { value: 1, score: 100 },
  });
  // Nothing else moved.
  expect(saved.components.filter((c) => c.id !== 'usage_frequency')).toEqual(
    before.components.filter((c) => c.id !== 'usage_frequency'),
  );

  await form.screenshot({ path: path.join(SCREENSHOT_DIR, 'health-model.png') });
  const foreign = app.requests.filter((u) => !u.startsWith('http://127.0.0.1:'));
  expect(foreign).toEqual([]);
});

// Issue #18 points 8-10: the command palette (Ctrl+K), keyboard shortcuts, light/dark themes
// (charts included), the book's experiments list, and an axe-core scan of every screen.
import { expect, test } from '@playwright/test';
import { launchApp } from './harness';
import type { AppHarness } from './harness';
import { axeViolations, openSample, setLocale, shoot } from './journey';

let app: AppHarness;
test.beforeEach(async () => {
  app = await launchApp();
});
test.afterEach(async () => app.close());

function sql(query: string): string[][] {
  const rows = app.services.workspaces.require().db.exec(query)[0]?.values ?? [];
  return rows.map((r) => r.map(String));
}

test('Ctrl+K finds an account by part of its name and Enter opens it; F1 lists the shortcuts', async () => {
  const { page } = app;
  await openSample(page);
  const [id, name] = sql('SELECT id, name FROM accounts ORDER BY name DESC LIMIT 1')[0]!;

  await page.keyboard.press('Control+k');
  const input = page.getByTestId('palette-input');
  await expect(input).toBeFocused();
  // Actions are there before typing.
  await expect(page.getByRole('option', { name: /Go to Experiments/ })).toBeVisible();
  await input.fill(name!.slice(0, Math.max(4, Math.ceil(name!.length / 2))).toLowerCase());
  const hit = page.getByRole('option', {
    name: new RegExp(name!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
  });
  await expect(hit.first()).toBeVisible();
  // Move the selection onto the account, then Enter.
  const options = page.getByRole('option');
  const labels = await options.allTextContents();
  const index = labels.findIndex((l) => l.includes(name!) && l.includes(id!));
  expect(index).toBeGreaterThanOrEqual(0);
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  await expect(options.nth(index)).toHaveAttribute('aria-selected', 'true');
  for (const locale of ['en', 'th', 'tr'] as const) {
    if (locale !== 'en') await setLocale(page, locale);
    await shoot(page, `workday-palette-${locale}.png`);
  }
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('palette-input')).toHaveCount(0);
  await expect(page.locator('main').getByRole('heading', { level: 1 })).toHaveText(name!);

  // Escape closes without doing anything; nonsense finds nothing and says so.
  await setLocale(page, 'en');
  await page.keyboard.press('Control+k');
  await page.getByTestId('palette-input').fill('zzzz-nothing-here');
  await expect(page.getByText('Nothing matches “zzzz-nothing-here”.')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('palette-input')).toHaveCount(0);

  // Ctrl+2 goes to the Experiments list; F1 lists the shortcuts.
  await page.keyboard.press('Control+2');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Experiments in the book' }),
  ).toBeVisible();
  await page.keyboard.press('F1');
  const list = page.getByTestId('shortcuts-list');
  await expect(list).toContainText('Ctrl/⌘+K');
  await expect(list).toContainText('Go to Experiments');
  for (const locale of ['en', 'th', 'tr'] as const) {
    await setLocale(page, locale);
    await shoot(page, `workday-shortcuts-${locale}.png`);
  }
  await page.keyboard.press('Escape');
  await expect(list).toHaveCount(0);
});

test('follows the system theme by default; a manual dark choice is remembered and recolours charts', async () => {
  const { page } = app;
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');

  await openSample(page);
  const background = () =>
    page.evaluate(() => getComputedStyle(document.body.parentElement!).backgroundColor);
  const light = await background();
  await page.getByTestId('theme-switch').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await background()).not.toBe(light);

  // Charts are re-made with the dark theme: their axis labels use the dark theme's muted colour.
  const [accountName] = sql('SELECT name FROM accounts ORDER BY name LIMIT 1')[0]!;
  await page.keyboard.press('Control+k');
  await page.getByTestId('palette-input').fill(accountName!);
  await page.keyboard.press('ArrowDown');
  const options = await page.getByRole('option').allTextContents();
  await page
    .getByRole('option')
    .nth(options.findIndex((o) => o.includes(accountName!)))
    .click();
  const chart = page.locator('[role="img"][data-theme]').first();
  await expect(chart).toHaveAttribute('data-theme', 'dark');
  const muted = await page.evaluate(() =>
    getComputedStyle(document.documentElement).getPropertyValue('--muted').trim(),
  );
  expect(muted).toBe('#a3abbd');
  await expect(chart.locator(`svg text[fill="${muted}"]`).first()).toBeAttached();
  for (const locale of ['en', 'th', 'tr'] as const) {
    await setLocale(page, locale);
    await shoot(page, `workday-account-dark-${locale}.png`);
  }
  await page
    .getByRole('button', { name: /Portfolio|พอร์ต|Portföy/ })
    .first()
    .click();
  for (const locale of ['en', 'th', 'tr'] as const) {
    await setLocale(page, locale);
    await shoot(page, `workday-portfolio-dark-${locale}.png`);
  }

  // The choice outlives a restart, even against a light system.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByTestId('theme-switch')).toHaveValue('dark');
  // Back to "follow system": light again.
  await page.getByTestId('theme-switch').selectOption('system');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('the Experiments screen lists every experiment in the book and filters by result, account and KPI', async () => {
  const { page } = app;
  await openSample(page);
  const all = sql(
    'SELECT e.id, e.name, a.name, e.account_id FROM experiments e JOIN accounts a ON a.id = e.account_id ORDER BY e.id',
  );
  expect(all.length).toBeGreaterThan(1);
  await page.getByRole('button', { name: 'Experiments', exact: true }).click();
  const rows = page.getByTestId('book-experiment-row');
  await expect(rows).toHaveCount(all.length);
  for (const [, name, account] of all) {
    await expect(rows.filter({ hasText: name! })).toContainText(account!);
  }

  await page.getByTestId('filter-verdict').selectOption('improvement');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Improvement');
  await expect(page.getByTestId('experiments-count')).toHaveText(`1 of ${all.length} experiments`);
  await page.getByTestId('filter-verdict').selectOption('');

  const [, firstName, , firstAccount] = all[0]!;
  await page.getByTestId('filter-account').selectOption(firstAccount!);
  const ofAccount = all.filter((r) => r[3] === firstAccount).length;
  await expect(rows).toHaveCount(ofAccount);
  await page.getByTestId('filter-account').selectOption('');

  const kpis = await page.getByTestId('filter-kpi').locator('option').allTextContents();
  expect(kpis.length).toBeGreaterThan(1);
  await page.getByTestId('filter-kpi').selectOption(kpis[1]!);
  await expect(rows.first()).toContainText(kpis[1]!);
  await page.getByTestId('filter-kpi').selectOption('');

  for (const locale of ['en', 'th', 'tr'] as const) {
    await setLocale(page, locale);
    await shoot(page, `workday-experiments-list-${locale}.png`);
  }
  await setLocale(page, 'en');
  await rows.filter({ hasText: firstName! }).getByRole('button').click();
  await expect(page.getByRole('heading', { level: 1, name: firstName! })).toBeVisible();
});

test('axe-core finds no serious or critical violation on any screen, in light and dark', async () => {
  const { page } = app;
  await openSample(page);
  const [accountName] = sql('SELECT name FROM accounts ORDER BY name LIMIT 1')[0]!;
  const report: Record<string, string[]> = {};
  const scan = async (screen: string) => {
    report[screen] = await axeViolations(page);
  };

  for (const theme of ['light', 'dark'] as const) {
    await page.getByTestId('theme-switch').selectOption(theme);
    await page.getByRole('button', { name: 'Portfolio', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Portfolio' })).toBeVisible();
    // The band chips appear once health is fresh; scanning before them passed by luck of timing.
    await expect(page.locator('.pf-band').first()).toBeVisible();
    await scan(`portfolio-${theme}`);

    await page.keyboard.press('Control+k');
    await page.getByTestId('palette-input').fill(accountName!);
    await scan(`palette-${theme}`);
    const options = await page.getByRole('option').allTextContents();
    await page
      .getByRole('option')
      .nth(options.findIndex((o) => o.includes(accountName!)))
      .click();
    await expect(page.locator('main').getByRole('heading', { level: 1 })).toHaveText(accountName!);
    await scan(`account-${theme}`);

    await page.getByRole('button', { name: 'Build QBR' }).click();
    await expect(page.getByRole('heading', { name: 'QBR builder' })).toBeVisible();
    await scan(`qbr-${theme}`);

    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await scan(`import-${theme}`);
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await scan(`settings-${theme}`);
    await page.getByRole('button', { name: 'Experiments', exact: true }).click();
    await expect(page.getByTestId('book-experiment-row').first()).toBeVisible();
    await scan(`experiments-${theme}`);
  }
  const bad = Object.entries(report).filter(([, v]) => v.length > 0);
  expect(bad, JSON.stringify(bad, null, 2)).toEqual([]);
});

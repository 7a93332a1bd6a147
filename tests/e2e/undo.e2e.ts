// Issue #18 point 10, second half: undo the last change to notes, tasks, goals and narratives.
// A note added is offered for undo in a toast whose button removes it; a task completed is open
// again after Ctrl+Z, which inside a text field is left to the field. Screens in en, th and tr.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { translate } from '../../src/shared/i18n';
import type { MessageKey } from '../../src/shared/i18n';
import { launchApp } from './harness';
import type { AppHarness } from './harness';
import { openSample, setLocale, shoot } from './journey';

let app: AppHarness;
test.beforeEach(async () => {
  app = await launchApp();
});
test.afterEach(async () => app.close());

function sql(query: string, params: (string | number)[] = []): string[][] {
  const rows = app.services.workspaces.require().db.exec(query, params)[0]?.values ?? [];
  return rows.map((r) => r.map(String));
}

async function openAccount(page: Page, id: string, name: string): Promise<void> {
  await page.keyboard.press('Control+k');
  await page.getByTestId('palette-input').fill(id);
  const options = page.getByRole('option');
  await expect(options.filter({ hasText: name }).first()).toBeVisible();
  const labels = await options.allTextContents();
  const index = labels.findIndex((l) => l.includes(name) && l.includes(id));
  expect(index).toBeGreaterThanOrEqual(0);
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.locator('main').getByRole('heading', { level: 1 })).toHaveText(name);
}

const status = (id: number) => sql('SELECT status FROM tasks WHERE id = ?', [id])[0]?.[0];

test('a note added is undone from the toast, a task completed is reopened by Ctrl+Z (en, th, tr)', async () => {
  const { page } = app;
  await openSample(page);
  // Tasks come from the health recompute the sample starts in the background.
  await expect
    .poll(() => sql("SELECT COUNT(*) FROM tasks WHERE status = 'open'")[0]![0], { timeout: 90_000 })
    .not.toBe('0');
  // The account's first open task in the order its list shows them.
  const [accountId, name] = sql(
    `SELECT a.id, a.name FROM tasks t JOIN accounts a ON a.id = t.account_id
     WHERE t.status = 'open' ORDER BY t.id LIMIT 1`,
  )[0]!;
  const taskId = sql(
    "SELECT id FROM tasks WHERE account_id = ? AND status = 'open' ORDER BY due_date, id LIMIT 1",
    [accountId!],
  )[0]![0];
  await openAccount(page, accountId!, name!);
  const toast = page.getByTestId('undo-toast');

  for (const locale of ['en', 'th', 'tr'] as const) {
    await setLocale(page, locale);
    const t = (key: MessageKey, params?: Record<string, string>) => translate(locale, key, params);

    // A note: added, offered in the toast, undone by its button, gone.
    const text = `Undo check ${locale}`;
    const noteInput = page.getByRole('textbox', { name: t('account.notes.placeholder') });
    await noteInput.fill(text);
    await page.getByRole('button', { name: t('account.notes.add'), exact: true }).click();
    await expect(toast).toContainText(t('undo.action.note.add'));
    await expect(toast).toContainText(text);
    expect(sql('SELECT COUNT(*) FROM csm_notes WHERE text = ?', [text])[0]![0]).toBe('1');
    await shoot(page, `undo-note-toast-${locale}.png`);
    await toast.getByRole('button', { name: t('undo.button') }).click();
    await expect(toast).toContainText(t('undo.done', { action: t('undo.action.note.add') }));
    expect(sql('SELECT COUNT(*) FROM csm_notes WHERE text = ?', [text])[0]![0]).toBe('0');

    // A task: completed, then Ctrl+Z. Inside the note field Ctrl+Z is the field's own undo.
    const task = page.getByTestId('task').filter({
      has: page.getByRole('button', { name: t('account.tasks.complete'), exact: true }),
    });
    await task
      .first()
      .getByRole('button', { name: t('account.tasks.complete'), exact: true })
      .click();
    await expect(toast).toContainText(t('undo.action.task.complete'));
    await expect.poll(() => status(Number(taskId))).toBe('done');
    await noteInput.focus();
    await page.keyboard.press('Control+z');
    await page.waitForTimeout(300);
    expect(status(Number(taskId))).toBe('done');
    await noteInput.blur();
    await page.keyboard.press('Control+z');
    await expect(toast).toContainText(t('undo.done', { action: t('undo.action.task.complete') }));
    await expect.poll(() => status(Number(taskId))).toBe('open');
    await page.getByTestId('task').first().scrollIntoViewIfNeeded();
    await shoot(page, `undo-task-undone-${locale}.png`);
  }

  // Nothing left to undo: Ctrl+Z says so and changes nothing.
  const before = sql('SELECT COUNT(*) FROM csm_notes')[0]![0];
  await page.keyboard.press('Control+z');
  await expect(toast).toContainText(translate('tr', 'undo.nothing'));
  expect(sql('SELECT COUNT(*) FROM csm_notes')[0]![0]).toBe(before);
  expect(status(Number(taskId))).toBe('open');

  // Ctrl+Z is listed in the shortcuts dialog.
  await page.keyboard.press('F1');
  await expect(page.getByTestId('shortcuts-list')).toContainText(translate('tr', 'shortcuts.undo'));
});

// Issue 14.4: quitting with unsaved changes asks. The window's close saves pending work; when
// the save fails, the dialogs port asks, and the window closes only when the user chose to.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../src/main/ipc/dispatch';
import type { UnsavedQuitChoice } from '../../../src/main/platform/dialogs';
import { noDialogs } from '../../../src/main/platform/dialogs';
import { installQuitGuard } from '../../../src/main/quit-guard';
import { testServices } from '../../helpers/services';

function fakeWindow() {
  let listener: ((e: { preventDefault(): void }) => void) | null = null;
  const win = {
    closed: 0,
    prevented: 0,
    on(_event: 'close', l: (e: { preventDefault(): void }) => void) {
      listener = l;
    },
    /** What Electron does when the user closes the window; true when it really closes. */
    tryClose(): boolean {
      let prevented = false;
      listener!({ preventDefault: () => (prevented = true) });
      if (prevented) win.prevented++;
      else win.closed++;
      return !prevented;
    },
    close() {
      win.tryClose();
    },
  };
  return win;
}

async function brokenSave(choice: UnsavedQuitChoice, saveAsTarget: string | null = null) {
  const asked: string[] = [];
  const t = testServices({
    ...noDialogs,
    saveWorkspace: async () => saveAsTarget,
    unsavedOnQuit: async (reason) => {
      asked.push(reason);
      return choice;
    },
  });
  const file = path.join(t.dir, 'book.qbr');
  await t.services.workspaces.open(file, true);
  // Saves can no longer replace the file; then an edit is made.
  fs.rmSync(file);
  fs.mkdirSync(file);
  fs.writeFileSync(path.join(file, 'keep'), 'x');
  await dispatch('settings:set', { companyName: 'Unsaved Co' }, t.services);
  const win = fakeWindow();
  installQuitGuard(win, () => t.services);
  return { t, win, asked, file };
}

const settle = () => new Promise((r) => setTimeout(r, 20));

describe('closing the window', () => {
  it('saves pending changes and closes without asking when the save works', async () => {
    let asked = 0;
    const t = testServices({
      ...noDialogs,
      unsavedOnQuit: async () => {
        asked++;
        return 'cancel';
      },
    });
    try {
      const ws = await t.services.workspaces.open(path.join(t.dir, 'ok.qbr'), true);
      await dispatch('settings:set', { companyName: 'Saved Co' }, t.services);
      expect(ws.isDirty).toBe(true);
      const win = fakeWindow();
      installQuitGuard(win, () => t.services);
      expect(win.tryClose()).toBe(true);
      expect(ws.isDirty).toBe(false);
      expect(asked).toBe(0);
    } finally {
      t.cleanup();
    }
  });

  it('asks when the save fails, and Cancel keeps the window and the work', async () => {
    const { t, win, asked } = await brokenSave('cancel');
    try {
      expect(win.tryClose()).toBe(false);
      await settle();
      expect(asked).toHaveLength(1);
      expect(asked[0]).toMatch(/^E[A-Z]+$/);
      expect(win.closed).toBe(0);
      expect(t.services.workspaces.require().isDirty).toBe(true);
    } finally {
      fs.rmSync(path.join(t.dir, 'book.qbr'), { recursive: true, force: true });
      t.cleanup();
    }
  });

  it('"Quit without saving" closes only after the user chose it', async () => {
    const { t, win, asked } = await brokenSave('quit');
    try {
      expect(win.tryClose()).toBe(false);
      await settle();
      expect(asked).toHaveLength(1);
      expect(win.closed).toBe(1);
    } finally {
      t.cleanup();
    }
  });

  it('"Save as…" writes the work to the chosen file, then closes', async () => {
    const { t, win } = await brokenSave('saveAs', 'REPLACED');
    const target = path.join(t.dir, 'rescued.qbr');
    t.services.dialogs.saveWorkspace = async () => target;
    try {
      expect(win.tryClose()).toBe(false);
      await settle();
      expect(win.closed).toBe(1);
      const settings = await dispatch('settings:get', {}, t.services);
      expect(settings).toMatchObject({ ok: true, value: { companyName: 'Unsaved Co' } });
      expect(t.services.workspaces.require().file).toBe(target);
      expect(fs.statSync(target).size).toBeGreaterThan(0);
    } finally {
      t.cleanup();
    }
  });
});

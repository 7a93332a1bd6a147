// Closing the window never drops work silently. Pending changes are saved first; when that save
// fails the user is asked: save elsewhere, quit without them, or stay.
import type { Locale } from '../shared/ipc/contract/workspace';
import { getSettings } from './db/repos/settings';
import type { Services } from './services';

/** Whether the window may close now, after saving or asking. */
export async function mayClose(services: Services): Promise<boolean> {
  const ws = services.workspaces.active;
  if (!ws || ws.readOnly || !ws.isDirty) return true;
  try {
    ws.flush();
    return true;
  } catch (err) {
    const reason = ws.lastSaveError ?? (err as Error).message;
    const choice = (await services.dialogs.unsavedOnQuit?.(reason, localeOf(services))) ?? 'cancel';
    if (choice === 'quit') {
      ws.discard();
      return true;
    }
    if (choice === 'saveAs') {
      const target = await services.dialogs.saveWorkspace();
      if (!target) return false;
      try {
        await services.workspaces.saveAs(target);
        return true;
      } catch (saveAsError) {
        console.error('[quit] Save as failed:', saveAsError);
        return false;
      }
    }
    return false;
  }
}

function localeOf(services: Services): Locale {
  try {
    return getSettings(services.workspaces.require().db).locale;
  } catch {
    return 'en';
  }
}

interface ClosableWindow {
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown;
  close(): void;
}

/**
 * Saves pending work when the window closes; if that save fails, holds the close until
 * `mayClose` agrees (the user chose) and then closes again.
 */
export function installQuitGuard(window: ClosableWindow, services: () => Services | null): void {
  let allowed = false;
  let asking = false;
  window.on('close', (event) => {
    const current = services();
    if (allowed || !current) return;
    const ws = current.workspaces.active;
    if (!ws || ws.readOnly || !ws.isDirty) return;
    try {
      ws.flush();
      return; // Saved: close as asked.
    } catch {
      // The save failed: hold the close and ask.
    }
    event.preventDefault();
    if (asking) return;
    asking = true;
    void mayClose(current)
      .then((ok) => {
        if (!ok) return;
        allowed = true;
        window.close();
      })
      .finally(() => {
        asking = false;
      });
  });
}

// The persistent banner that keeps work from being lost without a word: a background save that
// failed (the reason, when the next try is, Retry and Save as), a workspace open read-only, and a
// workspace another QBR Studio holds (who, since when; open read-only or take over).
import { useEffect, useState } from 'react';
import type { EventPayload } from '../../../shared/ipc/contract';
import { useI18n } from '../lib/i18n';
import { call, onEvent } from '../lib/ipc';
import { useApp } from '../stores/app';

type SaveFailure = EventPayload<'workspace:saveFailed'>;

export function SaveBanner() {
  const { t, locale } = useI18n();
  const workspace = useApp((s) => s.workspace);
  const error = useApp((s) => s.error);
  const refreshWorkspace = useApp((s) => s.refreshWorkspace);
  const setError = useApp((s) => s.setError);
  const [failure, setFailure] = useState<SaveFailure | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const offFailed = onEvent('workspace:saveFailed', (payload) => setFailure(payload));
    const offSaved = onEvent('workspace:saved', () => {
      setFailure(null);
      void refreshWorkspace();
    });
    return () => {
      offFailed();
      offSaved();
    };
  }, [refreshWorkspace]);

  // An open refused because the file is locked shows as an error: read who holds it.
  useEffect(() => {
    if (error) void refreshWorkspace().catch(() => undefined);
  }, [error, refreshWorkspace]);

  /** `quiet`: a failure is already shown by this banner (a retry that failed again). */
  const run = async (fn: () => Promise<unknown>, quiet = false) => {
    setBusy(true);
    try {
      await fn();
      setError(null);
    } catch (err) {
      if (!quiet) setError((err as Error).message);
    } finally {
      setBusy(false);
      await refreshWorkspace().catch(() => undefined);
    }
  };

  const locked = workspace?.locked ?? null;
  // A failure of another file (before Save as moved the work) no longer concerns this one.
  const current = failure && failure.path === workspace?.path ? failure : null;
  const reason = current?.reason ?? workspace?.saveError ?? null;

  if (locked && (!workspace?.open || workspace.readOnly)) {
    const since = locked.startedAt ?? t('lock.since.unknown');
    const who = locked.sameMachine
      ? t('lock.body.here', { pid: locked.pid ?? '?', since })
      : t('lock.body.other', { host: locked.hostname ?? '?', pid: locked.pid ?? '?', since });
    return (
      <div className="notice error" role="alert" data-testid="lock-banner">
        <strong>{t('lock.title')}</strong> {who}
        {workspace?.readOnly && <span> {t('save.readOnly')}</span>}
        {!workspace?.readOnly && (
          <button
            disabled={busy}
            onClick={() => run(() => call('workspace:resolveLock', { mode: 'readOnly', locale }))}
          >
            {t('lock.readOnly')}
          </button>
        )}
        <button
          disabled={busy}
          onClick={() => run(() => call('workspace:resolveLock', { mode: 'takeOver', locale }))}
        >
          {t('lock.takeOver')}
        </button>
      </div>
    );
  }
  if (workspace?.open && workspace.readOnly) {
    return (
      <div className="notice" role="status" data-testid="read-only-banner">
        {t('save.readOnly')}
      </div>
    );
  }
  if (!workspace?.open || reason === null) return null;
  return (
    <div className="notice error" role="alert" data-testid="save-banner">
      <strong>{t('save.failed.title')}</strong>{' '}
      {t('save.failed.body', {
        reason,
        seconds: Math.round((current?.retryInMs ?? 1000) / 1000),
      })}
      <button disabled={busy} onClick={() => run(() => call('workspace:retrySave', {}), true)}>
        {t('save.failed.retry')}
      </button>
      <button disabled={busy} onClick={() => run(() => call('workspace:saveAsDialog', {}))}>
        {t('save.failed.saveAs')}
      </button>
    </div>
  );
}

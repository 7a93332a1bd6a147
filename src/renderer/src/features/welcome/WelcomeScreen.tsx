import { useState } from 'react';
import { useI18n } from '../../lib/i18n';
import { call } from '../../lib/ipc';
import { useApp } from '../../stores/app';

export function WelcomeScreen() {
  const { t } = useI18n();
  const refresh = useApp((s) => s.refreshWorkspace);
  const workspace = useApp((s) => s.workspace);
  const setError = useApp((s) => s.setError);
  const [busy, setBusy] = useState(false);

  const run = (action: () => Promise<unknown>) => async () => {
    setBusy(true);
    try {
      await action();
      await refresh();
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="welcome">
      <h1>{t('welcome.title')}</h1>
      <p className="muted">{t('welcome.body')}</p>
      {workspace?.damaged && (
        <div className="notice warn" role="alert">
          <span>{t('welcome.damaged', { backups: workspace.damaged.backups })}</span>
          {workspace.damaged.backups > 0 && (
            <button disabled={busy} onClick={run(() => call('workspace:restoreBackup', {}))}>
              {t('welcome.restore')}
            </button>
          )}
        </div>
      )}
      <div className="actions">
        {workspace?.recentPath && (
          <button
            className="primary"
            disabled={busy}
            onClick={run(() => call('workspace:openRecent', {}))}
          >
            {t('welcome.reopen', { name: workspace.recentPath.split(/[\\/]/).pop() ?? '' })}
          </button>
        )}
        <button
          className={workspace?.recentPath ? '' : 'primary'}
          disabled={busy}
          onClick={run(() => call('workspace:openSample', {}))}
        >
          {t('welcome.openSample')}
        </button>
        <button disabled={busy} onClick={run(() => call('workspace:openDialog', {}))}>
          {t('welcome.open')}
        </button>
        <button disabled={busy} onClick={run(() => call('workspace:createDialog', {}))}>
          {t('welcome.create')}
        </button>
      </div>
      {busy && <p className="muted">{t('common.loading')}</p>}
    </section>
  );
}

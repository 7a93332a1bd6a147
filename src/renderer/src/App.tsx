import { useEffect, useRef } from 'react';
import { HealthProgress } from './components/HealthProgress';
import { SaveBanner } from './components/SaveBanner';
import { DataAgeBanner } from './features/time/DataAgeBanner';
import { AccountScreen } from './features/account/AccountScreen';
import { ExperimentScreen } from './features/experiments/ExperimentScreen';
import { PortfolioScreen } from './features/portfolio/PortfolioScreen';
import { ImportScreen } from './features/import/ImportScreen';
import { QbrScreen } from './features/qbr/QbrScreen';
import { SettingsScreen } from './features/settings/SettingsScreen';
import { WelcomeScreen } from './features/welcome/WelcomeScreen';
import { useI18n } from './lib/i18n';
import { onEvent } from './lib/ipc';
import type { Screen } from './stores/app';
import { useApp } from './stores/app';

const NAV: { id: Screen; label: 'nav.portfolio' | 'nav.qbr' | 'nav.import' | 'nav.settings' }[] = [
  { id: 'portfolio', label: 'nav.portfolio' },
  { id: 'qbr', label: 'nav.qbr' },
  { id: 'import', label: 'nav.import' },
  { id: 'settings', label: 'nav.settings' },
];

export function App() {
  const { t, locale } = useI18n();
  const { screen, setScreen, workspace, error, setError, refreshWorkspace, dataChanged } = useApp();

  useEffect(() => {
    void refreshWorkspace().catch((err: Error) => setError(err.message));
    const offData = onEvent('data:changed', () => {
      dataChanged();
      void refreshWorkspace();
    });
    return offData;
  }, [refreshWorkspace, dataChanged, setError]);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  // Every screen opens at its top: the content pane is the one scroll container, and it keeps
  // its offset across screens unless reset here.
  const accountId = useApp((s) => s.accountId);
  const experimentId = useApp((s) => s.experimentId);
  const contentRef = useRef<HTMLElement>(null);
  useEffect(() => {
    contentRef.current?.scrollTo({ top: 0 });
  }, [screen, accountId, experimentId]);

  return (
    <div className="shell">
      <nav className="sidebar">
        <div className="brand">{t('app.title')}</div>
        {workspace?.open &&
          NAV.map((item) => (
            <button
              key={item.id}
              className={screen === item.id ? 'active' : ''}
              onClick={() => setScreen(item.id)}
            >
              {t(item.label)}
            </button>
          ))}
        {workspace?.open && (
          <div className="workspace-meta">
            <strong>{workspace.name}</strong>
            <span>{t('workspace.accounts', { count: workspace.accountCount })}</span>
            <HealthProgress />
          </div>
        )}
      </nav>
      <main className="content" ref={contentRef}>
        <SaveBanner />
        {workspace?.open && <DataAgeBanner />}
        {error && (
          <div className="notice error" role="alert">
            {t('error.generic', { message: error })}
            <button onClick={() => setError(null)}>{t('common.close')}</button>
          </div>
        )}
        {!workspace ? (
          <p className="muted">{t('common.loading')}</p>
        ) : !workspace.open ? (
          <WelcomeScreen />
        ) : screen === 'portfolio' ? (
          <PortfolioScreen />
        ) : screen === 'experiment' ? (
          <ExperimentScreen />
        ) : screen === 'account' ? (
          <AccountScreen />
        ) : screen === 'qbr' ? (
          <QbrScreen />
        ) : screen === 'import' ? (
          <ImportScreen />
        ) : (
          <SettingsScreen />
        )}
      </main>
    </div>
  );
}

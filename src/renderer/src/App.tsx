import { Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { CommandPalette } from './components/CommandPalette';
import { ShortcutsDialog } from './components/ShortcutsDialog';
import { NAV_SCREENS, useShortcuts } from './components/shortcuts';
import { HealthProgress } from './components/HealthProgress';
import { SaveBanner } from './components/SaveBanner';
import { DataAgeBanner } from './features/time/DataAgeBanner';
import { useTheme, watchSystemTheme } from './features/theme/theme';
import { ThemeSwitch } from './features/theme/ThemeSwitch';
import { askFirstPageEarly } from './features/portfolio/first-page';
import { PortfolioScreen } from './features/portfolio/PortfolioScreen';
import { UndoToast } from './features/undo/UndoToast';
import { useUndo } from './features/undo/undo-store';
import { WelcomeScreen } from './features/welcome/WelcomeScreen';
import {
  AccountScreen,
  ExperimentScreen,
  ExperimentsListScreen,
  ImportScreen,
  QbrScreen,
  SettingsScreen,
} from './lazy-screens';
import { preloadCatalogues } from './lib/catalogues';
import { useI18n } from './lib/i18n';
import { onEvent } from './lib/ipc';
import type { MessageKey } from '../../shared/i18n';
import type { Screen } from './stores/app';
import { useApp } from './stores/app';

// The sidebar's screens, in the order Ctrl/Cmd+1..5 reach them (components/shortcuts.ts).
const NAV: { id: Screen; label: MessageKey }[] = NAV_SCREENS.map((n) => ({
  id: n.screen,
  label: n.label,
}));

const PRELOAD_CATALOGUES_MS = 1000;

export function App() {
  const { t, locale } = useI18n();
  const { screen, setScreen, workspace, error, setError, refreshWorkspace, dataChanged } = useApp();

  useEffect(() => {
    void refreshWorkspace().catch((err: Error) => setError(err.message));
    // The app opens on the Portfolio: its first rows need not wait for the workspace's info.
    askFirstPageEarly();
    const offData = onEvent('data:changed', () => {
      dataChanged();
      void refreshWorkspace();
    });
    return offData;
  }, [refreshWorkspace, dataChanged, setError]);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  // The other languages' catalogues load a while after a workspace opens, well after its first
  // rows have painted, so that switching language later shows at once.
  const open = Boolean(workspace?.open);
  useEffect(() => {
    if (!open) return;
    const timer = window.setTimeout(preloadCatalogues, PRELOAD_CATALOGUES_MS);
    return () => window.clearTimeout(timer);
  }, [open]);

  // Every screen opens at its top: the content pane is the one scroll container, and it keeps
  // its offset across screens unless reset here.
  const accountId = useApp((s) => s.accountId);
  const experimentId = useApp((s) => s.experimentId);
  const contentRef = useRef<HTMLElement>(null);
  useEffect(() => {
    contentRef.current?.scrollTo({ top: 0 });
  }, [screen, accountId, experimentId]);

  useEffect(() => watchSystemTheme(), []);
  const [palette, setPalette] = useState(false);
  const [shortcuts, setShortcuts] = useState(false);
  const toggleTheme = useTheme((s) => s.toggle);
  const shortcutActions = useMemo(
    () => ({
      openPalette: () => {
        setShortcuts(false);
        setPalette(true);
      },
      showShortcuts: () => {
        setPalette(false);
        setShortcuts(true);
      },
      toggleTheme,
      go: setScreen,
      undo: () => void useUndo.getState().undo(),
    }),
    [toggleTheme, setScreen],
  );
  useShortcuts(Boolean(workspace?.open), shortcutActions);
  // Help > Keyboard shortcuts in the native menu (main sends the event; F1 is its accelerator).
  useEffect(() => onEvent('help:shortcuts', shortcutActions.showShortcuts), [shortcutActions]);

  return (
    <div className="shell">
      <nav className="sidebar" aria-label={t('nav.label')}>
        <div className="brand">{t('app.title')}</div>
        {workspace?.open &&
          NAV.map((item) => (
            <button
              key={item.id}
              className={screen === item.id ? 'active' : ''}
              aria-current={screen === item.id ? 'page' : undefined}
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
        {workspace?.open && (
          <button
            className="palette-open"
            onClick={shortcutActions.openPalette}
            aria-keyshortcuts="Control+K Meta+K"
          >
            {t('palette.open')} <kbd>Ctrl+K</kbd>
          </button>
        )}
        <ThemeSwitch />
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
        <Suspense fallback={<p className="muted">{t('common.loading')}</p>}>
          {!workspace ? (
            <p className="muted">{t('common.loading')}</p>
          ) : !workspace.open ? (
            <WelcomeScreen />
          ) : screen === 'portfolio' ? (
            <PortfolioScreen />
          ) : screen === 'experiment' ? (
            <ExperimentScreen />
          ) : screen === 'experiments' ? (
            <ExperimentsListScreen />
          ) : screen === 'account' ? (
            <AccountScreen />
          ) : screen === 'qbr' ? (
            <QbrScreen />
          ) : screen === 'import' ? (
            <ImportScreen />
          ) : (
            <SettingsScreen />
          )}
        </Suspense>
      </main>
      {palette && (
        <CommandPalette
          onClose={() => setPalette(false)}
          onShowShortcuts={shortcutActions.showShortcuts}
        />
      )}
      {shortcuts && <ShortcutsDialog onClose={() => setShortcuts(false)} />}
      {workspace?.open && <UndoToast />}
    </div>
  );
}

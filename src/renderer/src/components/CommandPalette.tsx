import { useEffect, useMemo, useRef, useState } from 'react';
import type { Account } from '../../../shared/domain/entities';
import type { ExperimentSummary, Locale } from '../../../shared/ipc/contract';
import type { MessageKey } from '../../../shared/i18n';
import { useTheme } from '../features/theme/theme';
import { useI18n } from '../lib/i18n';
import { call } from '../lib/ipc';
import type { Screen } from '../stores/app';
import { useApp } from '../stores/app';
import { matches } from './palette-search';
import { NAV_SCREENS } from './shortcuts';

interface Item {
  id: string;
  group: 'actions' | 'accounts' | 'experiments';
  label: string;
  hint?: string;
  run(): void;
}

const LANGUAGES: { locale: Locale; name: string }[] = [
  { locale: 'en', name: 'English' },
  { locale: 'th', name: 'ไทย' },
  { locale: 'tr', name: 'Türkçe' },
];
const MAX_PER_GROUP = 8;

/**
 * Ctrl/Cmd+K: one search box over the book's accounts and experiments and the app's actions.
 * Arrow keys move, Enter runs, Escape closes and gives focus back to where it was.
 */
export function CommandPalette({
  onClose,
  onShowShortcuts,
}: {
  onClose: () => void;
  onShowShortcuts: () => void;
}) {
  const { t, locale } = useI18n();
  const { setScreen, openAccount, openExperiment, setLocale } = useApp();
  const toggleTheme = useTheme((s) => s.toggle);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [accounts, setAccounts] = useState<Account[]>([]);
  const [experiments, setExperiments] = useState<ExperimentSummary[]>([]);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    input.current?.focus();
    void call('accounts:list', { sortBy: 'name', sortDir: 'asc' }).then(setAccounts, () => {});
    void call('experiments:list', {}).then(setExperiments, () => {});
    return () => before?.focus?.();
  }, []);

  const items = useMemo(() => {
    const close = (fn: () => void) => () => {
      onClose();
      fn();
    };
    const actions: Item[] = [
      ...NAV_SCREENS.map(({ screen, label }) => ({
        id: `go-${screen}`,
        group: 'actions' as const,
        label: t('palette.go', { screen: t(label) }),
        run: close(() => setScreen(screen as Screen)),
      })),
      {
        id: 'theme',
        group: 'actions',
        label: t('palette.toggleTheme'),
        hint: 'Ctrl+Shift+L',
        run: close(toggleTheme),
      },
      ...LANGUAGES.filter((l) => l.locale !== locale).map((l) => ({
        id: `lang-${l.locale}`,
        group: 'actions' as const,
        label: t('palette.language', { language: l.name }),
        run: close(() => {
          setLocale(l.locale);
          void call('settings:set', { locale: l.locale }).catch(() => {});
        }),
      })),
      {
        id: 'open-workspace',
        group: 'actions',
        label: t('palette.openWorkspace'),
        run: close(() => void call('workspace:openDialog', {}).catch(() => {})),
      },
      {
        id: 'shortcuts',
        group: 'actions',
        label: t('palette.shortcuts'),
        hint: 'F1',
        run: close(onShowShortcuts),
      },
    ];
    const names = new Map(accounts.map((a) => [a.id, a.name]));
    const q = query.trim();
    const found = (label: string) => !q || matches(label, q);
    return [
      ...actions.filter((a) => found(a.label)).slice(0, MAX_PER_GROUP),
      ...accounts
        .filter((a) => q && found(`${a.name} ${a.id}`))
        .slice(0, MAX_PER_GROUP)
        .map<Item>((a) => ({
          id: `account-${a.id}`,
          group: 'accounts',
          label: a.name,
          hint: a.id,
          run: close(() => openAccount(a.id)),
        })),
      ...experiments
        .filter((e) => q && found(`${e.name} ${e.primaryKpi} ${names.get(e.accountId) ?? ''}`))
        .slice(0, MAX_PER_GROUP)
        .map<Item>((e) => ({
          id: `experiment-${e.id}`,
          group: 'experiments',
          label: e.name,
          hint: names.get(e.accountId) ?? e.accountId,
          run: close(() => {
            useApp.setState({ accountId: e.accountId });
            openExperiment(e.id);
          }),
        })),
    ];
  }, [
    t,
    locale,
    query,
    accounts,
    experiments,
    onClose,
    onShowShortcuts,
    setScreen,
    openAccount,
    openExperiment,
    setLocale,
    toggleTheme,
  ]);

  const current = Math.min(active, Math.max(items.length - 1, 0));

  const onKey = (e: React.KeyboardEvent) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setActive((current + 1) % Math.max(items.length, 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((current - 1 + items.length) % Math.max(items.length, 1));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      items[current]?.run();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      onClose();
    }
  };

  const groupTitle: Record<Item['group'], MessageKey> = {
    actions: 'palette.group.actions',
    accounts: 'palette.group.accounts',
    experiments: 'palette.group.experiments',
  };

  return (
    <div className="palette-backdrop" onMouseDown={onClose}>
      <div
        className="palette"
        role="dialog"
        aria-modal="true"
        aria-label={t('palette.open')}
        onMouseDown={(e) => e.stopPropagation()}
        onKeyDown={onKey}
      >
        <input
          ref={input}
          role="combobox"
          aria-expanded="true"
          aria-controls="palette-results"
          aria-activedescendant={items[current] ? `palette-${items[current].id}` : undefined}
          aria-label={t('palette.open')}
          placeholder={t('palette.placeholder')}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
          data-testid="palette-input"
        />
        <ul id="palette-results" role="listbox" aria-label={t('palette.open')}>
          {items.length === 0 && (
            <li className="palette-empty" role="presentation">
              {t('palette.empty', { query })}
            </li>
          )}
          {items.map((item, i) => (
            <li
              key={item.id}
              id={`palette-${item.id}`}
              role="option"
              aria-selected={i === current}
              className={i === current ? 'active' : ''}
              onMouseEnter={() => setActive(i)}
              onClick={item.run}
            >
              {(i === 0 || items[i - 1]?.group !== item.group) && (
                <span className="palette-group" aria-hidden="true">
                  {t(groupTitle[item.group])}
                </span>
              )}
              <span className="palette-label">{item.label}</span>
              {item.hint && <span className="palette-hint">{item.hint}</span>}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

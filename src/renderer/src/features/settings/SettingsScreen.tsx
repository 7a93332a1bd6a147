import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import type { MessageKey } from '../../../../shared/i18n';
import type { Locale, Settings } from '../../../../shared/ipc/contract';
import { useI18n } from '../../lib/i18n';
import { call } from '../../lib/ipc';
import { useApp } from '../../stores/app';
import { PortfolioSettings } from '../portfolio/PortfolioSettings';
import { AsOfSettings } from '../time/AsOfSettings';
import { ModelForm, PlaybookForm } from './HealthModelEditor';
import { MetricNamesSettings } from './MetricNamesSettings';
import { PresenterSettings } from './PresenterSettings';
import './settings.css';

const LANGUAGES: { id: Locale; label: string }[] = [
  { id: 'en', label: 'English' },
  { id: 'th', label: 'ไทย' },
  { id: 'tr', label: 'Türkçe' },
];

/**
 * The groups, in the order they show; the nav and the sections are both built from this list.
 * Language comes first: it is the setting a new user looks for, and it changes every other label.
 */
const GROUPS = ['language', 'workspace', 'presenter', 'health', 'playbook', 'portfolio'] as const;
type Group = (typeof GROUPS)[number];
const groupKey = (group: Group): MessageKey => `settings.group.${group}`;

function SettingsGroup({ id, children }: { id: Group; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <section
      id={`settings-${id}`}
      className="settings-group"
      aria-labelledby={`settings-${id}-title`}
      data-testid={`settings-group-${id}`}
    >
      <h2 id={`settings-${id}-title`} className="settings-group-title">
        {t(groupKey(id))}
      </h2>
      {children}
    </section>
  );
}

/** Settings in six groups with a section nav, so no one scrolls a 6,000 px form to find a field. */
export function SettingsScreen() {
  const { t, locale, number, percent, money, date } = useI18n();
  const setLocale = useApp((s) => s.setLocale);
  const setError = useApp((s) => s.setError);
  const [settings, setSettings] = useState<Settings | null>(null);

  useEffect(() => {
    call('settings:get', {})
      .then(setSettings)
      .catch((err: Error) => setError(err.message));
  }, [setError]);

  const save = async (patch: Partial<Settings>) => {
    try {
      const next = await call('settings:set', patch);
      setSettings(next);
      setLocale(next.locale);
    } catch (err) {
      setError((err as Error).message);
    }
  };

  if (!settings) return <p className="muted">{t('common.loading')}</p>;
  const jump = (group: Group) =>
    document
      .getElementById(`settings-${group}`)
      ?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  return (
    <section className="screen settings-screen">
      <header className="screen-head">
        <h1>{t('settings.title')}</h1>
      </header>
      <div className="settings-layout">
        <nav className="settings-nav" aria-label={t('settings.nav')} data-testid="settings-nav">
          <ul>
            {GROUPS.map((group) => (
              <li key={group}>
                {/* Links, not buttons: they go to a place on the page, and a "Portfolio"
                    button here would be confused with the sidebar's. */}
                <a
                  href={`#settings-${group}`}
                  onClick={(e) => {
                    e.preventDefault();
                    jump(group);
                  }}
                >
                  {t(groupKey(group))}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div className="settings-groups">
          <SettingsGroup id="language">
            <form className="form" onSubmit={(e) => e.preventDefault()}>
              <label>
                {t('settings.language')}
                <select value={locale} onChange={(e) => save({ locale: e.target.value as Locale })}>
                  {LANGUAGES.map((l) => (
                    <option key={l.id} value={l.id}>
                      {l.label}
                    </option>
                  ))}
                </select>
              </label>
              <p className="muted" data-testid="format-sample">
                {t('settings.formats.sample', {
                  number: number(1234567.5, 1),
                  percent: percent(0.923, 1),
                  money: money(125000, settings.reportCurrency),
                  date: date('2026-06-01'),
                })}
              </p>
            </form>
          </SettingsGroup>
          <SettingsGroup id="workspace">
            <form className="form" onSubmit={(e) => e.preventDefault()}>
              <label>
                {t('settings.currency')}
                <input
                  className="code-input"
                  defaultValue={settings.reportCurrency}
                  maxLength={3}
                  size={4}
                  pattern="[A-Z]{3}"
                  onBlur={(e) => {
                    const v = e.target.value.toUpperCase();
                    if (/^[A-Z]{3}$/.test(v) && v !== settings.reportCurrency)
                      void save({ reportCurrency: v });
                  }}
                />
              </label>
            </form>
            <AsOfSettings />
            <MetricNamesSettings />
          </SettingsGroup>
          <SettingsGroup id="presenter">
            <form className="form" onSubmit={(e) => e.preventDefault()}>
              <label>
                {t('settings.company')}
                <input
                  defaultValue={settings.companyName}
                  maxLength={200}
                  onBlur={(e) =>
                    e.target.value !== settings.companyName && save({ companyName: e.target.value })
                  }
                />
              </label>
            </form>
            <PresenterSettings />
          </SettingsGroup>
          <SettingsGroup id="health">
            <ModelForm />
          </SettingsGroup>
          <SettingsGroup id="playbook">
            <PlaybookForm />
          </SettingsGroup>
          <SettingsGroup id="portfolio">
            <PortfolioSettings />
          </SettingsGroup>
        </div>
      </div>
    </section>
  );
}

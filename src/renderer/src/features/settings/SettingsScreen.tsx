import { useEffect, useState } from 'react';
import type { Locale, Settings } from '../../../../shared/ipc/contract';
import { useI18n } from '../../lib/i18n';
import { call } from '../../lib/ipc';
import { useApp } from '../../stores/app';
import { PortfolioSettings } from '../portfolio/PortfolioSettings';
import { AsOfSettings } from '../time/AsOfSettings';
import { HealthModelEditor } from './HealthModelEditor';
import { PresenterSettings } from './PresenterSettings';

const LANGUAGES: { id: Locale; label: string }[] = [
  { id: 'en', label: 'English' },
  { id: 'th', label: 'ไทย' },
  { id: 'tr', label: 'Türkçe' },
];

export function SettingsScreen() {
  const { t } = useI18n();
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
  return (
    <section className="screen">
      <h1>{t('settings.title')}</h1>
      <form className="form" onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('settings.language')}
          <select
            value={settings.locale}
            onChange={(e) => save({ locale: e.target.value as Locale })}
          >
            {LANGUAGES.map((l) => (
              <option key={l.id} value={l.id}>
                {l.label}
              </option>
            ))}
          </select>
        </label>
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
        <label>
          {t('settings.currency')}
          <input
            defaultValue={settings.reportCurrency}
            maxLength={3}
            pattern="[A-Z]{3}"
            onBlur={(e) => {
              const v = e.target.value.toUpperCase();
              if (/^[A-Z]{3}$/.test(v) && v !== settings.reportCurrency)
                void save({ reportCurrency: v });
            }}
          />
        </label>
      </form>
      <PresenterSettings />
      <AsOfSettings />
      <PortfolioSettings />
      <HealthModelEditor />
    </section>
  );
}

// Settings: the workspace's as-of date (the data's latest date unless the CSM sets one) and how
// far each source reaches.
import { useState } from 'react';
import { COVERAGE_KINDS } from '../../../../shared/domain/freshness';
import { useI18n } from '../../lib/i18n';
import { call } from '../../lib/ipc';
import { useApp } from '../../stores/app';
import { coverageText } from './freshness';
import { useAsOf } from './useAsOf';
import { DateInput } from '../../components/DateInput';

export function AsOfSettings() {
  const { t, date } = useI18n();
  const setError = useApp((s) => s.setError);
  const [asOf, setAsOf] = useAsOf();
  const [typed, setTyped] = useState<string | null>(null);
  if (!asOf) return null;
  const value = typed ?? asOf.asOf;
  const set = async (next: string | null) => {
    try {
      setAsOf(await call('health:setAsOf', { date: next }));
      setTyped(null);
    } catch (err) {
      setError((err as Error).message);
    }
  };
  return (
    <form
      className="form"
      aria-label={t('time.asOf.title')}
      data-testid="as-of-settings"
      onSubmit={(e) => {
        e.preventDefault();
        if (/^\d{4}-\d{2}-\d{2}$/.test(value)) void set(value);
      }}
    >
      <h2>{t('time.asOf.title')}</h2>
      <p className="muted">{t('time.asOf.help')}</p>
      <p data-testid="as-of-current">
        {t('time.asOf.current', { date: date(asOf.asOf) })} ({t(`time.asOf.source.${asOf.source}`)})
      </p>
      <label>
        {t('time.asOf.date')}
        <DateInput value={value} required onChange={setTyped} data-testid="as-of-input" />
      </label>
      <div className="row">
        <button type="submit" disabled={value === asOf.asOf && asOf.source === 'user'}>
          {t('time.asOf.set')}
        </button>
        {asOf.source !== 'data' && (
          <button type="button" onClick={() => void set(null)}>
            {t('time.asOf.reset')}
          </button>
        )}
      </div>
      <h3>{t('time.coverage.title')}</h3>
      <ul data-testid="coverage">
        {COVERAGE_KINDS.map((kind) => (
          <li key={kind}>{coverageText(t, date, asOf.coverage[kind])}</li>
        ))}
      </ul>
    </form>
  );
}

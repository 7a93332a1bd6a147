// The workspace's names for its usage metrics (#18 point 5): every metric in the usage with its
// key, a name for every language and one per language, each box showing the default it replaces.
import { useEffect, useState } from 'react';
import type { Locale, MetricName, MetricNamesAnswer } from '../../../../shared/ipc/contract';
import { MAX_METRIC_NAME_LENGTH } from '../../../../shared/ipc/contract';
import { useI18n } from '../../lib/i18n';
import { call } from '../../lib/ipc';
import { useApp } from '../../stores/app';
import './metric-names.css';

type Field = keyof MetricName;

/** Each language by its own name, as the language picker shows it. */
const LANGUAGES: { id: Locale; label: string }[] = [
  { id: 'en', label: 'English' },
  { id: 'th', label: 'ไทย' },
  { id: 'tr', label: 'Türkçe' },
];

export function MetricNamesSettings() {
  const { t } = useI18n();
  const setError = useApp((s) => s.setError);
  const [answer, setAnswer] = useState<MetricNamesAnswer | null>(null);
  const [draft, setDraft] = useState<Record<string, MetricName>>({});
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    call('metrics:names', {})
      .then((a) => {
        setAnswer(a);
        setDraft(a.names);
      })
      .catch((err: Error) => setError(err.message));
  }, [setError]);

  if (!answer) return null;
  const edit = (key: string, field: Field, value: string) => {
    setSaved(false);
    setDraft((d) => ({ ...d, [key]: { ...d[key], [field]: value } }));
  };
  const save = async () => {
    try {
      const next = await call('metrics:setNames', { names: draft });
      setAnswer(next);
      setDraft(next.names);
      setSaved(true);
    } catch (err) {
      setError((err as Error).message);
    }
  };
  return (
    <form
      className="form metric-names"
      data-testid="metric-names"
      aria-labelledby="metric-names-title"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h3 id="metric-names-title">{t('metricNames.heading')}</h3>
      <p className="muted">{t('metricNames.hint')}</p>
      {answer.metrics.length === 0 ? (
        <p className="muted">{t('metricNames.none')}</p>
      ) : (
        <table className="metric-names-table">
          <thead>
            <tr>
              <th scope="col">{t('metricNames.col.key')}</th>
              <th scope="col">{t('metricNames.col.all')}</th>
              {LANGUAGES.map((l) => (
                <th scope="col" key={l.id} lang={l.id}>
                  {l.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {answer.metrics.map((m) => {
              const name = draft[m.key] ?? {};
              const input = (field: Field, placeholder: string, language: string) => {
                const value = name[field] ?? '';
                return (
                  <input
                    value={value}
                    placeholder={placeholder}
                    maxLength={MAX_METRIC_NAME_LENGTH}
                    aria-label={t('metricNames.inputLabel', { key: m.key, language })}
                    data-testid={`metric-name-${m.key}-${field}`}
                    onChange={(e) => edit(m.key, field, e.target.value)}
                  />
                );
              };
              return (
                <tr key={m.key} data-testid="metric-name-row">
                  <th scope="row">
                    <code>{m.key}</code>
                    {!m.inUsage && <small className="muted"> ({t('metricNames.gone')})</small>}
                  </th>
                  <td>{input('all', '', t('metricNames.col.all'))}</td>
                  {LANGUAGES.map((l) => (
                    <td key={l.id} lang={l.id}>
                      {input(l.id, name.all?.trim() || m.defaults[l.id], l.label)}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <div>
        <button type="submit" disabled={answer.metrics.length === 0}>
          {t('metricNames.save')}
        </button>{' '}
        {saved && (
          <span role="status" className="muted">
            {t('metricNames.saved')}
          </span>
        )}
      </div>
    </form>
  );
}

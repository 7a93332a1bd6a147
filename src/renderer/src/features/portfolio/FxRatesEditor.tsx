import { useState } from 'react';
import { useI18n } from '../../lib/i18n';
import { call } from '../../lib/ipc';
import { useApp } from '../../stores/app';
import { useRequest } from './useRequest';

/**
 * The exchange rates into the report currency, one per currency the book uses. Mounted in
 * Settings, and on the Portfolio screen when a rate is missing.
 */
export function FxRatesEditor({
  compact = false,
  onSaved,
}: {
  compact?: boolean;
  /** Called once the rates are saved, e.g. to close the dialog they were entered in. */
  onSaved?: () => void;
}) {
  const { t } = useI18n();
  const setError = useApp((s) => s.setError);
  const answer = useRequest('fx', () => call('portfolio:fxRates', {}));
  const [edits, setEdits] = useState<Record<string, string>>({});
  if (!answer) return null;
  const current = (c: string) =>
    edits[c] ?? String(answer.rates.find((r) => r.currency === c)?.rate ?? '');
  const save = async () => {
    const rates = answer.needed
      .filter((c) => c in edits)
      .map((c) => {
        const value = Number((edits[c] ?? '').replace(',', '.'));
        return { currency: c, rate: edits[c]?.trim() && value > 0 ? value : null };
      });
    if (rates.length === 0) return;
    try {
      await call('portfolio:setFxRates', { reportCurrency: answer.reportCurrency, rates });
      setEdits({});
      onSaved?.();
    } catch (err) {
      setError((err as Error).message);
    }
  };
  return (
    <section className={`pf-fx ${compact ? 'compact' : ''}`} aria-label={t('portfolio.fx.title')}>
      {!compact && <h2>{t('portfolio.fx.title')}</h2>}
      {answer.needed.length === 0 ? (
        <p className="muted">{t('portfolio.fx.none', { currency: answer.reportCurrency })}</p>
      ) : (
        <form
          className="pf-fx-form"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <p className="muted small">
            {t('portfolio.fx.hint', { currency: answer.reportCurrency })}
          </p>
          {answer.needed.map((c) => (
            <label key={c}>
              {t('portfolio.fx.rate', { from: c, to: answer.reportCurrency })}
              <input
                inputMode="decimal"
                aria-label={t('portfolio.fx.rate', { from: c, to: answer.reportCurrency })}
                value={current(c)}
                onChange={(e) => setEdits({ ...edits, [c]: e.target.value })}
              />
            </label>
          ))}
          <button type="submit" className="primary" disabled={Object.keys(edits).length === 0}>
            {t('portfolio.fx.save')}
          </button>
        </form>
      )}
    </section>
  );
}

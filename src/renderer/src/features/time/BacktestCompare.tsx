// The model being edited, backtested before it is saved, beside the saved model: the CSM sees
// whether an edit makes the score a better or worse early warning.
import { useState } from 'react';
import type { BacktestResult } from '../../../../shared/analytics/health';
import type { InputOf } from '../../../../shared/ipc/contract';
import { useI18n } from '../../lib/i18n';
import { call } from '../../lib/ipc';
import { useApp } from '../../stores/app';

type ModelInput = InputOf<'health:backtestWhatIf'>['model'];

function Result({ title, result }: { title: string; result: BacktestResult & { asOf: string } }) {
  const { t, number, date } = useI18n();
  return (
    <div className="backtest-side" data-testid="backtest-side">
      <h4>{title}</h4>
      <p className="backtest-auc">
        {result.auc === null
          ? t('time.backtest.noAuc')
          : t('time.backtest.auc', { auc: number(result.auc, 2) })}
      </p>
      <p className="muted">
        {t('time.backtest.counts', {
          churned: result.churned,
          renewed: result.renewed,
          asOf: date(result.asOf),
        })}
      </p>
    </div>
  );
}

export function BacktestCompare({
  model,
  horizonDays,
}: {
  model: ModelInput | null;
  horizonDays: number;
}) {
  const { t } = useI18n();
  const setError = useApp((s) => s.setError);
  const [answer, setAnswer] = useState<Awaited<
    ReturnType<typeof call<'health:backtestWhatIf'>>
  > | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async () => {
    if (!model) return;
    setBusy(true);
    try {
      setAnswer(await call('health:backtestWhatIf', { horizonDays, model }));
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <fieldset className="backtest-compare" data-testid="backtest-compare">
      <legend>{t('time.backtest.title')}</legend>
      <p className="muted">{t('time.backtest.explain', { horizon: horizonDays })}</p>
      <button type="button" disabled={!model || busy} onClick={() => void run()}>
        {t('time.backtest.compare')}
      </button>
      {answer && (
        <div className="backtest-sides">
          <Result title={t('time.backtest.current')} result={answer.current} />
          <Result title={t('time.backtest.edited')} result={answer.edited} />
        </div>
      )}
    </fieldset>
  );
}

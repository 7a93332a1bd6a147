import { humaniseKey } from '../../../../shared/i18n/metric-names';
import type { ScoreChange } from '../../../../shared/analytics/health';
import type { ComponentView, WeekExplanation } from '../../../../shared/ipc/contract';
import { MEASURE_SOURCES } from '../../../../shared/analytics/health';
import { MIN_SURVEY_ANSWERS } from '../../../../shared/domain/sample-size';
import { useI18n } from '../../lib/i18n';
import { coverageText } from '../time/freshness';
import { useAsOf } from '../time/useAsOf';
import { bandLabel, formatMeasure, isMessageKey } from './format';

function Change({
  title,
  change,
  units,
}: {
  title: string;
  change: ScoreChange | null;
  units: Map<string, ComponentView>;
}) {
  const { t, number, fmt, locale } = useI18n();
  if (!change) return null;
  const signed = (v: number) => `${v > 0 ? '+' : ''}${number(v, 1)}`;
  return (
    <div>
      <h3>
        {title}
        {change.delta !== null &&
          ` (${t('account.explain.delta', { delta: signed(change.delta) })})`}
      </h3>
      {change.components.length === 0 ? (
        <p className="muted">{t('account.explain.noChange')}</p>
      ) : (
        <ul>
          {change.components.slice(0, 6).map((c) => {
            const unit = units.get(c.id)?.unit ?? 'count';
            return (
              <li key={c.id}>
                {isMessageKey(c.labelKey) ? t(c.labelKey) : humaniseKey(c.id, locale)}:{' '}
                {formatMeasure(t, fmt, unit, c.previousValue)} →{' '}
                {formatMeasure(t, fmt, unit, c.currentValue)}{' '}
                <span className={c.impact >= 0 ? 'up' : 'down'}>{signed(c.impact)}</span>
                {c.missingChange && ` (${t(`health.change.${c.missingChange}`)})`}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

/** What made one week's score: every component's value, sub-score, weight and points. */
export function ExplanationPanel({ explanation }: { explanation: WeekExplanation }) {
  const { t, number, date, fmt, locale } = useI18n();
  const [asOf] = useAsOf();
  const units = new Map(explanation.components.map((c) => [c.id, c]));
  // "Usage data to 28 Sep 2026 (9 weeks old)" for each feed a stale component reads.
  const staleSources = [
    ...new Set(
      explanation.components.filter((c) => c.stale).flatMap((c) => MEASURE_SOURCES[c.measure]),
    ),
  ];
  const score = explanation.score === null ? t('health.missing') : number(explanation.score, 1);
  return (
    <section className="explain" data-testid="explanation" aria-live="polite">
      <h2>
        {t('account.explain.title', { date: date(explanation.date), score })}{' '}
        <span className={`band-pill ${explanation.band ?? ''}`}>
          {bandLabel(t, explanation.band)}
        </span>
      </h2>
      <table>
        <thead>
          <tr>
            <th>{t('account.explain.component')}</th>
            <th className="num">{t('account.explain.value')}</th>
            <th className="num">{t('account.explain.subScore')}</th>
            <th className="num">{t('account.explain.weight')}</th>
            <th className="num">{t('account.explain.contribution')}</th>
          </tr>
        </thead>
        <tbody>
          {explanation.components.map((c) => (
            <tr key={c.id} className={c.missing ? 'missing' : ''} data-testid="component-row">
              <td>
                {isMessageKey(c.labelKey) ? t(c.labelKey) : humaniseKey(c.id, locale)}
                {c.answers !== undefined && (
                  <small
                    className={`survey-n${c.tooFewAnswers ? ' too-few' : ''}`}
                    data-testid="survey-answers"
                  >
                    {' '}
                    ({t('time.survey.answers', { count: c.answers })}
                    {c.tooFewAnswers && `, ${t('time.survey.tooFew', { min: MIN_SURVEY_ANSWERS })}`}
                    )
                  </small>
                )}
              </td>
              <td className="num">
                {c.stale ? (
                  <span className="stale-tag" title={t('time.staleNote')} data-testid="stale">
                    {t('time.stale')}
                  </span>
                ) : (
                  formatMeasure(t, fmt, c.unit, c.value)
                )}
              </td>
              <td className="num">{c.subScore === null ? '—' : number(c.subScore, 0)}</td>
              <td className="num">
                {c.missing ? (
                  <span title={t('account.explain.missingNote')}>{t('health.missing')}</span>
                ) : (
                  fmt.percent(c.effectiveWeight, 1)
                )}
              </td>
              <td className="num">{c.missing ? '—' : number(c.contribution, 1)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {explanation.missing.length > 0 && (
        <p className="muted">{t('account.explain.missingNote')}</p>
      )}
      {staleSources.length > 0 && (
        <p className="muted" data-testid="stale-note">
          {t('time.staleNote')}{' '}
          {asOf &&
            staleSources.map((source) => coverageText(t, date, asOf.coverage[source])).join('; ')}
        </p>
      )}
      <Change title={t('health.explain.last_week')} change={explanation.lastWeek} units={units} />
      <Change
        title={t('health.explain.last_quarter')}
        change={explanation.lastQuarter}
        units={units}
      />
    </section>
  );
}

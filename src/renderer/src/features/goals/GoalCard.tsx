import { useState } from 'react';
import type { GoalHistoryEntry, GoalView } from '../../../../shared/analytics/goals/types';
import type { MessageKey } from '../../../../shared/i18n';
import { useI18n } from '../../lib/i18n';
import { call } from '../../lib/ipc';
import { useMetricLabel } from '../metrics/useMetricLabel';
import { Sparkline } from './Sparkline';

export function measureLabel(
  t: (k: MessageKey, p?: Record<string, string>) => string,
  metricName: (key: string) => string,
  g: GoalView,
) {
  if (!g.measure) return t('goals.qualitative');
  return g.measure.kind === 'usage'
    ? t('goals.measure.usage', { metric: metricName(g.measure.ref ?? '') })
    : t(`goals.measure.${g.measure.kind}` as MessageKey);
}

/** One goal: its measure, baseline -> current -> target, sparkline, progress bar and status. */
export function GoalCard({
  goal,
  onEdit,
  onClose,
}: {
  goal: GoalView;
  onEdit: () => void;
  onClose: (closed: boolean) => void;
}) {
  const { t, number, date } = useI18n();
  const metricName = useMetricLabel();
  const [history, setHistory] = useState<GoalHistoryEntry[] | null>(null);
  const e = goal.evaluation;
  const n = (v: number | null | undefined) => (v === null || v === undefined ? '–' : number(v, 2));
  return (
    <li className={`goal-card status-${e.status}`} data-testid="goal">
      <div className="goal-head">
        <strong>{goal.title}</strong>
        <span className={`goal-status ${e.status}`} data-testid="goal-status">
          {t(`goals.status.${e.status}`)}
        </span>
      </div>
      <div className="muted small">
        {measureLabel(t, metricName, goal)} · {date(goal.startDate)} – {date(goal.dueDate)}
        {goal.owner ? ` · ${goal.owner}` : ''}
      </div>
      {goal.measure && (
        <div className="goal-figures">
          <span data-testid="goal-outcome">
            {t('goals.outcome', {
              baseline: n(e.baseline?.value),
              current: n(e.current?.value),
              target: n(goal.target),
            })}
          </span>
          <Sparkline points={e.series} target={goal.target} />
        </div>
      )}
      {e.progressPercent !== null ? (
        <div className="goal-progress">
          <progress max={100} value={e.progressPercent} aria-label={t('goals.progressOf')} />
          <span data-testid="goal-progress">
            {t('goals.progress', { percent: number(e.progressPercent, 0) })}
          </span>
        </div>
      ) : (
        e.noData && (
          <p className="muted small" data-testid="goal-progress">
            {t(`goals.noData.${e.noData}`)}
          </p>
        )
      )}
      <div className="actions">
        <button onClick={onEdit}>{t('goals.edit')}</button>
        <button onClick={() => onClose(goal.closedAt === null)}>
          {goal.closedAt === null ? t('goals.close') : t('goals.reopen')}
        </button>
        <button
          onClick={() =>
            history
              ? setHistory(null)
              : void call('goals:history', { id: goal.id }).then(setHistory)
          }
        >
          {t('goals.history')}
        </button>
      </div>
      {history && (
        <ul className="goal-history small">
          {history.map((h) => (
            <li key={h.id}>
              {date(h.at.slice(0, 10))} · {t(`goals.action.${h.action}`)}
              {Object.keys(h.changes).length > 0 &&
                `: ${Object.entries(h.changes)
                  .map(([k, [a, b]]) => `${k} ${JSON.stringify(a)} → ${JSON.stringify(b)}`)
                  .join('; ')}`}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

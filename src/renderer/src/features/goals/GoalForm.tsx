import { useState } from 'react';
import type { GoalInput } from '../../../../shared/analytics/goals/input';
import type { GoalView } from '../../../../shared/analytics/goals/types';
import { GOAL_MEASURE_KINDS, MANUAL_STATUSES } from '../../../../shared/analytics/goals/types';
import type { MessageKey } from '../../../../shared/i18n';
import type { GoalsOverview } from '../../../../shared/ipc/contract';
import { useI18n } from '../../lib/i18n';
import { DateInput } from '../../components/DateInput';
import { useMetricLabel } from '../metrics/useMetricLabel';

export interface GoalFormProps {
  accountId: string;
  overview: GoalsOverview;
  goal?: GoalView;
  onSave: (input: GoalInput) => Promise<void>;
  onCancel: () => void;
}

/** Add or edit a goal: measured from the account's data, or qualitative with a status. */
export function GoalForm({ accountId, overview, goal, onSave, onCancel }: GoalFormProps) {
  const { t } = useI18n();
  const metricName = useMetricLabel();
  const [title, setTitle] = useState(goal?.title ?? '');
  const [owner, setOwner] = useState(goal?.owner ?? '');
  const [start, setStart] = useState(goal?.startDate ?? overview.asOf);
  const [due, setDue] = useState(goal?.dueDate ?? '');
  const [kind, setKind] = useState<string>(goal?.measure?.kind ?? 'usage');
  const [ref, setRef] = useState(goal?.measure?.ref ?? overview.metrics[0] ?? '');
  const [target, setTarget] = useState(goal?.target === null || !goal ? '' : String(goal.target));
  const [direction, setDirection] = useState<'auto' | 'up' | 'down'>(goal?.direction ?? 'auto');
  const [status, setStatus] = useState<string>(goal?.manualStatus ?? 'on_track');
  const [problem, setProblem] = useState<string | null>(null);
  const measured = kind !== 'none';
  const submit = () => {
    const input: GoalInput = {
      accountId,
      title,
      owner: owner.trim() || null,
      startDate: start,
      dueDate: due,
      ...(direction === 'auto' ? {} : { direction }),
      measureKind: measured ? (kind as GoalInput['measureKind']) : null,
      measureRef: kind === 'usage' || kind === 'experiment_kpi' ? ref || null : null,
      target: measured && target.trim() !== '' ? Number(target) : null,
      manualStatus: measured ? null : (status as GoalInput['manualStatus']),
    };
    onSave(input).catch((err: Error) => setProblem(err.message));
  };
  const label = (key: MessageKey, control: React.ReactNode) => (
    <label className="goal-field">
      <span>{t(key)}</span>
      {control}
    </label>
  );
  return (
    <form
      className="goal-form panel"
      data-testid="goal-form"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      {label(
        'goals.field.title',
        <input required maxLength={300} value={title} onChange={(e) => setTitle(e.target.value)} />,
      )}
      {label(
        'goals.field.owner',
        <input value={owner} onChange={(e) => setOwner(e.target.value)} />,
      )}
      {label('goals.field.start', <DateInput required value={start} onChange={setStart} />)}
      {label('goals.field.due', <DateInput required value={due} onChange={setDue} />)}
      {label(
        'goals.field.measure',
        <select value={kind} onChange={(e) => setKind(e.target.value)}>
          <option value="none">{t('goals.measure.none')}</option>
          {GOAL_MEASURE_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(
                k === 'usage' ? 'goals.measure.usage.plain' : (`goals.measure.${k}` as MessageKey),
              )}
            </option>
          ))}
        </select>,
      )}
      {kind === 'usage' &&
        label(
          'goals.field.metric',
          <select value={ref} onChange={(e) => setRef(e.target.value)}>
            {overview.metrics.map((m) => (
              <option key={m} value={m}>
                {metricName(m)}
              </option>
            ))}
          </select>,
        )}
      {kind === 'experiment_kpi' &&
        label(
          'goals.field.experiment',
          <select value={ref} onChange={(e) => setRef(e.target.value)}>
            {overview.experiments.map((x) => (
              <option key={x.id} value={x.id}>
                {x.name}
              </option>
            ))}
          </select>,
        )}
      {measured &&
        label(
          'goals.field.target',
          <input
            type="number"
            step="any"
            required
            value={target}
            onChange={(e) => setTarget(e.target.value)}
          />,
        )}
      {measured &&
        label(
          'goals.field.direction',
          <select
            value={direction}
            onChange={(e) => setDirection(e.target.value as 'auto' | 'up' | 'down')}
          >
            <option value="auto">—</option>
            <option value="up">{t('goals.direction.up')}</option>
            <option value="down">{t('goals.direction.down')}</option>
          </select>,
        )}
      {!measured &&
        label(
          'goals.field.manualStatus',
          <select value={status} onChange={(e) => setStatus(e.target.value)}>
            {MANUAL_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`goals.status.${s}`)}
              </option>
            ))}
          </select>,
        )}
      {problem && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary">
          {t('goals.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('goals.cancel')}
        </button>
      </div>
    </form>
  );
}

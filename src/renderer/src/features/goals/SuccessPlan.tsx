import { useState } from 'react';
import type { GoalInput } from '../../../../shared/analytics/goals/input';
import { useI18n } from '../../lib/i18n';
import { call } from '../../lib/ipc';
import { useApp } from '../../stores/app';
import { useLoad } from '../account/useLoad';
import { BenchmarksPanel } from './BenchmarksPanel';
import { GoalCard } from './GoalCard';
import { GoalForm } from './GoalForm';
import './goals.css';

/** The account's Success plan tab: its goals, measured as of the as-of date, and benchmarks. */
export function SuccessPlan({ accountId }: { accountId: string }) {
  const { t } = useI18n();
  const setError = useApp((s) => s.setError);
  const overview = useLoad(() => call('goals:list', { accountId }), [accountId]);
  // null: no form; 'new': adding; a number: editing that goal.
  const [editing, setEditing] = useState<null | 'new' | number>(null);
  if (!overview) return <p className="muted">{t('common.loading')}</p>;
  const save = async (input: GoalInput) => {
    if (editing === 'new') await call('goals:add', { goal: input });
    else if (typeof editing === 'number') {
      const { accountId: _ignored, ...patch } = input;
      void _ignored;
      await call('goals:edit', { id: editing, patch });
    }
    setEditing(null);
  };
  const editedGoal = overview.goals.find((g) => g.id === editing);
  return (
    <div className="success-plan" data-testid="success-plan">
      <section className="panel">
        <div className="goal-head">
          <h2>{t('goals.tab')}</h2>
          {editing === null && (
            <button className="primary" onClick={() => setEditing('new')}>
              {t('goals.add')}
            </button>
          )}
        </div>
        {editing !== null && (
          <GoalForm
            key={String(editing)}
            accountId={accountId}
            overview={overview}
            {...(editedGoal ? { goal: editedGoal } : {})}
            onSave={save}
            onCancel={() => setEditing(null)}
          />
        )}
        {overview.goals.length === 0 ? (
          <p className="muted">{t('goals.empty')}</p>
        ) : (
          <ul className="goal-list">
            {overview.goals.map((g) => (
              <GoalCard
                key={g.id}
                goal={g}
                onEdit={() => setEditing(g.id)}
                onClose={(closed) =>
                  void call('goals:close', { id: g.id, closed }).catch((err: Error) =>
                    setError(err.message),
                  )
                }
              />
            ))}
          </ul>
        )}
      </section>
      <BenchmarksPanel accountId={accountId} />
    </div>
  );
}

import { useState } from 'react';
import type { TaskView } from '../../../../shared/ipc/contract';
import { useI18n } from '../../lib/i18n';
import { call } from '../../lib/ipc';
import { useApp } from '../../stores/app';
import { isMessageKey } from './format';
import { useLoad } from './useLoad';

function TaskRow({ task }: { task: TaskView }) {
  const { t, date } = useI18n();
  const setError = useApp((s) => s.setError);
  const [dismissing, setDismissing] = useState(false);
  const [reason, setReason] = useState('');
  const run = (work: Promise<unknown>) => work.catch((err: Error) => setError(err.message));
  const trigger = `health.trigger.${task.trigger}`;
  const owner = `health.owner.${task.owner}`;
  return (
    <li className={`task ${task.status === 'open' ? '' : 'closed'}`} data-testid="task">
      <strong>{isMessageKey(trigger) ? t(trigger) : task.trigger}</strong>
      <span>{isMessageKey(task.titleKey) ? t(task.titleKey) : task.titleKey}</span>
      <span className="muted">
        {isMessageKey(owner) ? t(owner) : task.owner} ·{' '}
        {t('account.tasks.due', { date: date(task.dueDate) })}
      </span>
      {task.status === 'done' && <span>{t('account.tasks.status.done')}</span>}
      {task.status === 'dismissed' && (
        <span>{t('account.tasks.status.dismissed', { reason: task.reason ?? '' })}</span>
      )}
      {task.status === 'open' && !dismissing && (
        <div className="actions">
          <button onClick={() => void run(call('tasks:complete', { id: task.id }))}>
            {t('account.tasks.complete')}
          </button>
          <button onClick={() => setDismissing(true)}>{t('account.tasks.dismiss')}</button>
        </div>
      )}
      {task.status === 'open' && dismissing && (
        <form
          className="actions"
          onSubmit={(e) => {
            e.preventDefault();
            if (reason.trim()) void run(call('tasks:dismiss', { id: task.id, reason }));
          }}
        >
          <input
            autoFocus
            value={reason}
            maxLength={2000}
            placeholder={t('account.tasks.reason')}
            aria-label={t('account.tasks.reason')}
            onChange={(e) => setReason(e.target.value)}
          />
          <button type="submit" disabled={!reason.trim()}>
            {t('account.tasks.dismiss')}
          </button>
          <button type="button" onClick={() => setDismissing(false)}>
            {t('common.close')}
          </button>
        </form>
      )}
    </li>
  );
}

export function Tasks({ accountId }: { accountId: string }) {
  const { t } = useI18n();
  const tasks = useLoad(() => call('tasks:list', { accountId }), [accountId]);
  const open = (tasks ?? []).filter((task) => task.status === 'open');
  return (
    <section className="panel" aria-label={t('account.tasks')}>
      <h2>
        {t('account.tasks')} ({open.length})
      </h2>
      {tasks && open.length === 0 && <p className="muted">{t('account.tasks.none')}</p>}
      <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {(tasks ?? []).slice(0, 50).map((task) => (
          <TaskRow key={task.id} task={task} />
        ))}
      </ul>
    </section>
  );
}

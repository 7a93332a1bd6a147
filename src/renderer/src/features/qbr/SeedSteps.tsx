// Next steps seeded from the account's open playbook tasks: the CSM ticks a task and it joins
// the narrative's next steps reworded for the customer (the trigger's customer sentence, never
// the internal action or trigger name); the CSM can then edit it like any other step.
import { useEffect, useState } from 'react';
import type { QbrNarrative, TaskView } from '../../../../shared/ipc/contract';
import { translate } from '../../../../shared/i18n';
import type { MessageKey } from '../../../../shared/i18n';
import { useI18n } from '../../lib/i18n';
import { call } from '../../lib/ipc';

const SEEDED = new Set([
  'score_drop',
  'entered_red',
  'low_usage',
  'champion_left',
  'nps_detractor',
  'renewal_soon_not_green',
  'license_limit',
  'no_upsell_first_3_months',
  'no_contact',
]);

/** The customer's wording of a task, in the document's language. */
export function seedKey(task: Pick<TaskView, 'trigger'>): MessageKey {
  return (SEEDED.has(task.trigger) ? `qbr.seed.${task.trigger}` : 'qbr.seed.other') as MessageKey;
}

export function SeedSteps({
  accountId,
  value,
  onChange,
}: {
  accountId: string;
  value: QbrNarrative;
  onChange: (next: QbrNarrative) => void;
}) {
  const { t } = useI18n();
  const [tasks, setTasks] = useState<TaskView[] | null>(null);
  useEffect(() => {
    let live = true;
    call('tasks:list', { accountId, status: 'open' })
      .then((list) => live && setTasks(list))
      .catch(() => live && setTasks([]));
    return () => {
      live = false;
    };
  }, [accountId]);
  if (!tasks) return null;
  // in the document's language, which may differ from the screen's
  const wording = (task: TaskView) => translate(value.language, seedKey(task));
  const present = new Set(value.nextSteps.map((s) => s.task));
  return (
    <fieldset className="qbr-rows" data-testid="qbr-seed">
      <legend>{t('qbr.ui.seed')}</legend>
      {tasks.length === 0 && <p className="muted">{t('qbr.ui.seedNone')}</p>}
      {tasks.map((task) => {
        const text = wording(task);
        return (
          <label key={task.id} className="qbr-seed-row">
            <input
              type="checkbox"
              checked={present.has(text)}
              onChange={(e) =>
                onChange({
                  ...value,
                  nextSteps: e.target.checked
                    ? [...value.nextSteps, { task: text, owner: '', due: task.dueDate }]
                    : value.nextSteps.filter((s) => s.task !== text),
                })
              }
            />{' '}
            {text}
          </label>
        );
      })}
    </fieldset>
  );
}

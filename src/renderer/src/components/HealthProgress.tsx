import { useEffect, useState } from 'react';
import type { EventPayload } from '../../../shared/ipc/contract';
import { useI18n } from '../lib/i18n';
import { onEvent } from '../lib/ipc';

/** While main rescores accounts in the background, says how far it is; gone when done. */
export function HealthProgress() {
  const { t, number } = useI18n();
  const [progress, setProgress] = useState<EventPayload<'health:progress'> | null>(null);
  useEffect(() => onEvent('health:progress', setProgress), []);
  if (!progress || progress.done >= progress.total) return null;
  return (
    <span className="health-progress" role="status" data-testid="health-progress">
      {t('workspace.healthUpdating', {
        done: number(progress.done),
        total: number(progress.total),
      })}
    </span>
  );
}

import { useEffect, useState } from 'react';
import type { ExperimentSummary } from '../../../../shared/ipc/contract';
import { useI18n } from '../../lib/i18n';
import { call } from '../../lib/ipc';
import { useApp } from '../../stores/app';
import { ExperimentForm } from './ExperimentForm';
import { ExperimentsTable } from './ExperimentsTable';
import './experiments.css';

/** The account's value experiments with their primary verdicts; mounted on the Account screen. */
export function AccountExperiments({ accountId }: { accountId: string }) {
  const { t } = useI18n();
  const dataVersion = useApp((s) => s.dataVersion);
  const setError = useApp((s) => s.setError);
  const openExperiment = useApp((s) => s.openExperiment);
  const [list, setList] = useState<ExperimentSummary[] | null>(null);
  const [creating, setCreating] = useState(false);

  useEffect(() => {
    let live = true;
    call('experiments:list', { accountId })
      .then((rows) => live && setList(rows))
      .catch((err: Error) => setError(err.message));
    return () => {
      live = false;
    };
  }, [accountId, dataVersion, setError]);

  return (
    <section className="exp-panel" aria-label={t('experiment.list.title')}>
      <header className="exp-panel-head">
        <h2>{t('experiment.list.title')}</h2>
        {!creating && <button onClick={() => setCreating(true)}>{t('experiment.list.new')}</button>}
      </header>
      {creating && (
        <ExperimentForm
          accountId={accountId}
          experiment={null}
          locked={false}
          onSaved={(detail) => openExperiment(detail.experiment.id)}
          onCancel={() => setCreating(false)}
        />
      )}
      {list === null ? (
        <p className="muted">{t('common.loading')}</p>
      ) : list.length === 0 ? (
        <p className="muted">{t('experiment.list.empty')}</p>
      ) : (
        <ExperimentsTable
          experiments={list}
          onOpen={(e) => openExperiment(e.id)}
          rowTestId="experiment-row"
        />
      )}
    </section>
  );
}

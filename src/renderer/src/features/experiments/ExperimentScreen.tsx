import { useEffect, useState } from 'react';
import type { ExperimentDetail, ExperimentResults } from '../../../../shared/ipc/contract';
import type { MessageKey } from '../../../../shared/i18n';
import { useI18n } from '../../lib/i18n';
import { call } from '../../lib/ipc';
import { useApp } from '../../stores/app';
import { DataPanel } from './DataPanel';
import { ExperimentForm } from './ExperimentForm';
import { KpiResultSection } from './KpiResultSection';
import { PlanPanel } from './PlanPanel';
import './experiments.css';

/** The Experiment screen: plan, data on file, and the results per KPI with charts and wording. */
export function ExperimentScreen() {
  const { t, locale } = useI18n();
  const experimentId = useApp((s) => s.experimentId);
  const dataVersion = useApp((s) => s.dataVersion);
  const setError = useApp((s) => s.setError);
  const openAccount = useApp((s) => s.openAccount);
  const [detail, setDetail] = useState<ExperimentDetail | null>(null);
  const [results, setResults] = useState<ExperimentResults | null>(null);
  const [editing, setEditing] = useState(false);

  useEffect(() => {
    if (!experimentId) return;
    let live = true;
    // Results first: viewing them locks the plan, which the plan panel then shows.
    call('experiments:results', { id: experimentId, locale })
      .then(async (r) => {
        const d = await call('experiments:get', { id: experimentId });
        if (!live) return;
        setResults(r);
        setDetail(d);
      })
      .catch((err: Error) => setError(err.message));
    return () => {
      live = false;
    };
  }, [experimentId, locale, dataVersion, setError]);

  if (!experimentId) return <p className="muted">{t('experiment.list.empty')}</p>;
  if (!detail || !results || detail.experiment.id !== experimentId) {
    return <p className="muted">{t('common.loading')}</p>;
  }
  const e = detail.experiment;
  const status = results.plan;
  return (
    <section className="screen exp-screen">
      <button className="link" onClick={() => openAccount(e.accountId)}>
        {t('experiment.back', { account: detail.accountName ?? e.accountId })}
      </button>
      <header className="screen-head">
        <h1>{e.name}</h1>
      </header>
      {e.hypothesis && <p className="exp-hypothesis">{e.hypothesis}</p>}
      {status.changedAfterResultsViewed && (
        <p className="exp-note warn" data-testid="plan-changed">
          {t('experiment.plan.changed', {
            locked: status.lockedVersion ?? 1,
            fields: status.changedFields
              .map((field) => t(`experiment.field.${field}` as MessageKey))
              .join(', '),
          })}
        </p>
      )}
      <div className="exp-top">
        {editing ? (
          <section className="exp-card">
            <h2>{t('experiment.edit')}</h2>
            <ExperimentForm
              accountId={e.accountId}
              experiment={e}
              locked={detail.locked}
              onSaved={() => setEditing(false)}
              onCancel={() => setEditing(false)}
            />
          </section>
        ) : (
          <PlanPanel detail={detail} onEdit={() => setEditing(true)} />
        )}
        <DataPanel detail={detail} />
      </div>
      <h2 className="exp-results-title">{t('experiment.results')}</h2>
      {results.kpis.map((result) => (
        <KpiResultSection
          key={result.kpi}
          result={result}
          unit={result.role === 'primary' ? e.kpiUnit : null}
        />
      ))}
    </section>
  );
}

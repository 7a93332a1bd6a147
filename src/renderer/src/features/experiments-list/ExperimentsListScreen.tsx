import { useEffect, useMemo, useState } from 'react';
import type { Account } from '../../../../shared/domain/entities';
import type { ExperimentSummary } from '../../../../shared/ipc/contract';
import { useI18n } from '../../lib/i18n';
import { call } from '../../lib/ipc';
import { useApp } from '../../stores/app';
import { ExperimentsTable } from '../experiments/ExperimentsTable';
import '../experiments/experiments.css';
import { filterExperiments, VERDICT_FILTERS } from './filter';
import type { ExperimentFilter } from './filter';

/** Every experiment in the book with its primary verdict, filterable by result, account and KPI. */
export function ExperimentsListScreen() {
  const { t } = useI18n();
  const dataVersion = useApp((s) => s.dataVersion);
  const setError = useApp((s) => s.setError);
  const openExperiment = useApp((s) => s.openExperiment);
  const [list, setList] = useState<ExperimentSummary[] | null>(null);
  const [accounts, setAccounts] = useState<Account[]>([]);
  const [filter, setFilter] = useState<ExperimentFilter>({ verdict: '', accountId: '', kpi: '' });

  useEffect(() => {
    let live = true;
    Promise.all([
      call('experiments:list', {}),
      call('accounts:list', { sortBy: 'name', sortDir: 'asc' }),
    ])
      .then(([rows, accs]) => {
        if (!live) return;
        setList(rows);
        setAccounts(accs);
      })
      .catch((err: Error) => setError(err.message));
    return () => {
      live = false;
    };
  }, [dataVersion, setError]);

  const names = useMemo(() => new Map(accounts.map((a) => [a.id, a.name])), [accounts]);
  const withExperiments = useMemo(
    () => accounts.filter((a) => list?.some((e) => e.accountId === a.id)),
    [accounts, list],
  );
  const kpis = useMemo(() => [...new Set((list ?? []).map((e) => e.primaryKpi))].sort(), [list]);
  const shown = useMemo(() => filterExperiments(list ?? [], filter), [list, filter]);

  const open = (e: ExperimentSummary) => {
    useApp.setState({ accountId: e.accountId });
    openExperiment(e.id);
  };

  return (
    <section className="experiments-list" aria-labelledby="experiments-list-title">
      <h1 id="experiments-list-title">{t('experiments.list.title')}</h1>
      {list === null ? (
        <p className="muted">{t('common.loading')}</p>
      ) : list.length === 0 ? (
        <p className="muted">{t('experiments.list.none')}</p>
      ) : (
        <>
          <div className="experiments-filters" role="search">
            <label>
              {t('experiments.filter.verdict')}
              <select
                value={filter.verdict}
                data-testid="filter-verdict"
                onChange={(e) =>
                  setFilter({ ...filter, verdict: e.target.value as ExperimentFilter['verdict'] })
                }
              >
                <option value="">{t('experiments.filter.all')}</option>
                {VERDICT_FILTERS.map((v) => (
                  <option key={v} value={v}>
                    {t(`experiment.verdict.${v}`)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('experiments.filter.account')}
              <select
                value={filter.accountId}
                data-testid="filter-account"
                onChange={(e) => setFilter({ ...filter, accountId: e.target.value })}
              >
                <option value="">{t('experiments.filter.all')}</option>
                {withExperiments.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.name}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('experiments.filter.kpi')}
              <select
                value={filter.kpi}
                data-testid="filter-kpi"
                onChange={(e) => setFilter({ ...filter, kpi: e.target.value })}
              >
                <option value="">{t('experiments.filter.all')}</option>
                {kpis.map((k) => (
                  <option key={k} value={k}>
                    {k}
                  </option>
                ))}
              </select>
            </label>
            <span className="muted" role="status" data-testid="experiments-count">
              {t('experiments.list.count', { shown: shown.length, total: list.length })}
            </span>
          </div>
          {shown.length === 0 ? (
            <p className="muted">{t('experiments.list.empty')}</p>
          ) : (
            <ExperimentsTable
              experiments={shown}
              onOpen={open}
              accountName={(id) => names.get(id) ?? id}
              rowTestId="book-experiment-row"
            />
          )}
        </>
      )}
    </section>
  );
}

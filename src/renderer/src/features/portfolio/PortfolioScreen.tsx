import { Suspense, lazy, useState } from 'react';
import type { PeriodInput, TableSortKey } from '../../../../shared/ipc/contract';
import { reviewQuarter } from '../../../../shared/analytics/portfolio/periods';
import { useI18n } from '../../lib/i18n';
import { call } from '../../lib/ipc';
import { AccountsTable } from './AccountsTable';
import { AttentionList } from './AttentionList';
import { ChurnList } from './ChurnList';
import { FxRatesDialog } from './FxRatesDialog';
import { BlockedCards, MetricCards } from './MetricCards';
import { PeriodPicker } from './PeriodPicker';
import { previousQuarter } from './period';
import { TableToolbar } from './TableToolbar';
import { INITIAL_TABLE, fromView, tableQuery } from './tableState';
import type { TableState } from './tableState';
import { FreshnessLine } from '../time/FreshnessLine';
import { useAsOf } from '../time/useAsOf';
import { useRequest } from './useRequest';
import { useTable } from './useTable';
import './portfolio.css';

// The charts come after the first rows (they wait for the metrics): their code and the analytics
// it uses (with the schema library) load in a chunk of their own, so the first paint does not
// parse them.
const PortfolioCharts = lazy(() =>
  import('./PortfolioCharts').then((m) => ({ default: m.PortfolioCharts })),
);

export function PortfolioScreen() {
  const { t } = useI18n();
  const [asOf] = useAsOf();
  const [chosen, setPeriod] = useState<PeriodInput | null>(null);
  // The default period is the quarter reviewed as of the workspace's as-of date, not the clock's.
  const period: PeriodInput =
    chosen ??
    (asOf ? { kind: 'quarter', quarter: reviewQuarter(asOf.asOf) } : previousQuarter(new Date()));
  const [table, setTable] = useState<TableState>(INITIAL_TABLE);
  const [ratesOpen, setRatesOpen] = useState(false);

  const filter = {
    ...(table.segment ? { segment: table.segment } : {}),
    ...(table.owner ? { owner: table.owner } : {}),
  };
  // The table first and alone: main serves requests one at a time, and with thousands of
  // accounts each card's takes a hundred milliseconds or more that the first rows would wait for.
  const rows = useTable(tableQuery(table));
  const afterTable = (key: string) => (rows === null ? null : key);
  const book = { period, ...filter };
  const bookKey = JSON.stringify(book);
  const metrics = useRequest(afterTable(`m${bookKey}`), () => call('portfolio:metrics', book));
  const series = useRequest(afterTable(`s${bookKey}`), () =>
    call('portfolio:series', { ...book, months: 12 }),
  );
  const bands = useRequest(afterTable(`b${bookKey}`), () =>
    call('portfolio:healthBands', { ...book, months: 12 }),
  );
  const reasons = useRequest(afterTable(`r${bookKey}`), () => call('portfolio:churnReasons', book));
  const renewals = useRequest(afterTable(`n${JSON.stringify(filter)}`), () =>
    call('portfolio:renewals', filter),
  );
  const attention = useRequest(afterTable('attention'), () => call('portfolio:attention', {}));
  const views = useRequest(afterTable('views'), () => call('portfolio:views', {}));

  const sortOn = (key: TableSortKey) =>
    setTable(
      key === table.sortBy
        ? { ...table, sortDir: table.sortDir === 'asc' ? 'desc' : 'asc' }
        : { ...table, sortBy: key, sortDir: key === 'arr' || key === 'openTasks' ? 'desc' : 'asc' },
    );

  if (rows === null) return <p className="muted">{t('common.loading')}</p>;
  if (rows.total === 0) {
    return (
      <section className="screen">
        <h1>{t('portfolio.title')}</h1>
        <p className="empty">{t('portfolio.empty')}</p>
      </section>
    );
  }
  const m = metrics?.metrics ?? null;
  return (
    <section className="screen pf-screen">
      <header className="screen-head">
        <h1>{t('portfolio.title')}</h1>
        <PeriodPicker value={period} range={metrics?.period ?? null} onChange={setPeriod} />
      </header>
      {asOf && <FreshnessLine asOf={asOf} />}

      {/* Missing rates are a banner with a button, never a form in the way of the dashboard. */}
      {metrics && metrics.missingRates.length > 0 && (
        <div className="notice warn pf-fx-banner" role="status" data-testid="missing-rates">
          <span>
            {t('portfolio.fx.missing', {
              currency: metrics.currency,
              currencies: metrics.missingRates.join(', '),
            })}
          </span>
          <button className="primary" onClick={() => setRatesOpen(true)}>
            {t('layout.fx.enter')}
          </button>
        </div>
      )}
      {ratesOpen && <FxRatesDialog onClose={() => setRatesOpen(false)} />}
      {m && <MetricCards m={m} />}
      {metrics && !m && metrics.missingRates.length > 0 && (
        <BlockedCards currencies={metrics.missingRates} />
      )}

      <div className="pf-columns">
        <AttentionList answer={attention} />
        <ChurnList answer={reasons} />
      </div>

      {m && (
        <Suspense fallback={null}>
          <PortfolioCharts metrics={m} series={series} renewals={renewals} bands={bands} />
        </Suspense>
      )}

      <TableToolbar
        table={rows}
        state={table}
        period={period}
        views={views ?? []}
        onChange={setTable}
        onApplyView={(view) => {
          setTable(fromView(view.state));
          if (view.state.period) setPeriod(view.state.period);
        }}
      />
      <AccountsTable table={rows} sortBy={table.sortBy} sortDir={table.sortDir} onSort={sortOn} />
    </section>
  );
}

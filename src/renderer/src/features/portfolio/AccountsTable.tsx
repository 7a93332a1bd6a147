import type { PortfolioRow, TableAnswer, TableSortKey } from '../../../../shared/ipc/contract';
import type { MessageKey } from '../../../../shared/i18n';
import { VirtualRows } from '../../components/VirtualRows';
import { useI18n } from '../../lib/i18n';
import { useApp } from '../../stores/app';
import { BAND_CHIPS, bandKey } from './labels';
import { Sparkline } from './Sparkline';

interface Column {
  key: TableSortKey | 'trend';
  label: MessageKey;
  numeric?: boolean;
}

const COLUMNS: Column[] = [
  { key: 'band', label: 'portfolio.col.band' },
  { key: 'name', label: 'portfolio.col.name' },
  { key: 'trend', label: 'portfolio.col.trend' },
  { key: 'arr', label: 'portfolio.col.arr', numeric: true },
  { key: 'renewalDate', label: 'portfolio.col.renewalDate' },
  { key: 'daysToRenewal', label: 'portfolio.col.days', numeric: true },
  { key: 'openTasks', label: 'portfolio.col.tasks', numeric: true },
  { key: 'owner', label: 'portfolio.col.owner' },
  { key: 'segment', label: 'portfolio.col.segment' },
];

/** How close the renewal is: overdue strongest, then within 30 and within 90 days. */
export function renewalUrgency(r: PortfolioRow): 'overdue' | 'lt30' | 'lt90' | null {
  if (r.churned || r.daysToRenewal === null) return null;
  if (r.daysToRenewal < 0) return 'overdue';
  if (r.daysToRenewal < 30) return 'lt30';
  return r.daysToRenewal < 90 ? 'lt90' : null;
}

const URGENCY_LABEL = {
  overdue: 'layout.renewal.overdue',
  lt30: 'layout.renewal.soon30',
  lt90: 'layout.renewal.soon90',
} as const satisfies Record<string, MessageKey>;

interface Props {
  table: TableAnswer;
  sortBy: TableSortKey;
  sortDir: 'asc' | 'desc';
  onSort(key: TableSortKey): void;
}

export function AccountsTable({ table, sortBy, sortDir, onSort }: Props) {
  const { t, money, date, number } = useI18n();
  const openAccount = useApp((s) => s.openAccount);
  /** ARR in the report currency when it converts; the account's own amount is the tooltip. */
  const arrCell = (r: PortfolioRow) =>
    r.arr === null
      ? '—'
      : money(r.arrReport ?? r.arr, r.arrReport === null ? r.currency : table.currency);
  const arrTitle = (r: PortfolioRow) =>
    r.arr === null || r.currency === table.currency ? undefined : money(r.arr, r.currency);
  /** Health columns while scores are recomputed: blank on purpose, filled by the next answer. */
  const pending = table.healthPending ? (
    <span className="muted" title={t('portfolio.healthPending')} data-testid="health-pending">
      …
    </span>
  ) : null;
  return (
    <div className="table pf-table" role="table" aria-label={t('portfolio.title')}>
      <div className="table-head" role="row">
        {COLUMNS.map((col) =>
          col.key === 'trend' ? (
            <span key={col.key} role="columnheader" className="cell" title={t(col.label)}>
              {t(col.label)}
            </span>
          ) : (
            <button
              key={col.key}
              role="columnheader"
              title={t(col.label)}
              className={`cell ${col.numeric ? 'num' : ''} ${sortBy === col.key ? 'sorted' : ''}`}
              aria-sort={
                sortBy === col.key ? (sortDir === 'asc' ? 'ascending' : 'descending') : 'none'
              }
              onClick={() => onSort(col.key as TableSortKey)}
            >
              {t(col.label)} {sortBy === col.key ? (sortDir === 'asc' ? '▲' : '▼') : ''}
            </button>
          ),
        )}
      </div>
      <VirtualRows
        items={table.rows}
        rowHeight={40}
        height={Math.min(560, Math.max(120, table.rows.length * 40))}
        rowKey={(r) => r.id}
        renderRow={(r) => {
          const urgency = renewalUrgency(r);
          const urgencyTitle = urgency ? t(URGENCY_LABEL[urgency]) : undefined;
          return (
            <>
              <span className="cell" role="cell">
                {pending ??
                  (r.band ? (
                    <span className="pf-band" style={BAND_CHIPS[r.band] ?? BAND_CHIPS.unscored}>
                      {t(bandKey(r.band))}
                      {r.score !== null ? ` ${number(r.score)}` : ''}
                    </span>
                  ) : (
                    <span className="muted">—</span>
                  ))}
              </span>
              <span className="cell" role="cell" title={`${r.name} · ${r.id}`}>
                <button className="link" onClick={() => openAccount(r.id)}>
                  <strong>{r.name}</strong>
                </button>
                <small className="muted"> {r.id}</small>
                {r.churned && <small className="bad"> · {t('portfolio.churned')}</small>}
              </span>
              <span className="cell" role="cell">
                {pending ?? <Sparkline values={r.trend} label={t('portfolio.col.trend')} />}
              </span>
              <span className="cell num" role="cell" title={arrTitle(r)}>
                {arrCell(r)}
              </span>
              <span className={`cell num ${urgency ?? ''}`} role="cell" title={urgencyTitle}>
                {r.renewalDate ? date(r.renewalDate) : '—'}
              </span>
              <span
                className={`cell num ${urgency ?? ''}`}
                role="cell"
                data-urgency={urgency ?? 'none'}
                title={urgencyTitle}
              >
                {r.daysToRenewal === null ? '—' : number(r.daysToRenewal)}
              </span>
              <span className="cell num" role="cell">
                {pending ?? (r.openTasks === null ? '—' : number(r.openTasks))}
              </span>
              <span className="cell" role="cell" title={r.owner ?? undefined}>
                {r.owner ?? '—'}
              </span>
              <span className="cell" role="cell" title={r.segment ?? undefined}>
                {r.segment ?? '—'}
              </span>
            </>
          );
        }}
      />
    </div>
  );
}

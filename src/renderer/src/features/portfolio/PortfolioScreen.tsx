import { useEffect, useMemo, useState } from 'react';
import type { Account } from '../../../../shared/domain/entities';
import { VirtualRows } from '../../components/VirtualRows';
import { useI18n } from '../../lib/i18n';
import { call } from '../../lib/ipc';
import { useApp } from '../../stores/app';

type SortKey = 'name' | 'segment' | 'owner' | 'arr' | 'renewalDate';

const COLUMNS: {
  key: SortKey;
  label:
    | 'portfolio.col.name'
    | 'portfolio.col.segment'
    | 'portfolio.col.owner'
    | 'portfolio.col.arr'
    | 'portfolio.col.renewalDate';
  numeric?: boolean;
}[] = [
  { key: 'name', label: 'portfolio.col.name' },
  { key: 'segment', label: 'portfolio.col.segment' },
  { key: 'owner', label: 'portfolio.col.owner' },
  { key: 'arr', label: 'portfolio.col.arr', numeric: true },
  { key: 'renewalDate', label: 'portfolio.col.renewalDate' },
];

export function PortfolioScreen() {
  const { t, money, date } = useI18n();
  const dataVersion = useApp((s) => s.dataVersion);
  const setError = useApp((s) => s.setError);
  const [accounts, setAccounts] = useState<Account[] | null>(null);
  const [sortBy, setSortBy] = useState<SortKey>('name');
  const [sortDir, setSortDir] = useState<'asc' | 'desc'>('asc');
  const [search, setSearch] = useState('');
  const [segment, setSegment] = useState('');

  useEffect(() => {
    let live = true;
    call('accounts:list', { sortBy, sortDir })
      .then((rows) => live && setAccounts(rows))
      .catch((err: Error) => setError(err.message));
    return () => {
      live = false;
    };
  }, [sortBy, sortDir, dataVersion, setError]);

  const segments = useMemo(
    () =>
      [...new Set((accounts ?? []).map((a) => a.segment).filter((s): s is string => !!s))].sort(),
    [accounts],
  );
  const shown = useMemo(() => {
    const needle = search.trim().toLocaleLowerCase();
    return (accounts ?? []).filter(
      (a) =>
        (!segment || a.segment === segment) &&
        (!needle ||
          a.name.toLocaleLowerCase().includes(needle) ||
          a.id.toLocaleLowerCase().includes(needle)),
    );
  }, [accounts, search, segment]);

  const sortOn = (key: SortKey) => {
    if (key === sortBy) setSortDir(sortDir === 'asc' ? 'desc' : 'asc');
    else {
      setSortBy(key);
      setSortDir(key === 'arr' ? 'desc' : 'asc');
    }
  };

  if (!accounts) return <p className="muted">{t('common.loading')}</p>;
  return (
    <section className="screen">
      <header className="screen-head">
        <h1>{t('portfolio.title')}</h1>
        <div className="filters">
          <input
            type="search"
            placeholder={t('portfolio.search')}
            aria-label={t('portfolio.search')}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
          />
          <select
            aria-label={t('portfolio.col.segment')}
            value={segment}
            onChange={(e) => setSegment(e.target.value)}
          >
            <option value="">{t('portfolio.allSegments')}</option>
            {segments.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
          <span className="muted" data-testid="account-count">
            {t('portfolio.count', { shown: shown.length, total: accounts.length })}
          </span>
        </div>
      </header>
      {accounts.length === 0 ? (
        <p className="empty">{t('portfolio.empty')}</p>
      ) : (
        <div className="table" role="table" aria-label={t('portfolio.title')}>
          <div className="table-head" role="row">
            {COLUMNS.map((col) => (
              <button
                key={col.key}
                role="columnheader"
                className={`cell ${col.numeric ? 'num' : ''} ${sortBy === col.key ? 'sorted' : ''}`}
                aria-sort={
                  sortBy === col.key ? (sortDir === 'asc' ? 'ascending' : 'descending') : 'none'
                }
                onClick={() => sortOn(col.key)}
              >
                {t(col.label)} {sortBy === col.key ? (sortDir === 'asc' ? '▲' : '▼') : ''}
              </button>
            ))}
          </div>
          <VirtualRows
            items={shown}
            rowHeight={40}
            height={Math.min(640, Math.max(120, shown.length * 40))}
            rowKey={(a) => a.id}
            renderRow={(a) => (
              <>
                <span className="cell" role="cell">
                  <strong>{a.name}</strong>
                  <small className="muted"> {a.id}</small>
                </span>
                <span className="cell" role="cell">
                  {a.segment ?? '—'}
                </span>
                <span className="cell" role="cell">
                  {a.owner ?? '—'}
                </span>
                <span className="cell num" role="cell">
                  {a.arr === null ? '—' : money(a.arr, a.currency)}
                </span>
                <span className="cell" role="cell">
                  {a.renewalDate ? date(a.renewalDate) : '—'}
                </span>
              </>
            )}
          />
        </div>
      )}
    </section>
  );
}

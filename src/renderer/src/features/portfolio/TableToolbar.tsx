import { useState } from 'react';
import type { PeriodInput, SavedView, TableAnswer } from '../../../../shared/ipc/contract';
import { useI18n } from '../../lib/i18n';
import { call } from '../../lib/ipc';
import { useApp } from '../../stores/app';
import { bandKey } from './labels';
import type { TableState } from './tableState';
import { tableQuery } from './tableState';

interface Props {
  table: TableAnswer | null;
  state: TableState;
  period: PeriodInput;
  views: SavedView[];
  onChange(next: TableState): void;
  onApplyView(view: SavedView): void;
}

export function TableToolbar({ table, state, period, views, onChange, onApplyView }: Props) {
  const { t } = useI18n();
  const setError = useApp((s) => s.setError);
  const [notice, setNotice] = useState<string | null>(null);
  const [viewId, setViewId] = useState('');
  const [viewName, setViewName] = useState('');
  const set = (patch: Partial<TableState>) => onChange({ ...state, ...patch });
  const guard = (run: () => Promise<void>) => () =>
    void run().catch((err: Error) => setError(err.message));

  const saveView = guard(async () => {
    const name = viewName.trim();
    if (!name) return;
    // A saved view keeps filters, sort and period; whether churned accounts show is per session.
    const { search, segment, owner, band, sortBy, sortDir } = state;
    const kept = { search, segment, owner, band, sortBy, sortDir, period };
    const saved = await call('portfolio:saveView', { name, state: kept });
    setViewId(String(saved.id));
    setViewName('');
  });
  const deleteView = guard(async () => {
    if (!viewId) return;
    await call('portfolio:deleteView', { id: Number(viewId) });
    setViewId('');
  });
  const exportXlsx = guard(async () => {
    const done = await call('portfolio:exportTable', tableQuery(state));
    if (done) setNotice(t('portfolio.exported', { rows: done.rows, path: done.path }));
  });

  return (
    <div className="pf-toolbar">
      <div className="filters">
        <input
          type="search"
          placeholder={t('portfolio.search')}
          aria-label={t('portfolio.search')}
          value={state.search}
          onChange={(e) => set({ search: e.target.value })}
        />
        <select
          aria-label={t('portfolio.col.segment')}
          value={state.segment ?? ''}
          onChange={(e) => set({ segment: e.target.value || null })}
        >
          <option value="">{t('portfolio.allSegments')}</option>
          {(table?.segments ?? []).map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
        <select
          aria-label={t('portfolio.col.owner')}
          value={state.owner ?? ''}
          onChange={(e) => set({ owner: e.target.value || null })}
        >
          <option value="">{t('portfolio.allOwners')}</option>
          {(table?.owners ?? []).map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
        <select
          aria-label={t('portfolio.col.band')}
          value={state.band ?? ''}
          onChange={(e) => set({ band: e.target.value || null })}
        >
          <option value="">{t('portfolio.allBands')}</option>
          {(table?.bands ?? []).map((b) => (
            <option key={b} value={b}>
              {t(bandKey(b))}
            </option>
          ))}
        </select>
        <label className="pf-check">
          <input
            type="checkbox"
            data-testid="show-churned"
            checked={state.showChurned}
            onChange={(e) => set({ showChurned: e.target.checked })}
          />
          {t('layout.churned.show', { count: table?.churnedCount ?? 0 })}
        </label>
        {table && (
          <span className="muted" data-testid="account-count">
            {t('portfolio.count', { shown: table.matched, total: table.total })}
          </span>
        )}
      </div>
      <div className="filters">
        <select
          aria-label={t('portfolio.views')}
          value={viewId}
          onChange={(e) => {
            setViewId(e.target.value);
            const view = views.find((v) => String(v.id) === e.target.value);
            if (view) onApplyView(view);
          }}
        >
          <option value="">{t('portfolio.views.none')}</option>
          {views.map((v) => (
            <option key={v.id} value={v.id}>
              {v.name}
            </option>
          ))}
        </select>
        <input
          aria-label={t('portfolio.views.name')}
          placeholder={t('portfolio.views.name')}
          maxLength={100}
          value={viewName}
          onChange={(e) => setViewName(e.target.value)}
        />
        <button onClick={saveView} disabled={!viewName.trim()}>
          {t('portfolio.views.save')}
        </button>
        <button onClick={deleteView} disabled={!viewId}>
          {t('portfolio.views.delete')}
        </button>
        <button onClick={exportXlsx} disabled={!table || table.matched === 0}>
          {t('portfolio.export')}
        </button>
      </div>
      {notice && (
        <p className="notice success" role="status">
          {notice}
          <button onClick={() => setNotice(null)}>{t('common.close')}</button>
        </p>
      )}
      {table && !table.arrSortConverted && table.missingRates.length > 0 && (
        <p className="muted small">{t('portfolio.fx.rawSort')}</p>
      )}
    </div>
  );
}

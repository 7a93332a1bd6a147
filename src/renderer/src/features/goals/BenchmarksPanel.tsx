import { useState } from 'react';
import type { MessageKey } from '../../../../shared/i18n';
import { useI18n } from '../../lib/i18n';
import { call } from '../../lib/ipc';
import { useLoad } from '../account/useLoad';

/**
 * Where the account stands among similar customers: percentiles only, never another customer's
 * name; hidden when fewer than the minimum peers. Public retention references are off by default.
 */
export function BenchmarksPanel({ accountId }: { accountId: string }) {
  const { t, number } = useI18n();
  const [references, setReferences] = useState(false);
  const data = useLoad(
    () => call('goals:benchmarks', { accountId, references }),
    [accountId, references],
  );
  if (!data) return null;
  const hidden = t('bench.hidden', { min: data.minPeers });
  return (
    <section className="panel" data-testid="benchmarks" aria-label={t('bench.title')}>
      <h2>{t('bench.title')}</h2>
      <p className="muted small">
        {data.segmentPeers >= data.minPeers
          ? t('bench.segment', { count: data.segmentPeers, segment: data.segment ?? '' })
          : hidden}{' '}
        · {t('bench.book', { count: data.bookPeers })}
      </p>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('bench.col.measure')}</th>
            <th scope="col">{t('bench.col.value')}</th>
            <th scope="col">{t('bench.col.segment')}</th>
            <th scope="col">{t('bench.col.book')}</th>
          </tr>
        </thead>
        <tbody>
          {data.rows.map((r) => (
            <tr key={r.measure}>
              <th scope="row">{t(`bench.measure.${r.measure}` as MessageKey)}</th>
              <td>{r.value === null ? t('bench.noValue') : number(r.value, 2)}</td>
              <td>
                {r.segment
                  ? t('bench.betterThan', { value: number(r.segment.betterThanPercent, 0) })
                  : '—'}
              </td>
              <td>
                {r.book
                  ? t('bench.betterThan', { value: number(r.book.betterThanPercent, 0) })
                  : '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <label className="small">
        <input
          type="checkbox"
          checked={references}
          onChange={(e) => setReferences(e.target.checked)}
        />{' '}
        {t('bench.references')}
      </label>
      {data.references.map((ref) => (
        <p key={ref.measure} className="muted small">
          {t('bench.reference', {
            measure: ref.measure.toUpperCase(),
            low: ref.lowPercent,
            high: ref.highPercent,
            source: ref.source,
            year: ref.year,
            basis: ref.basis,
          })}
        </p>
      ))}
    </section>
  );
}

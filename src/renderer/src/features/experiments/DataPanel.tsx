import { useState } from 'react';
import type { ExperimentDetail } from '../../../../shared/ipc/contract';
import { useI18n } from '../../lib/i18n';
import { IpcError, call } from '../../lib/ipc';
import './experiments.css';

interface RowProblem {
  row: number;
  message: string;
}

function rowProblems(err: unknown): RowProblem[] {
  if (!(err instanceof IpcError) || !Array.isArray(err.details)) return [];
  return (err.details as { row?: unknown; message?: unknown }[])
    .filter((d) => typeof d.row === 'number')
    .map((d) => ({ row: Number(d.row), message: String(d.message) }));
}

/** What the data on file holds, and a box to paste more rows into. */
export function DataPanel({ detail }: { detail: ExperimentDetail }) {
  const { t, date, number } = useI18n();
  const { preview } = detail;
  const [text, setText] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const [problems, setProblems] = useState<{ message: string; rows: RowProblem[] } | null>(null);
  const [busy, setBusy] = useState(false);

  const add = async () => {
    setBusy(true);
    setStatus(null);
    setProblems(null);
    try {
      const outcome = await call('experiments:addObservations', {
        id: detail.experiment.id,
        text,
      });
      setText('');
      setStatus(
        t('experiment.paste.done', { inserted: outcome.inserted, updated: outcome.updated }),
      );
    } catch (err) {
      setProblems({ message: (err as Error).message, rows: rowProblems(err) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="exp-card" aria-label={t('experiment.data')}>
      <h2>{t('experiment.data')}</h2>
      {preview.rowCount === 0 ? (
        <p className="muted">{t('experiment.data.none')}</p>
      ) : (
        <>
          <p data-testid="data-summary">
            {t('experiment.data.summary', {
              rows: number(preview.rowCount),
              target: preview.targetUnits,
              control: preview.controlUnits,
              from: preview.dateFrom ? date(preview.dateFrom) : '—',
              to: preview.dateTo ? date(preview.dateTo) : '—',
            })}
          </p>
          <ul className="exp-list">
            {preview.kpis.map((k) => (
              <li key={k.kpi}>
                {t('experiment.data.kpi', {
                  kpi: k.kpi,
                  rows: number(k.rows),
                  pre: number(k.preRows),
                  post: number(k.postRows),
                  target: k.targetUnits,
                  control: k.controlUnits,
                })}
              </li>
            ))}
          </ul>
          {preview.missingKpis.length > 0 && (
            <p className="exp-note warn">
              {t('experiment.data.missing', { kpis: preview.missingKpis.join(', ') })}
            </p>
          )}
          {preview.conflictingUnits.length > 0 && (
            <p className="exp-note warn">
              {t('experiment.data.conflicting', { units: preview.conflictingUnits.join(', ') })}
            </p>
          )}
          <details>
            <summary>{t('experiment.data.sample')}</summary>
            <table className="exp-table compact">
              <thead>
                <tr>
                  <th>{t('experiment.data.unit')}</th>
                  <th>{t('experiment.data.group')}</th>
                  <th>{t('experiment.data.date')}</th>
                  <th>KPI</th>
                  <th className="num">{t('experiment.data.value')}</th>
                </tr>
              </thead>
              <tbody>
                {preview.sampleRows.map((row) => (
                  <tr key={`${row.unitId}|${row.kpi}|${row.date}`}>
                    <td>{row.unitId}</td>
                    <td>
                      {t(
                        row.group === 'target'
                          ? 'experiment.group.target'
                          : 'experiment.group.control',
                      )}
                    </td>
                    <td>{date(row.date)}</td>
                    <td>{row.kpi}</td>
                    <td className="num">{number(row.value, 2)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
      <details className="exp-paste" open={preview.rowCount === 0}>
        <summary>{t('experiment.paste.title')}</summary>
        <p className="muted">{t('experiment.paste.hint')}</p>
        <textarea
          rows={5}
          aria-label={t('experiment.paste.title')}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <div className="exp-actions">
          <button onClick={() => void add()} disabled={busy || text.trim() === ''}>
            {t('experiment.paste.add')}
          </button>
          {status && <span role="status">{status}</span>}
        </div>
        {problems && (
          <div className="exp-note bad" role="alert">
            <p>{problems.message}</p>
            <ul>
              {problems.rows.slice(0, 20).map((p) => (
                <li key={`${p.row}:${p.message}`}>
                  {t('experiment.paste.rowError', { row: p.row, message: p.message })}
                </li>
              ))}
            </ul>
          </div>
        )}
      </details>
    </section>
  );
}

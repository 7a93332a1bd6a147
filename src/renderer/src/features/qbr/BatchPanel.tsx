// Export every account's pack (or one segment's) into a folder, with progress and cancel.
import { useEffect, useRef, useState } from 'react';
import type { EventPayload, QbrBatchSummary } from '../../../../shared/ipc/contract';
import type { QbrLanguage, PaperSize } from '../../../../shared/qbr/document';
import { useI18n } from '../../lib/i18n';
import { call, onEvent } from '../../lib/ipc';
import { useApp } from '../../stores/app';

export function BatchPanel(props: {
  quarter: string;
  language: QbrLanguage;
  paper: PaperSize;
  segments: string[];
}) {
  const { t } = useI18n();
  const setError = useApp((s) => s.setError);
  const [segment, setSegment] = useState('');
  const [includeChurned, setIncludeChurned] = useState(false);
  const [jobId, setJobId] = useState<string | null>(null);
  const [progress, setProgress] = useState<EventPayload<'export:progress'> | null>(null);
  const [summary, setSummary] = useState<QbrBatchSummary | null>(null);
  const job = useRef<string | null>(null);

  useEffect(
    () =>
      onEvent('export:progress', (p) => {
        if (p.jobId === job.current) setProgress(p);
      }),
    [],
  );

  const start = async () => {
    const id = `batch-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
    job.current = id;
    setJobId(id);
    setProgress(null);
    setSummary(null);
    try {
      const result = await call('qbr:exportBatch', {
        jobId: id,
        quarter: props.quarter,
        language: props.language,
        paper: props.paper,
        ...(segment ? { segment } : {}),
        ...(includeChurned ? { includeChurned } : {}),
      });
      setSummary(result);
    } catch (err) {
      setError((err as Error).message);
    } finally {
      job.current = null;
      setJobId(null);
    }
  };

  return (
    <section className="panel qbr-batch" aria-label={t('qbr.ui.batch')}>
      <h2>{t('qbr.ui.batch')}</h2>
      <div className="filters">
        <select
          aria-label={t('qbr.ui.batchSegment')}
          value={segment}
          onChange={(e) => setSegment(e.target.value)}
        >
          <option value="">{t('qbr.ui.allSegments')}</option>
          {props.segments.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
        <label>
          <input
            type="checkbox"
            checked={includeChurned}
            onChange={(e) => setIncludeChurned(e.target.checked)}
          />{' '}
          {t('qbr.ui.includeChurned')}
        </label>
        <button className="primary" disabled={jobId !== null} onClick={() => void start()}>
          {t('qbr.ui.batchStart')}
        </button>
        {jobId && (
          <button onClick={() => void call('qbr:exportCancel', { jobId })}>
            {t('qbr.ui.cancel')}
          </button>
        )}
      </div>
      {jobId && progress && (
        <div data-testid="qbr-batch-progress">
          <progress max={progress.total} value={progress.done} />{' '}
          {t('qbr.ui.batchProgress', { done: progress.done, total: progress.total })} ·{' '}
          {progress.accountName}
        </div>
      )}
      {summary && (
        <div data-testid="qbr-batch-summary">
          <p>
            {summary.cancelled
              ? t('qbr.ui.batchCancelled', { ok: summary.written.length })
              : t('qbr.ui.batchDone', {
                  ok: summary.written.length,
                  folder: summary.folder,
                  failed: summary.failed.length,
                })}
          </p>
          {summary.skippedChurned.length > 0 && (
            <p className="muted" data-testid="qbr-batch-skipped">
              {t('qbr.ui.batchSkipped', {
                count: summary.skippedChurned.length,
                names: summary.skippedChurned.map((a) => a.accountName).join(', '),
              })}
            </p>
          )}
          <ul className="bad">
            {summary.failed.map((f) => (
              <li key={f.accountId}>
                {t('qbr.ui.failed', { account: f.accountName, message: f.message })}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

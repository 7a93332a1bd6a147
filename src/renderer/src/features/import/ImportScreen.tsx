import { useCallback, useEffect, useState } from 'react';
import type { DataKind } from '../../../../shared/domain/kinds';
import { renderImportMessage } from '../../../../shared/i18n/import-message';
import type {
  DateOrder,
  ImportBatchInfo,
  ImportPreview,
  ImportSummary,
  EventPayload,
  SheetNote,
  SheetPreview,
  TextEncodingName,
} from '../../../../shared/ipc/contract';
import { useI18n } from '../../lib/i18n';
import { call, onEvent } from '../../lib/ipc';
import { useApp } from '../../stores/app';
import { ChangesNotice } from './ChangesNotice';
import { EncodingNotice } from './EncodingNotice';
import { ProblemsList } from './ProblemsList';
import { SheetCard } from './SheetCard';
import { SKIPPED_SHEET, summaryKey } from './labels';
import { refusalText } from './refusal-text';
import { SummaryTable } from './SummaryTable';

export function ImportScreen() {
  const { t, date, number, locale } = useI18n();
  const setError = useApp((s) => s.setError);
  const dataVersion = useApp((s) => s.dataVersion);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [sheets, setSheets] = useState<SheetPreview[]>([]);
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  // How each sheet was read (e.g. events summed per week), kept to explain the summary's counts.
  const [summaryNotes, setSummaryNotes] = useState<Record<string, SheetNote[]>>({});
  const [history, setHistory] = useState<ImportBatchInfo[]>([]);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<EventPayload<'import:progress'> | null>(null);
  const [exported, setExported] = useState<string | null>(null);
  // A file the importer refused: shown here, with the reassurance that nothing changed, and
  // worded when shown so that it follows a change of language.
  const [refused, setRefused] = useState<Error | null>(null);

  useEffect(() => onEvent('import:progress', setProgress), []);

  const fail = useCallback((err: Error) => setError(refusalText(locale, err)), [setError, locale]);

  useEffect(() => {
    call('import:history', {}).then(setHistory).catch(fail);
  }, [dataVersion, fail]);

  const choose = async () => {
    setSummary(null);
    setExported(null);
    setRefused(null);
    setProgress(null);
    setBusy(true);
    try {
      const p = await call('import:pickFiles', {});
      if (p) {
        setPreview(p);
        setSheets(p.sheets);
      }
    } catch (err) {
      setRefused(err as Error);
    } finally {
      setBusy(false);
    }
  };

  const change = async (
    sheet: SheetPreview,
    kind: DataKind | null,
    mapping: Record<string, number | null>,
    dateOrders?: Record<string, DateOrder>,
  ) => {
    if (!preview) return;
    if (kind === null) {
      setSheets((all) =>
        all.map((s) =>
          s.sheetKey === sheet.sheetKey
            ? {
                ...s,
                kind: null,
                problem: renderImportMessage('en', null, SKIPPED_SHEET),
                problemMessage: SKIPPED_SHEET,
              }
            : s,
        ),
      );
      return;
    }
    try {
      const next = await call('import:preview', {
        sessionId: preview.sessionId,
        choice: { sheetKey: sheet.sheetKey, kind, mapping, ...(dateOrders ? { dateOrders } : {}) },
      });
      setSheets((all) => all.map((s) => (s.sheetKey === sheet.sheetKey ? next : s)));
    } catch (err) {
      fail(err as Error);
    }
  };

  // Another encoding changes the rows themselves: main reads the files again as a new session.
  const reopen = async (fileName: string, encoding: TextEncodingName) => {
    if (!preview) return;
    setBusy(true);
    try {
      const p = await call('import:reopen', { sessionId: preview.sessionId, fileName, encoding });
      setPreview(p);
      setSheets(p.sheets);
    } catch (err) {
      fail(err as Error);
    } finally {
      setBusy(false);
    }
  };

  const ready = sheets.filter((s) => s.kind !== null && s.problem === null);
  const readyRows = ready.reduce((n, s) => n + s.validCount, 0);

  const commit = async () => {
    if (!preview) return;
    setBusy(true);
    try {
      const result = await call('import:commit', {
        sessionId: preview.sessionId,
        sheets: ready.map((s) => ({
          sheetKey: s.sheetKey,
          kind: s.kind as DataKind,
          mapping: s.mapping,
          dateOrders: s.dateOrders,
        })),
      });
      setSummary(result);
      setSummaryNotes(
        Object.fromEntries(ready.map((s) => [summaryKey(s.fileName, s.sheetName), s.notes])),
      );
      setPreview(null);
      setSheets([]);
    } catch (err) {
      fail(err as Error);
    } finally {
      setBusy(false);
    }
  };

  const cancel = async () => {
    if (preview) await call('import:cancel', { sessionId: preview.sessionId }).catch(fail);
    setPreview(null);
    setSheets([]);
  };

  const undo = (batchId: number) => call('import:undo', { batchId }).catch(fail);

  const totals = summary?.sheets.reduce(
    (acc, s) => ({
      inserted: acc.inserted + s.inserted,
      updated: acc.updated + s.updated,
      skipped: acc.skipped + s.skipped,
    }),
    { inserted: 0, updated: 0, skipped: 0 },
  );

  return (
    <section className="screen">
      <header className="screen-head">
        <h1>{t('import.title')}</h1>
        <button className="primary" onClick={choose} disabled={busy}>
          {t('import.choose')}
        </button>
      </header>
      <p className="muted">{t('import.hint')}</p>
      {refused && (
        <div className="notice error" role="alert" data-testid="import-refused">
          <span>{t('import.refused', { message: refusalText(locale, refused) })}</span>
          <button onClick={() => setRefused(null)}>{t('common.close')}</button>
        </div>
      )}
      {busy && progress && (
        <div className="notice" role="progressbar" aria-valuenow={progress.done}>
          <span>
            {t(`import.phase.${progress.phase}`)}{' '}
            {progress.total ? `${progress.done} / ${progress.total}` : progress.done}
          </span>
          {progress.phase === 'reading' && (
            <button
              onClick={() =>
                void call('import:cancel', { sessionId: progress.sessionId }).catch(fail)
              }
            >
              {t('import.cancel')}
            </button>
          )}
        </div>
      )}
      {totals && (
        <p className="notice success" role="status">
          {t('import.done', {
            inserted: number(totals.inserted),
            updated: number(totals.updated),
            skipped: number(totals.skipped),
          })}
        </p>
      )}
      {summary && <SummaryTable sheets={summary.sheets} notes={summaryNotes} />}
      {summary &&
        summary.sheets.map(
          (sh, i) =>
            sh.errorCount > 0 && (
              <ProblemsList
                key={`${summary.batchId}#${sh.fileName}#${sh.sheetName}`}
                batchId={summary.batchId}
                index={i}
                sheet={sh}
                onError={fail}
              />
            ),
        )}
      {summary && summary.sheets.some((sh) => sh.errorCount > 0) && (
        <p>
          <button
            onClick={() =>
              // Main holds every problem and words the file in the reader's language.
              void call('import:exportErrors', { batchId: summary.batchId, locale })
                .then((res) => res && setExported(res.path))
                .catch(fail)
            }
          >
            {t('import.exportErrors')}
          </button>{' '}
          {exported && <span className="muted">{t('import.exportedTo', { path: exported })}</span>}
        </p>
      )}
      {preview && (
        <div className="wizard">
          {sheets.map((s) => (
            <div key={s.sheetKey}>
              <EncodingNotice sheet={s} busy={busy} onChoose={reopen} />
              <SheetCard sheet={s} kinds={preview.importableKinds} onChange={change} />
            </div>
          ))}
          {ready.map((s) => (
            <ChangesNotice key={s.sheetKey} sheet={s} />
          ))}
          {/* Sticky: ten mapping cards make a long page, and Import must never scroll away. */}
          <div className="actions import-footer" data-testid="import-footer">
            <span className="import-footer-counts" role="status">
              {t('import.footer.counts', {
                sheets: number(ready.length),
                rows: number(readyRows),
                problems: number(ready.reduce((n, s) => n + s.errorCount, 0)),
              })}
            </span>
            <button className="primary" onClick={commit} disabled={busy || ready.length === 0}>
              {t('import.commit', { count: number(readyRows) })}
            </button>
            <button onClick={cancel} disabled={busy}>
              {t('import.cancel')}
            </button>
          </div>
        </div>
      )}
      <h2>{t('import.history')}</h2>
      {history.length === 0 ? (
        <p className="muted">{t('import.noHistory')}</p>
      ) : (
        <ul className="history">
          {history.map((b) => (
            <li key={b.id} data-testid="history-item">
              <span>
                #{b.id} · {date(b.createdAt.slice(0, 10))} · {b.source} ·{' '}
                {t('import.batchCounts', {
                  inserted: number(b.inserted),
                  updated: number(b.updated),
                })}
              </span>
              {b.undoneAt ? (
                <span className="muted">{t('import.undone')}</span>
              ) : (
                <button onClick={() => undo(b.id)}>{t('import.undo')}</button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

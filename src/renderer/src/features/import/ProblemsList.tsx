import { useState } from 'react';
import type { RowError, SheetSummary } from '../../../../shared/ipc/contract';
import { PROBLEM_PAGE } from '../../../../shared/ipc/contract';
import { renderImportMessage } from '../../../../shared/i18n/import-message';
import { useI18n } from '../../lib/i18n';
import { call } from '../../lib/ipc';
import { sheetTitle } from './labels';

interface Props {
  batchId: number;
  /** The sheet's index in the summary, as main knows it. */
  index: number;
  sheet: SheetSummary;
  onError: (err: Error) => void;
}

/**
 * A committed sheet's problems, a page at a time: main keeps them (all of them, spilled to disk
 * past the first 1,000) and the screen asks for the next page only when the user wants it. Keyed
 * by batch and sheet, so a new import starts a new list.
 */
export function ProblemsList({ batchId, index, sheet, onError }: Props) {
  const { t, number, locale } = useI18n();
  const [problems, setProblems] = useState<RowError[]>(sheet.errors);
  const [kept, setKept] = useState<number | null>(null);
  const more = () =>
    void call('import:problems', {
      batchId,
      sheet: index,
      offset: problems.length,
      limit: PROBLEM_PAGE,
    })
      .then((page) => {
        setKept(page.kept);
        setProblems((all) => [...all, ...page.problems]);
      })
      .catch(onError);
  const canPage = problems.length < (kept ?? Math.min(sheet.errorCount, 1_000));
  return (
    <details className="problems" data-testid="problems-list">
      <summary>
        {t('import.problems.title', { sheet: sheetTitle(sheet.fileName, sheet.sheetName) })}
      </summary>
      <ul>
        {problems.map((e, i) => (
          <li key={`${e.row}:${i}`}>
            {t('import.row')} {number(e.row)}
            {e.column ? ` · ${e.column}` : ''}: {renderImportMessage(locale, sheet.kind, e)}
          </li>
        ))}
      </ul>
      {canPage ? (
        <button onClick={more} data-testid="problems-more">
          {t('import.problems.showMore')}
        </button>
      ) : (
        sheet.errorCount > problems.length && (
          <p className="muted">
            {t('import.problems.more', { count: number(sheet.errorCount - problems.length) })}
          </p>
        )
      )}
    </details>
  );
}

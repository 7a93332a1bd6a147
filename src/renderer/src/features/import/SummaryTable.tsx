import type { SheetNote, SheetSummary } from '../../../../shared/ipc/contract';
import type { MessageKey } from '../../../../shared/i18n';
import { useI18n } from '../../lib/i18n';
import { noteParams, sheetTitle, summaryKey } from './labels';

interface Props {
  sheets: SheetSummary[];
  /** The preview's notes per summaryKey: they explain why usage events outnumber new points. */
  notes: Record<string, SheetNote[]>;
}

/** What one import did to each sheet: the totals alone hide which file had the problems. */
export function SummaryTable({ sheets, notes }: Props) {
  const { t, number } = useI18n();
  return (
    <table className="summary" data-testid="import-summary">
      <thead>
        <tr>
          <th>{t('import.sheet')}</th>
          <th>{t('import.kind')}</th>
          <th className="num">{t('import.summary.read')}</th>
          <th className="num">{t('import.summary.new')}</th>
          <th className="num">{t('import.summary.updated')}</th>
          <th className="num">{t('import.summary.unchanged')}</th>
          <th className="num">{t('import.summary.problems')}</th>
        </tr>
      </thead>
      <tbody>
        {sheets.map((s) => (
          <tr key={`${s.fileName}#${s.sheetName}`} data-testid="summary-row">
            <td>
              {sheetTitle(s.fileName, s.sheetName)}
              {(notes[summaryKey(s.fileName, s.sheetName)] ?? []).map((note) => (
                <small key={note.key} className="muted note" data-testid="summary-note">
                  {t(note.key, noteParams(note.params, number))}
                </small>
              ))}
            </td>
            <td>{t(`kind.${s.kind}` as MessageKey)}</td>
            <td className="num" data-testid="summary-read">
              {number(s.rowsRead)}
            </td>
            <td className="num" data-testid="summary-new">
              {number(s.inserted)}
            </td>
            <td className="num" data-testid="summary-updated">
              {number(s.updated)}
            </td>
            <td className="num" data-testid="summary-unchanged">
              {number(s.skipped)}
            </td>
            <td className={s.errorCount > 0 ? 'num bad' : 'num'} data-testid="summary-problems">
              {number(s.errorRowCount)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

import type { ChangeValue, SheetPreview } from '../../../../shared/ipc/contract';
import type { MessageKey } from '../../../../shared/i18n';
import { renderImportMessage } from '../../../../shared/i18n/import-message';
import { useI18n } from '../../lib/i18n';
import { fieldLabel, sheetTitle } from './labels';

/**
 * What importing a sheet would do to records already in the workspace, shown before Import: an
 * importer must never change existing data the user did not see change. Lists the new,
 * unchanged and changed counts, each changed record's fields from what to what (the first 50),
 * and the rows skipped as not data.
 */
export function ChangesNotice({ sheet }: { sheet: SheetPreview }) {
  const { t, number, locale } = useI18n();
  const changes = sheet.changes;
  const skipped = sheet.skippedRows ?? [];
  const skippedCount = sheet.skippedRowCount ?? 0;
  if (!sheet.kind || (!changes && skippedCount === 0)) return null;
  const kind = sheet.kind;
  const value = (v: ChangeValue) =>
    v === null
      ? t('import.changes.empty')
      : typeof v === 'boolean'
        ? t(v ? 'import.changes.yes' : 'import.changes.no')
        : typeof v === 'number'
          ? number(v)
          : v;
  return (
    <section className="import-checks" data-testid="import-changes">
      <h4>{sheetTitle(sheet.fileName, sheet.sheetName)}</h4>
      {changes && (
        <p className="muted" data-testid="changes-counts">
          {t('import.changes.counts', {
            newRows: number(changes.newRows),
            unchanged: number(changes.unchanged),
            changed: number(changes.changed),
          })}
        </p>
      )}
      {changes && changes.changed > 0 && (
        <div className="notice warn" role="alert" data-testid="changes-warning">
          <strong>
            {t('import.changes.warning', {
              count: number(changes.changed),
              kind: t(`kind.${kind}` as MessageKey),
            })}
          </strong>
          <p>
            {t('import.changes.perField', {
              list: Object.entries(changes.fieldCounts)
                .map(([f, n]) => `${fieldLabel(t, kind, f)} ${number(n)}`)
                .join(', '),
            })}
          </p>
          <table className="changes" data-testid="changes-table">
            <thead>
              <tr>
                <th className="num">{t('import.changes.row')}</th>
                <th>{t('import.changes.key')}</th>
                <th>{t('import.changes.field')}</th>
                <th>{t('import.changes.from')}</th>
                <th>{t('import.changes.to')}</th>
              </tr>
            </thead>
            <tbody>
              {changes.rows.flatMap((r) =>
                r.fields.map((f, i) => (
                  <tr key={`${r.row}:${f.field}`} data-testid="change-row">
                    <td className="num">{i === 0 ? number(r.row) : ''}</td>
                    <td>{i === 0 ? r.key : ''}</td>
                    <td>{fieldLabel(t, kind, f.field)}</td>
                    <td className="from">{value(f.from)}</td>
                    <td className="to">{value(f.to)}</td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
          {changes.changed > changes.rows.length && (
            <p className="muted">
              {t('import.changes.more', { count: number(changes.changed - changes.rows.length) })}
            </p>
          )}
        </div>
      )}
      {skippedCount > 0 && (
        <div className="muted" data-testid="skipped-rows">
          <p>{t('import.skippedRows', { count: number(skippedCount) })}</p>
          <ul>
            {skipped.slice(0, 20).map((r) => (
              <li key={r.row}>
                {t('import.changes.row')} {number(r.row)}: {renderImportMessage(locale, kind, r)}
              </li>
            ))}
          </ul>
          {skippedCount > 20 && (
            <p>{t('import.skippedRows.more', { count: number(skippedCount - 20) })}</p>
          )}
        </div>
      )}
    </section>
  );
}

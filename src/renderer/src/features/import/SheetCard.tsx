import type { DataKind } from '../../../../shared/domain/kinds';
import type { DateOrder, SheetPreview } from '../../../../shared/ipc/contract';
import type { MessageKey } from '../../../../shared/i18n';
import { renderImportMessage } from '../../../../shared/i18n/import-message';
import { useI18n } from '../../lib/i18n';
import { fieldLabel, noteParams, sheetTitle } from './labels';
import './import.css';

interface Props {
  sheet: SheetPreview;
  kinds: DataKind[];
  onChange: (
    sheet: SheetPreview,
    kind: DataKind | null,
    mapping: Record<string, number | null>,
    dateOrders?: Record<string, DateOrder>,
  ) => void;
}

const DATE_ORDERS: readonly DateOrder[] = ['DMY', 'MDY'];
const SAMPLE_VALUES = 3;

/** The first few filled values of a column, so the user sees what a mapping would import. */
function sampleOf(sheet: SheetPreview, column: number | null | undefined): string {
  if (column === null || column === undefined) return '—';
  const values = sheet.sampleRows
    .map((r) => (r[column] ?? '').trim())
    .filter((v) => v !== '')
    .slice(0, SAMPLE_VALUES);
  return values.length > 0 ? values.join(', ') : '—';
}

/** One sheet of an import: what it holds, how its columns map, and which rows have problems. */
export function SheetCard({ sheet, kinds, onChange }: Props) {
  const { t, number, locale } = useI18n();
  const label = (fieldId: string) => (sheet.kind ? fieldLabel(t, sheet.kind, fieldId) : fieldId);
  return (
    <article className="sheet-card" data-testid="sheet-card">
      <header>
        <h3>{sheetTitle(sheet.fileName, sheet.sheetName)}</h3>
        <label>
          {t('import.kind')}{' '}
          <select
            data-testid="sheet-kind"
            value={sheet.kind ?? ''}
            onChange={(e) =>
              onChange(sheet, e.target.value ? (e.target.value as DataKind) : null, {})
            }
          >
            <option value="">{t('import.kind.none')}</option>
            {kinds.map((k) => (
              <option key={k} value={k}>
                {t(`kind.${k}` as MessageKey)}
              </option>
            ))}
          </select>
        </label>
        {sheet.headerRow > 0 && (
          <span className="muted">{t('import.headerRow', { row: sheet.headerRow })}</span>
        )}
      </header>
      {sheet.problemMessage && (
        <p className="notice warn" data-testid="sheet-problem">
          {renderImportMessage(locale, sheet.kind, sheet.problemMessage)}
        </p>
      )}
      {sheet.kind === null && (sheet.kindCandidates?.length ?? 0) > 0 && (
        // The importer is not sure what the sheet holds: the user picks among the likely kinds.
        <div
          className="kind-question"
          role="group"
          aria-labelledby={`kind-question-${sheet.sheetKey}`}
          data-testid="kind-question"
        >
          <strong id={`kind-question-${sheet.sheetKey}`}>{t('import.kindQuestion')}</strong>{' '}
          <span className="muted">{t('import.kindQuestion.hint')}</span>
          <span className="kind-choices">
            {sheet.kindCandidates!.map((k) => (
              <button
                key={k}
                type="button"
                data-testid={`kind-choice-${k}`}
                onClick={() => onChange(sheet, k, {})}
              >
                {t(`kind.${k}` as MessageKey)}
              </button>
            ))}
          </span>
        </div>
      )}
      {sheet.notes.map((note) => (
        <p key={note.key} className="muted" data-testid="sheet-note">
          {t(note.key, noteParams(note.params, number))}
        </p>
      ))}
      {sheet.ambiguousDateFields.length > 0 && (
        <div className="notice" data-testid="date-order">
          <p>{t('import.dateOrder.hint')}</p>
          {sheet.ambiguousDateFields.map((field) => (
            <label key={field}>
              {t('import.dateOrder', { field: label(field) })}{' '}
              <select
                value={sheet.dateOrders[field] ?? 'DMY'}
                onChange={(e) =>
                  onChange(sheet, sheet.kind, sheet.mapping, {
                    ...sheet.dateOrders,
                    [field]: e.target.value as DateOrder,
                  })
                }
              >
                {DATE_ORDERS.map((order) => (
                  <option key={order} value={order}>
                    {t(`import.dateOrder.${order}`)}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </div>
      )}
      {sheet.kind && sheet.fields.length > 0 && (
        <table className="mapping">
          <thead>
            <tr>
              <th>{t('import.field')}</th>
              <th>{t('import.column')}</th>
              <th>{t('import.sample')}</th>
            </tr>
          </thead>
          <tbody>
            {sheet.fields.map((f) => (
              <tr key={f.id} data-testid={`field-${f.id}`}>
                <td>
                  <span data-testid="field-label">{label(f.id)}</span>{' '}
                  {f.required && <small className="muted">({t('import.required')})</small>}
                  {/* The code name, for power users matching it to the importer's docs and errors. */}
                  <code className="field-code">{f.id}</code>
                </td>
                <td>
                  <select
                    aria-label={label(f.id)}
                    value={sheet.mapping[f.id] ?? ''}
                    onChange={(e) =>
                      onChange(sheet, sheet.kind, {
                        ...sheet.mapping,
                        [f.id]: e.target.value === '' ? null : Number(e.target.value),
                      })
                    }
                  >
                    <option value="">{t('import.unmapped')}</option>
                    {sheet.headers.map((h, i) => (
                      <option key={i} value={i}>
                        {h || `#${i + 1}`}
                      </option>
                    ))}
                  </select>
                </td>
                <td className="muted sample" data-testid="mapping-sample">
                  {sampleOf(sheet, sheet.mapping[f.id])}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {!sheet.problem && (
        <p data-testid="sheet-status">
          {t('import.rows', { valid: number(sheet.validCount), total: number(sheet.rowCount) })}
          {sheet.errorCount > 0 && (
            <strong className="bad">
              {' '}
              · {t('import.errors', { count: number(sheet.errorCount) })}
            </strong>
          )}
        </p>
      )}
      {sheet.errors.length > 0 && (
        <table className="errors" data-testid="sheet-errors">
          <thead>
            <tr>
              <th>{t('import.row')}</th>
              <th>{t('import.column')}</th>
              <th>{t('import.problem')}</th>
            </tr>
          </thead>
          <tbody>
            {sheet.errors.slice(0, 50).map((e, i) => (
              <tr key={i}>
                <td>{e.row}</td>
                <td>{e.column ?? '—'}</td>
                <td>{renderImportMessage(locale, sheet.kind, e)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </article>
  );
}

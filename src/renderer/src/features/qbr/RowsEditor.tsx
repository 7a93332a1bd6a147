import type { ReactNode } from 'react';
import { useI18n } from '../../lib/i18n';

/** A list of editable rows with add and remove: goals, attendees, next steps, risks. */
export function RowsEditor<T>(props: {
  title: string;
  addLabel: string;
  rows: T[];
  onChange: (rows: T[]) => void;
  make: () => T;
  render: (row: T, update: (patch: Partial<T>) => void) => ReactNode;
  testId: string;
}) {
  const { t } = useI18n();
  const { rows, onChange } = props;
  return (
    <fieldset className="qbr-rows" data-testid={props.testId}>
      <legend>{props.title}</legend>
      {rows.map((row, i) => (
        <div className="qbr-row" key={i}>
          {props.render(row, (patch) =>
            onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r))),
          )}
          <button
            type="button"
            className="link"
            onClick={() => onChange(rows.filter((_, j) => j !== i))}
          >
            {t('qbr.ui.remove')}
          </button>
        </div>
      ))}
      <button type="button" onClick={() => onChange([...rows, props.make()])}>
        {props.addLabel}
      </button>
    </fieldset>
  );
}

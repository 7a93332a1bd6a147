import type { SheetPreview, TextEncodingName } from '../../../../shared/ipc/contract';
import { TEXT_ENCODINGS, encodingNameKey } from '../../../../shared/ipc/contract';
import { encodingSummary } from '../../../../shared/i18n/encoding-summary';
import { useI18n } from '../../lib/i18n';

interface Props {
  sheet: SheetPreview;
  busy: boolean;
  /** Reads the sheet's file again in the encoding chosen. */
  onChoose: (fileName: string, encoding: TextEncodingName) => void;
}

/**
 * How a .csv/.tsv/.txt file was decoded and why ("Windows-1254 (Turkish): the text is not valid
 * UTF-8; Turkish letters found"), a warning naming the lines that did not decode, and the choice
 * of another encoding. Nothing for a workbook's sheet.
 */
export function EncodingNotice({ sheet, busy, onChoose }: Props) {
  const { t, locale } = useI18n();
  const info = sheet.textEncoding;
  if (!info) return null;
  return (
    <div
      className={`notice${info.warning ? ' warn' : ''} encoding-notice`}
      role={info.warning ? 'alert' : 'status'}
      data-testid="encoding-notice"
    >
      <span data-testid="encoding-summary">{encodingSummary(locale, info)}</span>
      <label>
        {t('import.textEncoding.label')}{' '}
        <select
          data-testid="encoding-choice"
          value={info.encoding}
          disabled={busy}
          onChange={(e) => onChoose(sheet.fileName, e.target.value as TextEncodingName)}
        >
          {TEXT_ENCODINGS.map((name) => (
            <option key={name} value={name}>
              {t(encodingNameKey(name))}
            </option>
          ))}
        </select>
      </label>
      <span className="muted">{t('import.textEncoding.help')}</span>
    </div>
  );
}

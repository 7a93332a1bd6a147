// The CLI's --encoding NAME: reads every .csv/.tsv/.txt file of the import in that encoding
// instead of the one detected from the bytes, and says which encoding each text file was read in.
import { encodingSummary } from '../../shared/i18n/encoding-summary';
import type { SheetPreview } from '../../shared/ipc/contract';
import { TEXT_ENCODINGS } from '../../shared/ipc/contract/csv-messages';
import { resolveEncoding } from '../import/read/encoding';
import type { ImportRunOptions } from '../import/service';
import { UsageError } from './context';

/** Import options for an --encoding value (any name a browser knows: cp1254, iso-8859-9, tis-620...). */
export function encodingOption(value: string | undefined): ImportRunOptions {
  if (value === undefined) return {};
  const encoding = resolveEncoding(value);
  if (!encoding) {
    throw new UsageError(
      `--encoding ${value} is not an encoding QBR Studio reads; use one of: ${TEXT_ENCODINGS.join(', ')} (or another name for one of them, such as cp1254, iso-8859-9 or tis-620)`,
    );
  }
  return { read: { encoding } };
}

/** One line per text file: the encoding it was read in and why, with any lines that did not decode. */
export function describeEncodings(sheets: readonly SheetPreview[]): string {
  return sheets
    .filter((s) => s.textEncoding)
    .map((s) => `${s.fileName}: read as ${encodingSummary('en', s.textEncoding!)}\n`)
    .join('');
}

/** For --json: how a text file's sheet was decoded (nothing for a workbook's sheet). */
export function encodingUsed(sheet: SheetPreview | undefined): {
  encoding?: { name: string; summary: string; badLines: number[] };
} {
  const info = sheet?.textEncoding;
  if (!info) return {};
  return {
    encoding: {
      name: info.encoding,
      summary: encodingSummary('en', info),
      badLines: info.badLines,
    },
  };
}

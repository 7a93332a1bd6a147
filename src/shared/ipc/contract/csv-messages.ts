// Delimited-text files: the encodings the importer reads, how a preview says which one it used
// and why, and the message keys of the CSV reader's bounds. Spread into IMPORT_MESSAGE_KEYS, so
// every key must be translated (src/shared/i18n/csv-messages.ts).
import { z } from 'zod';
import type { ImportMessage } from './import-messages';

/** Encodings a .csv/.tsv/.txt file can be read in. ISO-8859-1/-9/-11 and TIS-620 are read as the
 * Windows code pages that extend them (as browsers do), ISO-8859-15 as itself. */
export const TEXT_ENCODINGS = [
  'utf-8',
  'utf-16le',
  'utf-16be',
  'utf-32le',
  'utf-32be',
  'windows-1252',
  'windows-1254',
  'windows-874',
  'iso-8859-15',
] as const;

export type TextEncodingName = (typeof TEXT_ENCODINGS)[number];
export const TextEncodingName = z.enum(TEXT_ENCODINGS);

/** How a text file was decoded, for the preview. */
export interface TextEncodingInfo {
  encoding: TextEncodingName;
  /** Why it was used, e.g. "the text is not valid UTF-8; Turkish letters found". The preview
   * shows it after the encoding's name (encodingSummary in src/shared/i18n/encoding-messages.ts). */
  reason: ImportMessage;
  /** 1-based lines with bytes that are not valid UTF-8 (the first ten); empty when none. */
  badLines: number[];
  /** True when the file mixes encodings: the user should check those lines or choose another. */
  warning: boolean;
}

export const CSV_MESSAGE_KEYS = [
  // A delimited-text file refused while it is read.
  'import.file.tooManyColumns',
  // Why a text file was read in its encoding.
  'import.encoding.reason.bom',
  'import.encoding.reason.zeroBytes',
  'import.encoding.reason.ascii',
  'import.encoding.reason.validUtf8',
  'import.encoding.reason.mixed',
  'import.encoding.reason.turkish',
  'import.encoding.reason.thai',
  'import.encoding.reason.western',
  'import.encoding.reason.euro',
  'import.encoding.reason.chosen',
  'import.encoding.reason.chosenBad',
] as const;

/** The catalogue key of an encoding's name (src/shared/i18n/encoding-messages.ts). */
export const encodingNameKey = (encoding: TextEncodingName) =>
  `import.textEncoding.name.${encoding}` as const;

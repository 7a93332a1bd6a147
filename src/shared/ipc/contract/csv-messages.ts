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
  /** "Windows-1254 (Turkish): the text is not valid UTF-8; Turkish letters found", as a message. */
  summary: ImportMessage;
  /** 1-based lines with bytes that are not valid UTF-8 (the first ten); empty when none. */
  badLines: number[];
  /** True when the file mixes encodings: the user should check those lines or choose another. */
  warning: boolean;
}

export const CSV_MESSAGE_KEYS = [
  // A delimited-text file refused while it is read.
  'import.file.tooManyColumns',
  'import.file.cellTooLong',
  // The encoding a text file was read in, and why: '{encoding}: {reason}'.
  'import.encoding.summary',
  'import.encoding.name.utf-8',
  'import.encoding.name.utf-16le',
  'import.encoding.name.utf-16be',
  'import.encoding.name.utf-32le',
  'import.encoding.name.utf-32be',
  'import.encoding.name.windows-1252',
  'import.encoding.name.windows-1254',
  'import.encoding.name.windows-874',
  'import.encoding.name.iso-8859-15',
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

export const encodingNameKey = (encoding: TextEncodingName) =>
  `import.encoding.name.${encoding}` as const;

// How the preview and the CLI say which encoding a text file was read in, and why. Apart from
// encoding-messages.ts, which the catalogues import: this one imports the catalogues.
import type { TextEncodingInfo } from '../ipc/contract/csv-messages';
import { encodingNameKey } from '../ipc/contract/csv-messages';
import type { Locale } from '../ipc/contract/workspace';
import { renderImportMessage } from './import-message';
import { translate } from './index';

/** "Windows-1254 (Turkish): the text is not valid UTF-8; Turkish letters found", in `locale`. */
export function encodingSummary(locale: Locale, info: TextEncodingInfo): string {
  return translate(locale, 'import.textEncoding.summary', {
    encoding: translate(locale, encodingNameKey(info.encoding)),
    reason: renderImportMessage(locale, null, info.reason),
  });
}

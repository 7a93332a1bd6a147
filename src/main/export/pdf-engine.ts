// The one place that talks to pdfmake: fonts from resources/fonts, no network, and local file
// reads limited to the font folder (the document definitions carry charts inline as SVG).
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { dirname, resolve, sep } from 'node:path';
import { FONT_FAMILY, fontFiles } from './fonts';

function configure(): void {
  const files = fontFiles();
  const fontDir = dirname(files.normal) + sep;
  pdfmake.setFonts({ [FONT_FAMILY]: { ...files } });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => resolve(path).startsWith(fontDir));
}

export async function renderPdf(definition: TDocumentDefinitions): Promise<Buffer> {
  configure();
  return pdfmake.createPdf(definition).getBuffer();
}

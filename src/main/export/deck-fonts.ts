// Fonts for the PPTX that the customer's machine has. The PDFs embed Sarabun, but a PPTX only
// names its fonts, and a customer has no Sarabun: Impress then drew every Thai character as a
// box. So the deck names system fonts, and a Thai deck carries a complex-script chain:
// - runs and the theme's <a:cs> name Leelawadee UI (Windows 8 and later), marked Thai
//   (charset -34, THAI_CHARSET) so that a machine without it substitutes a Thai font: PowerPoint
//   for Mac takes Thonburi, LibreOffice asks fontconfig for a Thai face (Noto Sans Thai, or the
//   TLWG fonts Loma and Garuda that fonts-thai-tlwg installs);
// - the theme's script="Thai" entry names Tahoma, which every Windows and Office for Mac has.
// pptxgenjs writes only <a:latin> into the theme (and empty <a:ea>/<a:cs>), and writes every
// run's <a:cs> as Big5 (charset -120), so the deck is patched after writing.
import JSZip from 'jszip';
import type { QbrLanguage } from './model';

export interface DeckFonts {
  /** the family named on every run (PowerPoint reads the first name of a list only as a name) */
  head: string;
  body: string;
  /** the Latin font of the chart text */
  latin: string;
  /** the run language, so PowerPoint and Impress pick the script's font and line breaking */
  lang: string;
  /** complex-script chain written into the theme, or null for Latin-only decks */
  complexScript: string[] | null;
}

/** The named Thai fonts: the complex-script font first, then the theme's Thai script font. */
export const THAI_FONT_CHAIN = ['Leelawadee UI', 'Tahoma'];

export function deckFonts(language: QbrLanguage): DeckFonts {
  if (language === 'th') {
    return {
      head: 'Leelawadee UI',
      body: 'Leelawadee UI',
      latin: 'Leelawadee UI',
      lang: 'th-TH',
      complexScript: THAI_FONT_CHAIN,
    };
  }
  // Calibri is on every Windows and macOS Office; LibreOffice maps it to Carlito (same metrics).
  return {
    head: 'Calibri',
    body: 'Calibri',
    latin: 'Calibri',
    lang: language === 'tr' ? 'tr-TR' : 'en-GB',
    complexScript: null,
  };
}

const THEME = 'ppt/theme/theme1.xml';
const escapeAttr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The theme's font scheme with a complex-script font and the Thai script entry set. */
export function patchThemeXml(xml: string, fonts: DeckFonts): string {
  if (!fonts.complexScript) return xml;
  const [first, script] = fonts.complexScript;
  // charset -34 is THAI_CHARSET (222): PowerPoint substitutes a Thai-capable font when the
  // named one is missing; pitchFamily 34 is a proportional sans.
  const cs = `<a:cs typeface="${escapeAttr(first!)}" panose="020B0502040204020203" pitchFamily="34" charset="-34"/>`;
  return xml
    .replace(/<a:cs typeface="[^"]*"\s*\/>/g, cs)
    .replace(
      /<a:font script="Thai" typeface="[^"]*"\s*\/>/g,
      `<a:font script="Thai" typeface="${escapeAttr(script ?? first!)}"/>`,
    );
}

/**
 * pptxgenjs writes every run's <a:cs> with charset -120 (Big5); a Thai deck's runs say Thai
 * (-34), so a machine without the named font substitutes a Thai one rather than a Chinese one.
 */
function patchRunFonts(xml: string, fonts: DeckFonts): string {
  if (!fonts.complexScript) return xml;
  return xml.replace(
    /(<a:cs typeface="[^"]*" pitchFamily="\d+") charset="-?\d+"/g,
    '$1 charset="-34"',
  );
}

export async function patchDeckFonts(pptx: Buffer, fonts: DeckFonts): Promise<Buffer> {
  if (!fonts.complexScript) return pptx;
  const zip = await JSZip.loadAsync(pptx);
  const theme = zip.file(THEME);
  if (!theme) throw new Error(`The deck has no ${THEME}`);
  zip.file(THEME, patchThemeXml(await theme.async('string'), fonts));
  for (const name of Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))) {
    const file = zip.file(name)!;
    zip.file(name, patchRunFonts(await file.async('string'), fonts));
  }
  // stored like pptxgenjs's own output: compressing every part again would double the deck's cost
  return zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
}

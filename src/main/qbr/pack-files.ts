// Where an account's pack goes: three files named after the account and quarter, inside the
// chosen folder whatever the account is called.
import fs from 'node:fs';
import path from 'node:path';
import { reliabilityText } from '../../shared/i18n/reliability';
import type { Locale } from '../../shared/ipc/contract/workspace';
import type { PackPaths } from '../export/pack';
import { safeFileName } from '../export/pack';
import type { Dialogs } from '../platform/dialogs';

/**
 * Characters that change how a name is shown without being seen: bidi embeddings, overrides and
 * isolates (U+202A-U+202E, U+2066-U+2069) and the marks (U+200E, U+200F, U+061C), which can make
 * "report.pdf.exe" read as something else, and zero-width characters (U+200B-U+200D, U+2060,
 * U+FEFF), which make two names that look the same differ.
 */
const INVISIBLE = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\u200B-\u200D\u2060\uFEFF]/g;

/** A file-name stem from an account name: invisible characters dropped, then made safe. */
export function accountFileStem(accountName: string): string {
  return safeFileName(accountName.replace(INVISIBLE, ''));
}

export function packPaths(folder: string, stem: string, quarter: string): Required<PackPaths> {
  const base = path.join(folder, `${stem}-${quarter}`);
  return {
    pdfPath: `${base}-report.pdf`,
    deckPath: `${base}-deck.pptx`,
    deckPdfPath: `${base}-deck.pdf`,
  };
}

/** The decks beside a report the CSM named in a Save dialog: "X.pdf" -> "X-deck.pptx/.pdf". */
export function packPathsBeside(reportPath: string): Required<PackPaths> {
  const pdfPath = /\.pdf$/i.test(reportPath) ? reportPath : `${reportPath}.pdf`;
  const stem = pdfPath.replace(/(-report)?\.pdf$/i, '');
  return { pdfPath, deckPath: `${stem}-deck.pptx`, deckPdfPath: `${stem}-deck.pdf` };
}

/**
 * One file-name stem per account; two accounts whose names clean up to the same stem (or differ
 * only by case, which some file systems ignore) get their ids appended so neither overwrites
 * the other.
 */
export function uniqueStems(
  accounts: readonly { id: string; name: string }[],
): Map<string, string> {
  const stems = accounts.map((a) => ({ id: a.id, stem: accountFileStem(a.name) }));
  const counts = new Map<string, number>();
  for (const { stem } of stems)
    counts.set(stem.toLowerCase(), (counts.get(stem.toLowerCase()) ?? 0) + 1);
  return new Map(
    stems.map(({ id, stem }) => [
      id,
      (counts.get(stem.toLowerCase()) ?? 0) > 1 ? `${stem} (${accountFileStem(id)})` : stem,
    ]),
  );
}

/**
 * Asks where to save one account's report; the two decks go beside it, and the dialog's title
 * names them. Files the dialog did not confirm (the decks, or the report when ".pdf" had to be
 * added) are replaced only if the user agrees in a second dialog naming them; a port without
 * that dialog never replaces them. Null: cancelled.
 */
export async function chooseReportPath(
  dialogs: Dialogs,
  doc: { meta: { accountName: string; quarter: string; documentTitle: string } },
  locale: Locale,
): Promise<string | null> {
  const base = `${accountFileStem(doc.meta.accountName)}-${doc.meta.quarter}`;
  const file = await dialogs.saveFile({
    title: reliabilityText(locale, 'export.report.title', {
      title: doc.meta.documentTitle,
      deck: `${base}-deck.pptx`,
      deckPdf: `${base}-deck.pdf`,
    }),
    defaultName: `${base}-report.pdf`,
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
  });
  if (file === null) return null;
  const paths = packPathsBeside(file);
  const unconfirmed = [paths.pdfPath, paths.deckPath, paths.deckPdfPath].filter(
    (p) => path.resolve(p) !== path.resolve(file) && fs.existsSync(p),
  );
  if (unconfirmed.length === 0) return file;
  return (await dialogs.confirmReplace?.(unconfirmed, locale)) ? file : null;
}

/** Names a batch export of `quarter` writes: "<stem>-<quarter>-report.pdf" and the two decks. */
function isPackFileOf(name: string, quarter: string): boolean {
  return [`-${quarter}-report.pdf`, `-${quarter}-deck.pptx`, `-${quarter}-deck.pdf`].some((end) =>
    name.endsWith(end),
  );
}

/**
 * Before a batch writes into a folder: packs of the same quarter already there (an earlier
 * export) may be replaced only if the user agrees in a dialog naming them. True: go ahead.
 */
export async function confirmBatchFolder(
  dialogs: Dialogs,
  folder: string,
  quarter: string,
  locale: Locale,
): Promise<boolean> {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return true; // A folder that does not exist yet holds nothing to replace.
  }
  const existing = names.filter((n) => isPackFileOf(n, quarter)).map((n) => path.join(folder, n));
  if (existing.length === 0) return true;
  return (await dialogs.confirmReplace?.(existing.sort(), locale)) ?? false;
}

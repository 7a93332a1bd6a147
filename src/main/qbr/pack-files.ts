// Where an account's pack goes: three files named after the account and quarter, inside the
// chosen folder whatever the account is called.
import path from 'node:path';
import type { PackPaths } from '../export/pack';
import { safeFileName } from '../export/pack';

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
  const stems = accounts.map((a) => ({ id: a.id, stem: safeFileName(a.name) }));
  const counts = new Map<string, number>();
  for (const { stem } of stems)
    counts.set(stem.toLowerCase(), (counts.get(stem.toLowerCase()) ?? 0) + 1);
  return new Map(
    stems.map(({ id, stem }) => [
      id,
      (counts.get(stem.toLowerCase()) ?? 0) > 1 ? `${stem} (${safeFileName(id)})` : stem,
    ]),
  );
}

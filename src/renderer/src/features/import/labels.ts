// How the wizard names sheets and words their notes, shared by the sheet cards and the summary.

/** "file · sheet", or just the file for a CSV, whose one sheet is named after the file anyway. */
export function sheetTitle(fileName: string, sheetName: string): string {
  return fileName.replace(/\.[^.]+$/, '') === sheetName ? fileName : `${fileName} · ${sheetName}`;
}

/** Identifies a sheet across the preview and the commit's summary. */
export const summaryKey = (fileName: string, sheetName: string) => `${fileName}#${sheetName}`;

/** A note's parameters with its counts in the reader's number format. */
export function noteParams(
  params: Record<string, string | number>,
  number: (n: number) => string,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, typeof v === 'number' ? number(v) : v]),
  );
}

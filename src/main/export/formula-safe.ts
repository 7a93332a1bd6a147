/**
 * A spreadsheet cell must never turn into a formula: text that Excel would read as one
 * (= + - @, or a tab/CR that some programs strip before it) gets a leading apostrophe. Every
 * .xlsx the app writes (import problems, the accounts table) passes its text through here.
 */
export function formulaSafe(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/**
 * Header text reduced to what identifies it, for saved-mapping signatures, vocabularies and
 * `--map` (matching headers to fields reads them as tokens instead, see map/tokens.ts): lower
 * case (Turkish-aware dotted/dotless i), accents stripped, every run of spaces, underscores and
 * punctuation removed. Thai has no case or accents to strip; its combining marks are kept.
 */
export function normalizeHeader(text: string): string {
  return text
    .replace(/İ/g, 'i')
    .replace(/I/g, 'i')
    .toLowerCase()
    .replace(/ı/g, 'i')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, '');
}

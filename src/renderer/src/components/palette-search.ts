/**
 * Case- and accent-insensitive folding for the palette's search. Deliberately not the UI
 * locale's lower-casing: under Turkish rules "Industries" folds to "ındustries" and a CSM typing
 * "indus" would find nothing, so dotted and dotless i fold together whatever the language.
 */
export function foldForSearch(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/ı/g, 'i');
}

/** True when every word of the query appears somewhere in the text (in any order). */
export function matches(text: string, query: string): boolean {
  const hay = foldForSearch(text);
  return foldForSearch(query)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => hay.includes(word));
}

import type { DataKind } from '../../../shared/domain/kinds';
import { KIND_DEFS } from '../check/kinds';
import { WEAK_TOKENS } from './lexicon';
import { conceptTokens, rawTokens } from './tokens';

/** One synonym of one field, as the tokens of its meaning. */
interface Entry {
  kind: DataKind;
  field: string;
  /** kind and field as one map key, made once. */
  key: string;
  tokens: ReadonlySet<string>;
  strong: readonly string[];
}

export interface FieldMatch {
  kind: DataKind;
  field: string;
  /** 1 the header says exactly a synonym; less as the header says more besides it. */
  quality: number;
}

export interface HeaderReading {
  tokens: readonly string[];
  matches: readonly FieldMatch[];
}

const isStrong = (t: string) => !WEAK_TOKENS.has(t);

/** Header-synonym comparisons made so far: a test bounds them per column (see wide sheets). */
let comparisons = 0;
export const synonymComparisons = (): number => comparisons;

/**
 * Every synonym of every field, indexed by each of its tokens: a header is compared only with the
 * synonyms that share a word with it, so a sheet of 16,384 columns maps in linear time.
 */
class SynonymIndex {
  private readonly byToken = new Map<string, Entry[]>();
  /** Known words of at least 5 letters, and each with one letter deleted, for spelling slips. */
  private readonly vocabulary = new Set<string>();
  private readonly deletions = new Map<string, string>();
  private readonly readings = new Map<string, HeaderReading>();

  constructor() {
    for (const def of Object.values(KIND_DEFS)) {
      for (const f of def.fields) {
        for (const synonym of f.synonyms) {
          const raw = rawTokens(synonym);
          for (const w of raw) this.learn(w);
          const tokens = conceptTokens(raw);
          if (tokens.length === 0) continue;
          const entry: Entry = {
            kind: def.kind,
            field: f.id,
            key: `${def.kind}\u0000${f.id}`,
            tokens: new Set(tokens),
            strong: [...new Set(tokens.filter(isStrong))],
          };
          for (const t of entry.tokens) {
            const list = this.byToken.get(t);
            if (list) list.push(entry);
            else this.byToken.set(t, [entry]);
          }
        }
      }
    }
  }

  private learn(word: string): void {
    this.vocabulary.add(word);
    if (word.length < 5 || !/^[a-z]+$/.test(word)) return;
    for (const d of deletionsOf(word)) if (!this.deletions.has(d)) this.deletions.set(d, word);
  }

  /** A word one slip away from a known word ("renewl" -> "renewal"), else the word itself. */
  private spell(word: string): string {
    if (this.vocabulary.has(word) || word.length < 5 || !/^[a-z]+$/.test(word)) return word;
    const direct = this.deletions.get(word);
    if (direct) return direct;
    for (const d of deletionsOf(word)) {
      if (this.vocabulary.has(d) && d.length >= 5) return d;
      const near = this.deletions.get(d);
      if (near) return near;
    }
    return word;
  }

  read(header: string): HeaderReading {
    const cached = this.readings.get(header);
    if (cached) return cached;
    const tokens = conceptTokens(rawTokens(header).map((w) => this.spell(w)));
    const reading: HeaderReading = { tokens, matches: this.match(tokens) };
    // Data rows are read too while looking for the header: keep the cache from growing unbounded.
    if (this.readings.size > 50_000) this.readings.clear();
    this.readings.set(header, reading);
    return reading;
  }

  private match(tokens: readonly string[]): FieldMatch[] {
    if (tokens.length === 0) return [];
    const bag = new Set(tokens);
    const strongBag = [...bag].filter(isStrong);
    const best = new Map<string, FieldMatch>();
    for (const t of bag) {
      for (const e of this.byToken.get(t) ?? []) {
        comparisons++;
        const quality = entryQuality(e, bag, strongBag.length);
        if (quality <= 0) continue;
        const seen = best.get(e.key);
        if (!seen) best.set(e.key, { kind: e.kind, field: e.field, quality });
        else if (seen.quality < quality) seen.quality = quality;
      }
    }
    return [...best.values()];
  }
}

/**
 * How well a header's tokens say a synonym: all the synonym's words must be there; words the
 * header has besides them weaken the match unless they are weak ("Total", "Amount").
 */
function entryQuality(e: Entry, bag: ReadonlySet<string>, strongInHeader: number): number {
  for (const t of e.tokens) if (!bag.has(t) && isStrong(t)) return 0;
  if (e.strong.length === 0) {
    // A synonym of weak words only ("Total", "Value") needs them all, and little else.
    for (const t of e.tokens) if (!bag.has(t)) return 0;
    return strongInHeader === 0
      ? bag.size === e.tokens.size
        ? 1
        : 0.9
      : 0.8 / (1 + strongInHeader);
  }
  if (strongInHeader === e.strong.length) {
    let same = bag.size === e.tokens.size;
    if (same) for (const t of bag) if (!e.tokens.has(t)) same = false;
    return same ? 1 : 0.95;
  }
  return (0.8 * e.strong.length) / strongInHeader;
}

function* deletionsOf(word: string): Generator<string> {
  for (let i = 0; i < word.length; i++) yield word.slice(0, i) + word.slice(i + 1);
}

let index: SynonymIndex | null = null;

/** What a header can mean: its tokens and the fields of every kind it names, with how well. */
export function readHeader(header: string): HeaderReading {
  index ??= new SynonymIndex();
  return index.read(header);
}

/** The best quality with which `header` names `field` of `kind` (0 when it does not). */
export function headerQuality(header: string, kind: DataKind, field: string): number {
  let q = 0;
  for (const m of readHeader(header).matches)
    if (m.kind === kind && m.field === field && m.quality > q) q = m.quality;
  return q;
}

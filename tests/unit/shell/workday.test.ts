// The pure parts of #18 points 8-10: the palette's search folding, what each key press means,
// the theme choice, and the book-wide experiment filter.
import { describe, expect, it } from 'vitest';
import { foldForSearch, matches } from '../../../src/renderer/src/components/palette-search';
import { NAV_SCREENS, shortcutFor } from '../../../src/renderer/src/components/shortcuts';
import { filterExperiments } from '../../../src/renderer/src/features/experiments-list/filter';
import type { ExperimentSummary } from '../../../src/shared/ipc/contract';

const key = (
  k: string,
  mods: Partial<Record<'ctrl' | 'meta' | 'shift' | 'alt', boolean>> = {},
) => ({
  key: k,
  ctrlKey: Boolean(mods.ctrl),
  metaKey: Boolean(mods.meta),
  shiftKey: Boolean(mods.shift),
  altKey: Boolean(mods.alt),
});

describe('palette search', () => {
  it('ignores case and accents and finds words in any order', () => {
    expect(matches('Nordlicht Energie GmbH', 'energie nord')).toBe(true);
    expect(matches('Café Ümit Ltd', 'cafe umit')).toBe(true);
    expect(matches('Nordlicht Energie', 'solar')).toBe(false);
  });

  it('folds Turkish dotted and dotless i together (Turkish lower-casing would not)', () => {
    // The locale's own rule turns the capital I into a dotless ı, so "indus" would miss.
    expect('INDUSTRIES'.toLocaleLowerCase('tr')).not.toContain('indus');
    expect(matches('Anadolu INDUSTRIES', 'indus')).toBe(true);
    expect(matches('Işık Yazılım', 'isik yazilim')).toBe(true);
    expect(matches('İstanbul Lojistik', 'istanbul')).toBe(true);
    expect(foldForSearch('İı')).toBe('ii');
  });

  it('finds Thai names by any part', () => {
    expect(matches('บริษัท สยามเทค จำกัด', 'สยาม')).toBe(true);
  });
});

describe('keyboard shortcuts', () => {
  it('opens the palette with Ctrl+K or Cmd+K, not with K alone', () => {
    expect(shortcutFor(key('k', { ctrl: true }))).toEqual({ kind: 'palette' });
    expect(shortcutFor(key('K', { meta: true }))).toEqual({ kind: 'palette' });
    expect(shortcutFor(key('k'))).toBeNull();
  });

  it('goes to the sidebar screens in order with Ctrl+1..n and nothing past them', () => {
    NAV_SCREENS.forEach(({ screen }, i) =>
      expect(shortcutFor(key(String(i + 1), { ctrl: true }))).toEqual({ kind: 'go', screen }),
    );
    expect(NAV_SCREENS.map((n) => n.screen)).toContain('experiments');
    expect(shortcutFor(key(String(NAV_SCREENS.length + 1), { ctrl: true }))).toBeNull();
    expect(shortcutFor(key('1'))).toBeNull();
  });

  it('toggles the theme with Ctrl+Shift+L, lists shortcuts with F1, ignores Alt chords', () => {
    expect(shortcutFor(key('L', { ctrl: true, shift: true }))).toEqual({ kind: 'theme' });
    expect(shortcutFor(key('F1'))).toEqual({ kind: 'help' });
    expect(shortcutFor(key('k', { ctrl: true, alt: true }))).toBeNull();
  });
});

describe('the experiments list filter', () => {
  const e = (
    id: string,
    accountId: string,
    primaryKpi: string,
    verdict: ExperimentSummary['verdict'],
  ) => ({ id, accountId, primaryKpi, verdict, name: id }) as ExperimentSummary;
  const book = [
    e('a', 'acc1', 'tickets', 'improvement'),
    e('b', 'acc1', 'logins', 'inconclusive'),
    e('c', 'acc2', 'tickets', null),
  ];
  const ids = (f: Parameters<typeof filterExperiments>[1]) =>
    filterExperiments(book, f).map((x) => x.id);

  it('lets everything through with no filter, and combines filters with AND', () => {
    expect(ids({ verdict: '', accountId: '', kpi: '' })).toEqual(['a', 'b', 'c']);
    expect(ids({ verdict: '', accountId: 'acc1', kpi: 'tickets' })).toEqual(['a']);
    expect(ids({ verdict: 'improvement', accountId: 'acc2', kpi: '' })).toEqual([]);
  });

  it("filters 'no data yet' as the experiments with no verdict", () => {
    expect(ids({ verdict: 'none', accountId: '', kpi: '' })).toEqual(['c']);
    expect(ids({ verdict: 'inconclusive', accountId: '', kpi: '' })).toEqual(['b']);
  });
});

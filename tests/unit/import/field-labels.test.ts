// The mapping table names every field in the reader's language. The field list lives only in
// the importer's kind definitions, so this walks them: a field added there without a label in
// all three catalogues fails here rather than showing its code name to a CSM.
import { describe, expect, it } from 'vitest';
import { KIND_DEFS } from '../../../src/main/import/check/kinds';
import { fieldLabel, fieldLabelKey } from '../../../src/renderer/src/features/import/labels';
import { CATALOGUES, translate } from '../../../src/shared/i18n';
import type { MessageKey } from '../../../src/shared/i18n';
import type { DataKind } from '../../../src/shared/domain/kinds';

const LOCALES = ['en', 'th', 'tr'] as const;
const FIELDS = Object.values(KIND_DEFS).flatMap((def) =>
  def.fields.map((f) => [def.kind, f.id] as const),
);
const THAI = /[\u0E00-\u0E7F]/;

/** A field's label straight from one catalogue: translate would fall back to English. */
const label = (locale: (typeof LOCALES)[number], kind: DataKind, id: string): string =>
  (CATALOGUES[locale] as Record<string, string | undefined>)[fieldLabelKey(kind, id)] ?? '';

describe('import field labels', () => {
  it('covers the kinds the importer defines', () => {
    expect(FIELDS.length).toBeGreaterThan(50);
    expect(new Set(FIELDS.map(([kind]) => kind)).size).toBe(Object.keys(KIND_DEFS).length);
  });

  it.each(LOCALES)('labels every field of every kind in %s', (locale) => {
    const missing = FIELDS.filter(([kind, id]) => !label(locale, kind, id).trim());
    expect(missing).toEqual([]);
  });

  it.each(LOCALES)('words the %s labels for people, not as code names', (locale) => {
    const coded = FIELDS.map(([kind, id]) => label(locale, kind, id)).filter((text) =>
      /[a-z][A-Z]|_|[{}]/.test(text),
    );
    expect(coded).toEqual([]);
  });

  it('writes the Thai labels in Thai', () => {
    const untranslated = FIELDS.filter(([kind, id]) => !THAI.test(label('th', kind, id)));
    expect(untranslated).toEqual([]);
  });

  it.each(LOCALES)('gives the fields of one kind distinct %s labels', (locale) => {
    for (const def of Object.values(KIND_DEFS)) {
      const labels = def.fields.map((f) => label(locale, def.kind, f.id));
      expect(new Set(labels).size, def.kind).toBe(labels.length);
    }
  });

  it('keeps no label for a field the importer no longer has', () => {
    const known = new Set(FIELDS.map(([kind, id]) => fieldLabelKey(kind, id)));
    const stale = Object.keys(CATALOGUES.en).filter((k) => k.startsWith('field.') && !known.has(k));
    expect(stale).toEqual([]);
  });

  it('names the kinds themselves in every language', () => {
    for (const locale of LOCALES)
      for (const kind of Object.keys(KIND_DEFS))
        expect(CATALOGUES[locale][`kind.${kind}` as MessageKey]?.trim(), kind).toBeTruthy();
  });

  it('shows the translated label, and the code name only for a field without one', () => {
    const t = (key: MessageKey) => translate('tr', key);
    expect(fieldLabel(t, 'accounts', 'renewalDate')).toBe('Yenileme tarihi');
    expect(fieldLabel(t, 'contacts', 'isChampion')).toBe('Destekçi mi?');
    expect(fieldLabel(t, 'accounts' as DataKind, 'notAFieldYet')).toBe('notAFieldYet');
  });
});

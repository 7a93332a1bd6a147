// The screens' catalogues: English from the start, Thai and Turkish once loaded, each the same
// text `translate` gives the exporters; the store switches language only once the catalogue has
// arrived, and the language chosen last wins.
import { describe, expect, it, vi } from 'vitest';
import { CATALOGUES, translate } from '../../../src/shared/i18n';
import type { MessageKey } from '../../../src/shared/i18n';
import type { Locale } from '../../../src/shared/ipc/contract';
import { loadCatalogue, translateIn } from '../../../src/renderer/src/lib/catalogues';

const LOCALES = Object.keys(CATALOGUES) as Locale[];
const KEYS: MessageKey[] = ['portfolio.title', 'workspace.accounts', 'welcome.reopen'];
const PARAMS = { count: 5000, name: 'Acme' };

describe('translateIn', () => {
  it('answers in English until a catalogue has loaded, then as translate does', async () => {
    expect(translateIn('th', 'portfolio.title')).toBe(translate('en', 'portfolio.title'));
    for (const locale of LOCALES) {
      await loadCatalogue(locale);
      for (const key of KEYS) {
        expect(translateIn(locale, key, PARAMS)).toBe(translate(locale, key, PARAMS));
      }
    }
    expect(translateIn('th', 'portfolio.title')).not.toBe(translate('en', 'portfolio.title'));
  });
});

describe('the store’s language', () => {
  it('switches once the catalogue is there, to the language chosen last', async () => {
    // Fresh modules: no catalogue but English loaded yet, so Thai arrives after English would.
    vi.resetModules();
    const { useApp } = await import('../../../src/renderer/src/stores/app');
    const catalogues = await import('../../../src/renderer/src/lib/catalogues');
    useApp.getState().setLocale('tr');
    expect(useApp.getState().locale).toBe('en');
    await vi.waitFor(() => expect(useApp.getState().locale).toBe('tr'));
    // Thai then English at once: Thai's catalogue arriving after must not switch back to it.
    useApp.getState().setLocale('th');
    useApp.getState().setLocale('en');
    await catalogues.loadCatalogue('th');
    await new Promise((r) => setTimeout(r, 0));
    expect(useApp.getState().locale).toBe('en');
    useApp.getState().setLocale('th');
    await vi.waitFor(() => expect(useApp.getState().locale).toBe('th'));
  });
});

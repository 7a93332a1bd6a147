// The screens' catalogues: English is in the main script (it is also every missing key's
// fallback); Thai and Turkish load as chunks of their own when first chosen, so the first paint
// does not parse two catalogues it does not show.
import type { Catalogue, MessageKey } from '../../../shared/i18n/en';
import { en } from '../../../shared/i18n/en';
import { fill } from '../../../shared/i18n/fill';
import type { Locale } from '../../../shared/ipc/contract';

const LOADERS: Record<Exclude<Locale, 'en'>, () => Promise<Catalogue>> = {
  th: () => import('../../../shared/i18n/th').then((m) => m.th),
  tr: () => import('../../../shared/i18n/tr').then((m) => m.tr),
};

const loaded: Partial<Record<Locale, Catalogue>> = { en };

/** Makes `locale`'s catalogue available to `translateIn`; at once when it already is. */
export async function loadCatalogue(locale: Locale): Promise<void> {
  if (locale === 'en' || loaded[locale]) return;
  loaded[locale] = await LOADERS[locale]();
}

/**
 * Loads every catalogue, so a later switch of language shows at once (and a date typed right
 * after it is read in the new language's style). A failure is left to `loadCatalogue` to report.
 */
export function preloadCatalogues(): void {
  for (const locale of Object.keys(LOADERS) as Locale[]) loadCatalogue(locale).catch(() => {});
}

/** A message in `locale`, in English while that catalogue has not loaded or lacks the key. */
export function translateIn(
  locale: Locale,
  key: MessageKey,
  params?: Record<string, string | number>,
): string {
  return fill(loaded[locale]?.[key] ?? en[key], params);
}

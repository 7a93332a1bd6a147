import { describe, expect, it } from 'vitest';
import {
  analyzeExperiment,
  renderMessage,
  wordingCatalogues,
  wordingEn,
  type WordingLocale,
} from '../../../src/shared/analytics/experiments';
import { makeExperiment, observationsFor, specsFromChanges } from './fixtures';

const locales: WordingLocale[] = ['en', 'th', 'tr'];

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
}

describe('wording catalogues', () => {
  it('have the same keys and the same placeholders in en, th and tr', () => {
    const keys = Object.keys(wordingEn).sort();
    for (const locale of locales) {
      const catalogue = wordingCatalogues[locale];
      expect(Object.keys(catalogue).sort()).toEqual(keys);
      for (const key of keys) {
        const text = catalogue[key as keyof typeof wordingEn];
        expect(text.trim().length, `${locale} ${key}`).toBeGreaterThan(10);
        expect(placeholders(text), `${locale} ${key}`).toEqual(
          placeholders(wordingEn[key as keyof typeof wordingEn]),
        );
      }
    }
  });

  it('are really translated: Thai script in th, Turkish letters in tr', () => {
    for (const text of Object.values(wordingCatalogues.th)) expect(text).toMatch(/[\u0E00-\u0E7F]/);
    const turkish = Object.values(wordingCatalogues.tr).join(' ');
    expect(turkish).toMatch(/[ığüşöçİ]/);
  });

  it('never call a result "no effect"', () => {
    for (const text of Object.values(wordingEn))
      expect(text.toLowerCase()).not.toMatch(/no effect/);
  });
});

describe('wording of results', () => {
  const cases = {
    improvement: specsFromChanges([3, 2.5, 3.5, 2, 3], [0, 0.5, -0.5, 0.2, -0.2]),
    deterioration: specsFromChanges([-3, -2.5, -3.5, -2, -3], [0, 0.5, -0.5, 0.2, -0.2]),
    inconclusive: specsFromChanges([1, -1, 2, 0.5], [0, 1, -0.5, 0.5]),
    insufficient: specsFromChanges([1, 2, 3], [0, 1, 0, 1]),
  };

  for (const [verdict, specs] of Object.entries(cases)) {
    it(`${verdict}: a headline for that verdict, next steps, and every placeholder filled`, () => {
      const [result] = analyzeExperiment(
        makeExperiment({ kpiUnit: 'hours' }),
        observationsFor(specs),
      );
      expect(result?.verdict).toBe(verdict);
      const wording = result?.wording;
      expect(wording?.headline.key).toBe(`experiments.headline.${verdict}`);
      expect(wording?.nextSteps.length).toBeGreaterThan(0);
      if (verdict === 'inconclusive' || verdict === 'deterioration') {
        const steps = wording?.nextSteps.map((m) => m.key);
        expect(steps).toContain('experiments.next.extendPostWindow');
        expect(steps).toContain('experiments.next.deepenAdoption');
      }
      const messages = [
        wording?.headline,
        ...(wording?.details ?? []),
        ...(wording?.cautions ?? []),
        ...(wording?.nextSteps ?? []),
      ];
      for (const locale of locales) {
        for (const message of messages) {
          if (!message) continue;
          expect(renderMessage(message, locale)).not.toMatch(/[{}]/);
        }
      }
    });
  }

  it('renders numbers and shares for the reader', () => {
    const text = renderMessage(
      {
        key: 'experiments.headline.improvement',
        params: { kpi: 'Tickets', unit: '', effect: 1.58, ciLow: 0.2, ciHigh: 3.37, level: 95 },
      },
      'en',
    );
    expect(text).toBe(
      'Tickets improved in the units using the product. Compared with similar units without it, the change was 1.58 (95% interval 0.2 to 3.37).',
    );
    expect(
      renderMessage({ key: 'experiments.detail.relative', params: { relative: 0.153 } }, 'en'),
    ).toContain('15.3%');
    const probability = (value: number) =>
      renderMessage(
        { key: 'experiments.detail.probability', params: { kpi: 'NPS', probability: value } },
        'en',
      );
    expect(probability(0.9996)).toBe('Probability that the product improved NPS: >99.9%.');
    expect(probability(0.0004)).toBe('Probability that the product improved NPS: <0.1%.');
  });
});

import { describe, expect, it } from 'vitest';
import {
  DEFAULT_HEALTH_MODEL,
  DEFAULT_PLAYBOOK,
  HEALTH_LABELS,
  HEALTH_LABELS_EN,
} from '../../../src/shared/analytics/health';

describe('health labels', () => {
  const enKeys = Object.keys(HEALTH_LABELS_EN).sort();

  it('has the same keys, all filled in, in en, th and tr', () => {
    for (const [locale, catalogue] of Object.entries(HEALTH_LABELS)) {
      expect(Object.keys(catalogue).sort(), locale).toEqual(enKeys);
      for (const [key, text] of Object.entries(catalogue))
        expect(text.trim(), `${locale} ${key}`).not.toBe('');
    }
  });

  it('is really translated: Thai text is in Thai script, Turkish differs from English', () => {
    expect(HEALTH_LABELS.th['health.component.usage_frequency']).toMatch(/[\u0E00-\u0E7F]/);
    expect(HEALTH_LABELS.tr['health.component.usage_frequency']).not.toBe(
      HEALTH_LABELS_EN['health.component.usage_frequency'],
    );
  });

  it('covers every label, band, trigger, action and owner the defaults use', () => {
    const used = [
      ...DEFAULT_HEALTH_MODEL.components.map((c) => c.labelKey),
      ...['red', 'yellow', 'green'].map((band) => `health.band.${band}`),
      ...['none', 'recently_left', 'present'].map((state) => `health.champion.${state}`),
      ...DEFAULT_PLAYBOOK.rules.flatMap((r) => [
        r.actionKey,
        `health.trigger.${r.trigger.type}`,
        `health.owner.${r.owner}`,
      ]),
    ];
    for (const key of used) expect(enKeys, key).toContain(key);
  });

  it('ships a default model with the components the design asks for', () => {
    expect(DEFAULT_HEALTH_MODEL.components.map((c) => c.id).sort()).toEqual(
      [
        'usage_frequency',
        'usage_breadth',
        'license_utilisation',
        'nps',
        'csat',
        'support_open_high',
        'support_escalations',
        'support_resolution',
        'engagement_recency',
        'champion',
        'product_count',
        'early_upsell',
      ].sort(),
    );
    expect(DEFAULT_HEALTH_MODEL.components.reduce((sum, c) => sum + c.weight, 0)).toBe(100);
  });
});

// health:modelUpdate refuses a model that makes no sense with INVALID_INPUT and keeps the
// current version; a sound edit is stored as the next version.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../src/main/ipc/dispatch';
import type { HealthComponent, HealthModel } from '../../../src/shared/analytics/health';
import type { StoredHealthModel } from '../../../src/shared/ipc/contract';
import { openWorkspace } from '../../helpers/health-workspace';
import { testServices } from '../../helpers/services';
import type { TestServices } from '../../helpers/services';

let t: TestServices;
let current: HealthModel;

beforeEach(async () => {
  t = testServices();
  await openWorkspace(t);
  const result = await dispatch('health:modelGet', {}, t.services);
  if (!result.ok) throw new Error(result.error.message);
  current = (result.value as StoredHealthModel).model;
});
afterEach(() => t.cleanup());

const withComponent = (id: string, patch: Partial<HealthComponent>) =>
  current.components.map((c) => (c.id === id ? { ...c, ...patch } : c));

async function versionAfter(model: object) {
  const result = await dispatch('health:modelUpdate', { model }, t.services);
  const stored = await dispatch('health:modelGet', {}, t.services);
  if (!stored.ok) throw new Error(stored.error.message);
  return { result, version: (stored.value as StoredHealthModel).model.version };
}

describe('health:modelUpdate', () => {
  it.each([
    ['a red cut-off above the yellow one', () => ({ redBelow: 80, yellowBelow: 40 }), null],
    ['a cut-off above 100', () => ({ redBelow: 40, yellowBelow: 120 }), null],
    ['every weight zero', null, () => current.components.map((c) => ({ ...c, weight: 0 }))],
    // Two weights this large add up to Infinity, which scored every account 0 (red).
    [
      'a weight above the cap',
      null,
      () => current.components.map((c) => ({ ...c, weight: 1e308 })),
    ],
    [
      'a line whose two bounds are equal',
      null,
      () =>
        withComponent('nps', {
          mapping: { kind: 'linear', from: { value: 7, score: 0 }, to: { value: 7, score: 100 } },
        }),
    ],
    [
      'thresholds whose bounds fall',
      null,
      () =>
        withComponent('usage_breadth', {
          mapping: {
            kind: 'thresholds',
            thresholds: [
              { upTo: 3, score: 0 },
              { upTo: 1, score: 50 },
              { upTo: null, score: 100 },
            ],
          },
        }),
    ],
  ] as const)('refuses %s with INVALID_INPUT', async (_name, bands, components) => {
    const { result, version } = await versionAfter({
      bands: bands ? bands() : current.bands,
      components: components ? components() : current.components,
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('INVALID_INPUT');
    expect(version).toBe(current.version);
  });

  it('stores a sound edit as the next version', async () => {
    const { result, version } = await versionAfter({
      bands: { redBelow: 35, yellowBelow: 35 },
      components: withComponent('nps', { weight: 1000 }),
    });
    expect(result.ok).toBe(true);
    expect(version).toBe(current.version + 1);
  });
});

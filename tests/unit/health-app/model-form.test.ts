// The health model editor's form rules: what it shows for a stored model, how it turns one
// mapping kind into the other, and that it refuses what main refuses, in words the CSM can use.
import { describe, expect, it } from 'vitest';
import {
  MAX_STEPS,
  addStep,
  parseNumber,
  readDraft,
  removeStep,
  switchMapping,
  toDraft,
} from '../../../src/renderer/src/features/settings/model-form';
import type {
  ComponentDraft,
  LinearDraft,
  ModelDraft,
  ThresholdDraft,
} from '../../../src/renderer/src/features/settings/model-form';
import {
  DEFAULT_HEALTH_MODEL,
  HealthModel,
  mapToSubScore,
} from '../../../src/shared/analytics/health';
import type { Mapping } from '../../../src/shared/analytics/health';
import { HealthModelInput } from '../../../src/shared/ipc/contract';

function component(draft: ModelDraft, id: string): ComponentDraft {
  const found = draft.components.find((c) => c.source.id === id);
  if (!found) throw new Error(`no component ${id}`);
  return found;
}

/** The draft with one component's fields replaced. */
function edit(draft: ModelDraft, id: string, patch: Partial<ComponentDraft>): ModelDraft {
  return {
    ...draft,
    components: draft.components.map((c) => (c.source.id === id ? { ...c, ...patch } : c)),
  };
}

function linear(c: ComponentDraft): LinearDraft {
  if (c.mapping.kind !== 'linear') throw new Error('expected a linear mapping');
  return c.mapping;
}

function steps(c: ComponentDraft): ThresholdDraft {
  if (c.mapping.kind !== 'thresholds') throw new Error('expected thresholds');
  return c.mapping;
}

function model(draft: ModelDraft) {
  const read = readDraft(draft);
  if (!read.ok) throw new Error(`unexpected errors: ${JSON.stringify(read.errors)}`);
  return read.model;
}

function errors(draft: ModelDraft) {
  const read = readDraft(draft);
  return read.ok ? [] : read.errors.map(({ field, key }) => ({ field, key }));
}

const mappingOf = (draft: ModelDraft, id: string): Mapping => {
  const found = model(draft).components.find((c) => c.id === id);
  if (!found) throw new Error(`no component ${id}`);
  return found.mapping;
};

const draft = toDraft(DEFAULT_HEALTH_MODEL);

describe('reading numbers typed in', () => {
  it('takes either decimal mark and refuses anything else', () => {
    expect(parseNumber(' 0.5 ')).toBe(0.5);
    expect(parseNumber('0,5')).toBe(0.5);
    expect(parseNumber('-3')).toBe(-3);
    expect(parseNumber('.25')).toBe(0.25);
    for (const text of ['', ' ', '1e3', 'Infinity', '0x10', '1,000.5', '5%', 'abc'])
      expect(parseNumber(text), text).toBeNull();
  });
});

describe('the form of a stored model', () => {
  it('reads back to the same model when nothing was edited', () => {
    expect(model(draft)).toEqual({
      components: DEFAULT_HEALTH_MODEL.components,
      bands: DEFAULT_HEALTH_MODEL.bands,
    });
  });

  it('shows ratios as percentages and other units as they are', () => {
    expect(linear(component(draft, 'usage_frequency'))).toMatchObject({
      lowerValue: '50',
      upperValue: '100',
    });
    expect(steps(component(draft, 'license_utilisation')).steps.map((s) => s.upTo)).toEqual([
      '30',
      '60',
      '80',
    ]);
    expect(steps(component(draft, 'usage_breadth'))).toEqual({
      kind: 'thresholds',
      steps: [
        { upTo: '0', score: '0' },
        { upTo: '1', score: '30' },
        { upTo: '3', score: '60' },
        { upTo: '5', score: '80' },
      ],
      aboveScore: '100',
    });
    expect(draft).toMatchObject({ redBelow: '40', yellowBelow: '70' });
  });

  it('shows a falling line lower value first, and saves the same line', () => {
    const falling: Mapping = {
      kind: 'linear',
      from: { value: 120, score: 0 },
      to: { value: 24, score: 100 },
    };
    const stored = {
      ...DEFAULT_HEALTH_MODEL,
      components: DEFAULT_HEALTH_MODEL.components.map((c) =>
        c.id === 'support_resolution' ? { ...c, mapping: falling } : c,
      ),
    };
    const shown = toDraft(stored);
    expect(linear(component(shown, 'support_resolution'))).toMatchObject({
      lowerValue: '24',
      lowerScore: '100',
      upperValue: '120',
      upperScore: '0',
    });
    const saved = mappingOf(shown, 'support_resolution');
    for (const hours of [0, 24, 30, 72, 119, 120, 500])
      expect(mapToSubScore(saved, hours)).toBeCloseTo(mapToSubScore(falling, hours), 9);
  });
});

describe('editing', () => {
  it('a bound typed in percent is saved as a ratio', () => {
    const edited = edit(draft, 'usage_frequency', {
      mapping: { ...linear(component(draft, 'usage_frequency')), lowerValue: '60' },
    });
    expect(mappingOf(edited, 'usage_frequency')).toEqual({
      kind: 'linear',
      from: { value: 0.6, score: 0 },
      to: { value: 1, score: 100 },
    });
  });

  it('weights and cut-offs are saved as typed, with a comma as decimal mark', () => {
    const edited = { ...edit(draft, 'nps', { weight: '12,5' }), redBelow: '35', yellowBelow: '65' };
    const saved = model(edited);
    expect(saved.components.find((c) => c.id === 'nps')?.weight).toBe(12.5);
    expect(saved.bands).toEqual({ redBelow: 35, yellowBelow: 65 });
  });

  it('adds a step that changes no score yet, and removes one', () => {
    const before = steps(component(draft, 'usage_breadth'));
    const added = addStep(before);
    expect(added.steps.at(-1)).toEqual({ upTo: '6', score: '100' });
    const withStep = edit(draft, 'usage_breadth', { mapping: added });
    for (const value of [0, 1, 2, 5, 6, 7, 40])
      expect(mapToSubScore(mappingOf(withStep, 'usage_breadth'), value)).toBe(
        mapToSubScore(mappingOf(draft, 'usage_breadth'), value),
      );
    const removed = removeStep(added, 1);
    expect(removed.steps.map((s) => s.upTo)).toEqual(['0', '3', '5', '6']);
  });

  it('a first step starts at 0, and no more than the limit can be added', () => {
    expect(addStep({ kind: 'thresholds', steps: [], aboveScore: '70' }).steps).toEqual([
      { upTo: '0', score: '70' },
    ]);
    let many: ThresholdDraft = { kind: 'thresholds', steps: [], aboveScore: '50' };
    for (let i = 0; i < MAX_STEPS + 5; i++) many = addStep(many);
    expect(many.steps).toHaveLength(MAX_STEPS);
  });
});

describe('switching between a line and thresholds', () => {
  it('a line becomes steps at its lower end and midpoint', () => {
    const switched = switchMapping(linear(component(draft, 'usage_frequency')), 'thresholds');
    expect(switched).toEqual({
      kind: 'thresholds',
      steps: [
        { upTo: '50', score: '0' },
        { upTo: '75', score: '50' },
      ],
      aboveScore: '100',
    });
    const saved = mappingOf(
      edit(draft, 'usage_frequency', { mapping: switched }),
      'usage_frequency',
    );
    expect([0.4, 0.5, 0.6, 0.75, 0.9, 2].map((v) => mapToSubScore(saved, v))).toEqual([
      0, 0, 50, 50, 100, 100,
    ]);
  });

  it('steps become the line from the first bound to the last', () => {
    expect(switchMapping(steps(component(draft, 'usage_breadth')), 'linear')).toEqual({
      kind: 'linear',
      lowerValue: '0',
      lowerScore: '0',
      upperValue: '5',
      upperScore: '100',
    });
    expect(
      switchMapping(
        { kind: 'thresholds', steps: [{ upTo: '2', score: '40' }], aboveScore: '90' },
        'linear',
      ),
    ).toMatchObject({ lowerValue: '2', upperValue: '3', upperScore: '90' });
    expect(switchMapping({ kind: 'thresholds', steps: [], aboveScore: '80' }, 'linear')).toEqual({
      kind: 'linear',
      lowerValue: '0',
      lowerScore: '80',
      upperValue: '1',
      upperScore: '80',
    });
  });

  it('carries text it cannot read as typed, for the CSM to fix', () => {
    const halfTyped: LinearDraft = {
      kind: 'linear',
      lowerValue: '5,',
      lowerScore: '0',
      upperValue: '',
      upperScore: '100',
    };
    expect(switchMapping(halfTyped, 'thresholds')).toEqual({
      kind: 'thresholds',
      steps: [{ upTo: '5,', score: '0' }],
      aboveScore: '100',
    });
  });
});

describe('what the form refuses', () => {
  it('a lower bound at or above the upper bound', () => {
    const base = linear(component(draft, 'nps'));
    for (const lowerValue of ['9', '10'])
      expect(errors(edit(draft, 'nps', { mapping: { ...base, lowerValue } }))).toEqual([
        { field: 'nps.lowerValue', key: 'settings.health.error.bounds' },
        { field: 'nps.upperValue', key: 'settings.health.error.bounds' },
      ]);
  });

  it('steps whose bounds do not rise, and scores outside 0-100', () => {
    const base = steps(component(draft, 'usage_breadth'));
    const bad: ThresholdDraft = {
      ...base,
      steps: [
        { upTo: '0', score: '0' },
        { upTo: '3', score: '30' },
        { upTo: '3', score: '120' },
      ],
      aboveScore: '-1',
    };
    expect(errors(edit(draft, 'usage_breadth', { mapping: bad }))).toEqual([
      { field: 'usage_breadth.steps.2.score', key: 'settings.health.error.score' },
      { field: 'usage_breadth.steps.2.upTo', key: 'settings.health.error.steps' },
      { field: 'usage_breadth.aboveScore', key: 'settings.health.error.score' },
    ]);
  });

  it('empty or half-typed numbers', () => {
    const edited = edit(draft, 'csat', {
      weight: '',
      mapping: { ...linear(component(draft, 'csat')), upperScore: 'abc' },
    });
    expect(errors(edited)).toEqual([
      { field: 'csat.weight', key: 'settings.health.error.number' },
      { field: 'csat.upperScore', key: 'settings.health.error.number' },
    ]);
  });

  it('all weights zero, or a weight above the cap', () => {
    const zero = { ...draft, components: draft.components.map((c) => ({ ...c, weight: '0' })) };
    expect(errors(zero)).toEqual([
      { field: 'components', key: 'settings.health.error.weightsZero' },
    ]);
    const read = readDraft(edit(draft, 'nps', { weight: '1001' }));
    expect(read.ok ? [] : read.errors).toEqual([
      { field: 'nps.weight', key: 'settings.health.error.weight', params: { max: 1000 } },
    ]);
    expect(errors(edit(draft, 'nps', { weight: '-1' }))).toHaveLength(1);
  });

  it('cut-offs out of order or outside 0-100', () => {
    expect(errors({ ...draft, redBelow: '80', yellowBelow: '40' })).toEqual([
      { field: 'bands.redBelow', key: 'settings.health.error.cutoffOrder' },
      { field: 'bands.yellowBelow', key: 'settings.health.error.cutoffOrder' },
    ]);
    expect(errors({ ...draft, redBelow: '-5', yellowBelow: '101' })).toEqual([
      { field: 'bands.redBelow', key: 'settings.health.error.cutoff' },
      { field: 'bands.yellowBelow', key: 'settings.health.error.cutoff' },
    ]);
    // Equal cut-offs leave no yellow band: a two-band model main accepts too.
    expect(errors({ ...draft, redBelow: '50', yellowBelow: '50' })).toEqual([]);
  });
});

describe('the form and main agree', () => {
  it('what the form saves, main accepts', () => {
    const edited = {
      ...edit(draft, 'usage_frequency', {
        weight: '1000',
        mapping: switchMapping(linear(component(draft, 'usage_frequency')), 'thresholds'),
      }),
      redBelow: '0',
      yellowBelow: '100',
    };
    const saved = model(edited);
    expect(HealthModelInput.safeParse(saved).success).toBe(true);
    expect(HealthModel.safeParse({ ...saved, version: 2 }).success).toBe(true);
  });

  it('what the form refuses for order or weights, main refuses too', () => {
    const good = model(draft);
    const refusedByMain = [
      { ...good, bands: { redBelow: 80, yellowBelow: 40 } },
      { ...good, components: good.components.map((c) => ({ ...c, weight: 0 })) },
      {
        ...good,
        components: good.components.map((c) => (c.id === 'nps' ? { ...c, weight: 1001 } : c)),
      },
      {
        ...good,
        components: good.components.map((c) =>
          c.id === 'nps'
            ? {
                ...c,
                mapping: {
                  kind: 'thresholds' as const,
                  thresholds: [
                    { upTo: 5, score: 0 },
                    { upTo: 5, score: 50 },
                    { upTo: null, score: 100 },
                  ],
                },
              }
            : c,
        ),
      },
    ];
    for (const candidate of refusedByMain) {
      const accepted =
        HealthModelInput.safeParse(candidate).success &&
        HealthModel.safeParse({ ...candidate, version: 2 }).success;
      expect(accepted).toBe(false);
    }
  });
});

// The health model editor's form state and rules, kept apart from React so they can be tested.
// Fields hold the text the CSM typed (a half-typed "0," is not a number yet); ratios are shown
// as percentages. `readDraft` checks everything main checks, in words the CSM can act on, and
// builds the model to send.
import { MEASURE_UNITS } from '../../../../shared/analytics/health';
import type {
  HealthBands,
  HealthComponent,
  HealthModel,
  Mapping,
  MeasureUnit,
} from '../../../../shared/analytics/health';
import type { MessageKey } from '../../../../shared/i18n';
import { MAX_COMPONENT_WEIGHT } from '../../../../shared/ipc/contract';

export type MappingKind = Mapping['kind'];

export interface LinearDraft {
  kind: 'linear';
  lowerValue: string;
  lowerScore: string;
  upperValue: string;
  upperScore: string;
}

export interface StepDraft {
  upTo: string;
  score: string;
}

export interface ThresholdDraft {
  kind: 'thresholds';
  /** The bounded steps, lowest first; values above the last one get `aboveScore`. */
  steps: StepDraft[];
  aboveScore: string;
}

export interface ComponentDraft {
  /** The stored component, for what the form does not edit (measure, label, parameters). */
  source: HealthComponent;
  weight: string;
  mapping: LinearDraft | ThresholdDraft;
}

export interface ModelDraft {
  components: ComponentDraft[];
  redBelow: string;
  yellowBelow: string;
}

export interface FormError {
  /** Which input it is about: `bands.redBelow`, `<component id>.weight`, `<id>.steps.2.upTo`... */
  field: string;
  key: MessageKey;
  params?: Record<string, number>;
}

export type ModelInput = { components: HealthComponent[]; bands: HealthBands };

export const MAX_STEPS = 20;

/** Shown values are the measure's values times this: ratios as percentages. */
export function displayScale(unit: MeasureUnit): number {
  return unit === 'ratio' ? 100 : 1;
}

const unitOf = (component: HealthComponent) => MEASURE_UNITS[component.measure];

/** How the form shows a number, without float noise: 0.55 x 100 shows 55, not 55.00000000000001. */
export function numberText(value: number): string {
  return String(Number(value.toPrecision(12)));
}

/** The number typed, with either decimal mark; null for anything else, including an empty box. */
export function parseNumber(text: string): number | null {
  const trimmed = text.trim();
  if (!/^[-+]?(\d+([.,]\d*)?|[.,]\d+)$/.test(trimmed)) return null;
  return Number(trimmed.replace(',', '.'));
}

function mappingDraft(mapping: Mapping, scale: number): LinearDraft | ThresholdDraft {
  const shown = (value: number) => numberText(value * scale);
  if (mapping.kind === 'linear') {
    // A line through two points is the same line either way round: show the lower value first.
    const [lower, upper] =
      mapping.from.value <= mapping.to.value
        ? [mapping.from, mapping.to]
        : [mapping.to, mapping.from];
    return {
      kind: 'linear',
      lowerValue: shown(lower.value),
      lowerScore: numberText(lower.score),
      upperValue: shown(upper.value),
      upperScore: numberText(upper.score),
    };
  }
  const bounded = mapping.thresholds.filter((step) => step.upTo !== null);
  return {
    kind: 'thresholds',
    steps: bounded.map((step) => ({ upTo: shown(step.upTo ?? 0), score: numberText(step.score) })),
    aboveScore: numberText(mapping.thresholds.at(-1)?.score ?? 0),
  };
}

export function toDraft(model: HealthModel): ModelDraft {
  return {
    redBelow: numberText(model.bands.redBelow),
    yellowBelow: numberText(model.bands.yellowBelow),
    components: model.components.map((component) => ({
      source: component,
      weight: numberText(component.weight),
      mapping: mappingDraft(component.mapping, displayScale(unitOf(component))),
    })),
  };
}

/**
 * The other kind of mapping, as close to the current one as a starting point allows: a line
 * becomes steps at its lower end and midpoint; steps become the line from the first bound to the
 * last one (or one unit further when there is only one). What cannot be read is carried as typed.
 */
export function switchMapping(
  mapping: LinearDraft | ThresholdDraft,
  kind: MappingKind,
): LinearDraft | ThresholdDraft {
  if (mapping.kind === kind) return mapping;
  if (mapping.kind === 'linear') {
    const [lv, ls, uv, us] = [
      mapping.lowerValue,
      mapping.lowerScore,
      mapping.upperValue,
      mapping.upperScore,
    ].map(parseNumber);
    const steps: StepDraft[] = [{ upTo: mapping.lowerValue, score: mapping.lowerScore }];
    if (lv != null && ls != null && uv != null && us != null && lv < uv)
      steps.push({ upTo: numberText((lv + uv) / 2), score: numberText((ls + us) / 2) });
    return { kind: 'thresholds', steps, aboveScore: mapping.upperScore };
  }
  const first = mapping.steps[0];
  const last = mapping.steps.at(-1);
  if (!first || !last) {
    return {
      kind: 'linear',
      lowerValue: '0',
      lowerScore: mapping.aboveScore,
      upperValue: '1',
      upperScore: mapping.aboveScore,
    };
  }
  const firstBound = parseNumber(first.upTo);
  const upperValue =
    mapping.steps.length > 1 || firstBound === null ? last.upTo : numberText(firstBound + 1);
  return {
    kind: 'linear',
    lowerValue: first.upTo,
    lowerScore: first.score,
    upperValue,
    upperScore: mapping.aboveScore,
  };
}

/** A new step above the last one with the score values there already get, so nothing moves yet. */
export function addStep(mapping: ThresholdDraft): ThresholdDraft {
  if (mapping.steps.length >= MAX_STEPS) return mapping;
  const last = mapping.steps.at(-1);
  const lastBound = last ? parseNumber(last.upTo) : null;
  const upTo = !last ? '0' : lastBound === null ? '' : numberText(lastBound + 1);
  return { ...mapping, steps: [...mapping.steps, { upTo, score: mapping.aboveScore }] };
}

export function removeStep(mapping: ThresholdDraft, index: number): ThresholdDraft {
  return { ...mapping, steps: mapping.steps.filter((_, i) => i !== index) };
}

interface Reader {
  errors: FormError[];
  number(field: string, text: string, range?: Range): number;
}

interface Range {
  min: number;
  max: number;
  key: MessageKey;
}

function reader(): Reader {
  const errors: FormError[] = [];
  return {
    errors,
    number(field, text, range) {
      const value = parseNumber(text);
      if (value === null) errors.push({ field, key: 'settings.health.error.number' });
      else if (range && (value < range.min || value > range.max))
        errors.push({ field, key: range.key, params: { max: range.max } });
      return value ?? NaN;
    },
  };
}

const SCORE: Range = { min: 0, max: 100, key: 'settings.health.error.score' };
const CUTOFF: Range = { min: 0, max: 100, key: 'settings.health.error.cutoff' };
const WEIGHT: Range = { min: 0, max: MAX_COMPONENT_WEIGHT, key: 'settings.health.error.weight' };

function readMapping(read: Reader, component: ComponentDraft): Mapping {
  const id = component.source.id;
  const scale = displayScale(unitOf(component.source));
  const draft = component.mapping;
  if (draft.kind === 'linear') {
    const lower = read.number(`${id}.lowerValue`, draft.lowerValue);
    const upper = read.number(`${id}.upperValue`, draft.upperValue);
    const lowerScore = read.number(`${id}.lowerScore`, draft.lowerScore, SCORE);
    const upperScore = read.number(`${id}.upperScore`, draft.upperScore, SCORE);
    // Both boxes are marked: either may be the one to fix.
    if (lower >= upper)
      for (const end of ['lowerValue', 'upperValue'])
        read.errors.push({ field: `${id}.${end}`, key: 'settings.health.error.bounds' });
    return {
      kind: 'linear',
      from: { value: lower / scale, score: lowerScore },
      to: { value: upper / scale, score: upperScore },
    };
  }
  let previous = -Infinity;
  const thresholds = draft.steps.map((step, i) => {
    const upTo = read.number(`${id}.steps.${i}.upTo`, step.upTo);
    const score = read.number(`${id}.steps.${i}.score`, step.score, SCORE);
    if (upTo <= previous)
      read.errors.push({ field: `${id}.steps.${i}.upTo`, key: 'settings.health.error.steps' });
    if (!Number.isNaN(upTo)) previous = upTo;
    return { upTo: upTo / scale, score };
  });
  const above = read.number(`${id}.aboveScore`, draft.aboveScore, SCORE);
  return { kind: 'thresholds', thresholds: [...thresholds, { upTo: null, score: above }] };
}

/** The model to save, or every reason it cannot be saved yet. */
export function readDraft(
  draft: ModelDraft,
): { ok: true; model: ModelInput } | { ok: false; errors: FormError[] } {
  const read = reader();
  const components = draft.components.map((component): HealthComponent => {
    const weight = read.number(`${component.source.id}.weight`, component.weight, WEIGHT);
    return { ...component.source, weight, mapping: readMapping(read, component) };
  });
  if (components.every((component) => component.weight === 0))
    read.errors.push({ field: 'components', key: 'settings.health.error.weightsZero' });
  const redBelow = read.number('bands.redBelow', draft.redBelow, CUTOFF);
  const yellowBelow = read.number('bands.yellowBelow', draft.yellowBelow, CUTOFF);
  if (redBelow > yellowBelow)
    for (const field of ['bands.redBelow', 'bands.yellowBelow'])
      read.errors.push({ field, key: 'settings.health.error.cutoffOrder' });
  if (read.errors.length > 0) return { ok: false, errors: read.errors };
  return { ok: true, model: { components, bands: { redBelow, yellowBelow } } };
}

// Builders for experiments and observations in tests: each unit gets values whose window means
// are known exactly, so expected results can be derived by hand.
import { expect } from 'vitest';
import type {
  Experiment,
  ExperimentGroup,
  ExperimentObservation,
} from '../../../src/shared/domain/entities';

export function makeExperiment(overrides: Partial<Experiment> = {}): Experiment {
  return {
    id: 'exp-1',
    accountId: 'acc-1',
    name: 'Test experiment',
    hypothesis: null,
    primaryKpi: 'kpi',
    secondaryKpis: [],
    kpiUnit: null,
    direction: 'higher_is_better',
    rolloutDate: '2024-03-01',
    preStart: '2024-01-01',
    preEnd: '2024-02-29',
    postStart: '2024-03-01',
    postEnd: '2024-04-30',
    alpha: 0.05,
    ...overrides,
  };
}

export interface UnitSpec {
  unitId: string;
  group: ExperimentGroup;
  /** The unit's pre-window mean. */
  pre: number;
  /** Post mean - pre mean. */
  change: number;
}

/**
 * Two observations per window, symmetric around the wanted mean (so the mean is exact), in
 * January/February and March/April 2024 (the default windows).
 */
export function observationsFor(
  specs: readonly UnitSpec[],
  kpi = 'kpi',
  experimentId = 'exp-1',
): ExperimentObservation[] {
  const rows: ExperimentObservation[] = [];
  for (const spec of specs) {
    const post = spec.pre + spec.change;
    const points: Array<[string, number]> = [
      ['2024-01-15', spec.pre - 1],
      ['2024-02-15', spec.pre + 1],
      ['2024-03-15', post - 1],
      ['2024-04-15', post + 1],
    ];
    for (const [date, value] of points) {
      rows.push({ experimentId, unitId: spec.unitId, group: spec.group, date, kpi, value });
    }
  }
  return rows;
}

export function specsFromChanges(
  targetChanges: readonly number[],
  controlChanges: readonly number[],
  preLevel = (index: number) => 50 + index,
): UnitSpec[] {
  return [
    ...targetChanges.map((change, i) => ({
      unitId: `t${i}`,
      group: 'target' as const,
      pre: preLevel(i),
      change,
    })),
    ...controlChanges.map((change, i) => ({
      unitId: `c${i}`,
      group: 'control' as const,
      pre: preLevel(i),
      change,
    })),
  ];
}

export const SLEEP_GROUP_1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
export const SLEEP_GROUP_2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];

/**
 * Checks a number against a published value to the printed precision: within half a unit of
 * the last printed digit ("17.776" allows 0.0005). Thousands separators are ignored.
 */
export function expectPrinted(actual: number | null | undefined, printed: string): void {
  const plain = printed.replace(/,/g, '');
  const decimals = plain.includes('.') ? (plain.split('.')[1]?.length ?? 0) : 0;
  expect(typeof actual).toBe('number');
  const distance = Math.abs(Number(actual) - Number(plain));
  expect(distance, `${actual} vs printed ${printed}`).toBeLessThanOrEqual(
    0.5 * 10 ** -decimals * (1 + 1e-9),
  );
}

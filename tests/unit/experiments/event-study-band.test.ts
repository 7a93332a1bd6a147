// The event study's interval band must run from its lower to its upper bound whatever their
// signs: ECharts stacks only same-sign values by default, which started a band with a negative
// lower bound at 0 and left the effect line outside its own interval.
import * as echarts from 'echarts';
import { describe, expect, it } from 'vitest';
import { eventStudyOption } from '../../../src/renderer/src/features/experiments/chart-options';
import type { ChartLabels } from '../../../src/renderer/src/features/experiments/chart-options';
import type { EventStudyPoint, KpiResult } from '../../../src/shared/analytics/experiments';

const LABELS: ChartLabels = {
  target: 'Target',
  control: 'Control',
  counterfactual: 'Counterfactual',
  rollout: 'Rollout',
  effect: 'Effect',
  interval: '95% interval',
  mean: 'Mean',
  date: (iso) => iso,
  number: (value) => String(value),
};

function point(period: number, effect: number, ciLow: number, ciHigh: number): EventStudyPoint {
  const start = `2026-0${period + 5}-01`;
  return { period, start, end: start, effect, ciLow, ciHigh, nTarget: 5, nControl: 5 };
}

// Lower bounds below zero (both signs across the interval, and wholly negative), and above it.
const POINTS = [point(-1, -0.5, -3, 2), point(0, -4, -6, -2), point(1, 3, 1, 5)];

/** The band series as ECharts lays it out: each point's base (stacked over) and top. */
function renderedBand(): { base: number; top: number }[] {
  const result = { diagnostics: { eventStudy: POINTS } } as unknown as KpiResult;
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 600, height: 300 });
  try {
    chart.setOption(eventStudyOption(result, LABELS));
    const model = (
      chart as unknown as {
        getModel(): { getSeriesByIndex(i: number): { getData(): echarts.List } };
      }
    ).getModel();
    const data = model.getSeriesByIndex(1).getData() as unknown as {
      count(): number;
      get(dim: string, i: number): number;
      getCalculationInfo(key: string): string;
    };
    const top = data.getCalculationInfo('stackResultDimension');
    const base = data.getCalculationInfo('stackedOverDimension');
    return Array.from({ length: data.count() }, (_, i) => ({
      base: data.get(base, i),
      top: data.get(top, i),
    }));
  } finally {
    chart.dispose();
  }
}

describe('event study interval band', () => {
  it('is drawn from the lower to the upper bound, also when the lower bound is negative', () => {
    const band = renderedBand();
    expect(band).toHaveLength(POINTS.length);
    POINTS.forEach((p, i) => {
      expect(band[i]?.base).toBeCloseTo(p.ciLow as number, 12);
      expect(band[i]?.top).toBeCloseTo(p.ciHigh as number, 12);
      expect(p.effect as number).toBeGreaterThanOrEqual(band[i]?.base as number);
      expect(p.effect as number).toBeLessThanOrEqual(band[i]?.top as number);
    });
  });
});

// Three value experiments (control versus target teams, 12 weeks before and after a rollout) whose
// stories a demo can rely on: a clear win, an inconclusive result, and a KPI that got worse.
// Each team has its own baseline; weekly values carry a shock common to all teams (which the
// control group nets out) and AR(1) noise of their own (weeks are not independent).
import type {
  Direction,
  Experiment,
  ExperimentGroup,
  ExperimentObservation,
  IsoDate,
} from '../../shared/domain/entities';
import { addDays, addWeeks } from '../../shared/domain/dates';
import type { AccountProfile, BookWindow } from './profiles';
import type { Rng } from './random';

export const WINDOW_WEEKS = 12;

/**
 * The effect built into the data, as a difference in differences (target change minus control
 * change). 'hidden' is a small effect sized against the noise actually drawn, so that the
 * inconclusive story holds for every seed rather than only for lucky ones.
 */
type DesignedEffect = { kind: 'fixed'; value: number } | { kind: 'hidden'; standardErrors: number };

interface KpiDesign {
  readonly name: string;
  readonly baseline: readonly [number, number];
  /** Stationary standard deviation of a team's weekly AR(1) noise. */
  readonly noiseSd: number;
  readonly autocorrelation: number;
  /** Weekly shock shared by all teams. */
  readonly commonSd: number;
  readonly effect: DesignedEffect;
  readonly decimals: number;
}

interface ExperimentDesign {
  readonly name: string;
  readonly hypothesis: string;
  readonly direction: Direction;
  readonly kpiUnit: string;
  readonly unitLabel: string;
  readonly unitsPerGroup: number;
  /** Weeks from the rollout to the last full week of data. */
  readonly rolloutWeeksAgo: number;
  readonly primary: KpiDesign;
  readonly secondary: readonly KpiDesign[];
}

export const EXPERIMENT_DESIGNS: readonly ExperimentDesign[] = [
  {
    name: 'Smart triage for support teams',
    hypothesis: 'Teams using smart triage handle a ticket faster than teams that do not.',
    direction: 'lower_is_better',
    kpiUnit: 'minutes',
    unitLabel: 'Support team',
    unitsPerGroup: 10,
    rolloutWeeksAgo: 30,
    primary: {
      name: 'Ticket handling time',
      baseline: [38, 52],
      noiseSd: 3,
      autocorrelation: 0.5,
      commonSd: 1.5,
      effect: { kind: 'fixed', value: -6.5 },
      decimals: 1,
    },
    secondary: [
      {
        name: 'Escalation rate',
        baseline: [6, 11],
        noiseSd: 1,
        autocorrelation: 0.4,
        commonSd: 0.4,
        effect: { kind: 'fixed', value: -0.8 },
        decimals: 2,
      },
    ],
  },
  {
    name: 'Guided report builder',
    hypothesis: 'Analysts with the guided builder create more reports each week.',
    direction: 'higher_is_better',
    kpiUnit: 'reports per analyst per week',
    unitLabel: 'Analytics team',
    unitsPerGroup: 9,
    rolloutWeeksAgo: 20,
    primary: {
      name: 'Reports created per analyst',
      baseline: [9, 15],
      noiseSd: 2.2,
      autocorrelation: 0.4,
      commonSd: 0.8,
      effect: { kind: 'hidden', standardErrors: 0.35 },
      decimals: 1,
    },
    secondary: [],
  },
  {
    name: 'Auto-close of stale tickets',
    hypothesis:
      'Closing stale tickets automatically lets agents resolve more without hurting CSAT.',
    direction: 'higher_is_better',
    kpiUnit: 'CSAT score (1-5)',
    unitLabel: 'Service desk',
    unitsPerGroup: 8,
    rolloutWeeksAgo: 14,
    primary: {
      name: 'CSAT',
      baseline: [4.0, 4.45],
      noiseSd: 0.12,
      autocorrelation: 0.3,
      commonSd: 0.04,
      effect: { kind: 'fixed', value: -0.28 },
      decimals: 2,
    },
    secondary: [
      {
        name: 'Tickets resolved per agent',
        baseline: [18, 26],
        noiseSd: 1.8,
        autocorrelation: 0.4,
        commonSd: 0.6,
        effect: { kind: 'fixed', value: 3 },
        decimals: 1,
      },
    ],
  },
];

interface Unit {
  readonly id: string;
  readonly group: ExperimentGroup;
}

interface Series {
  readonly unit: Unit;
  /** First WINDOW_WEEKS values are before the rollout, the rest after. */
  readonly values: number[];
}

const mean = (values: readonly number[]): number =>
  values.reduce((sum, value) => sum + value, 0) / values.length;

const sampleVariance = (values: readonly number[]): number => {
  const centre = mean(values);
  return values.reduce((sum, value) => sum + (value - centre) ** 2, 0) / (values.length - 1);
};

const changeOf = (series: Series): number =>
  mean(series.values.slice(WINDOW_WEEKS)) - mean(series.values.slice(0, WINDOW_WEEKS));

function drawSeries(rng: Rng, kpi: KpiDesign, units: readonly Unit[]): Series[] {
  const weeks = 2 * WINDOW_WEEKS;
  const common = Array.from({ length: weeks }, () => rng.normal(0, kpi.commonSd));
  const innovationSd = kpi.noiseSd * Math.sqrt(1 - kpi.autocorrelation ** 2);
  return units.map((unit) => {
    const baseline = rng.float(kpi.baseline[0], kpi.baseline[1]);
    let noise = rng.normal(0, kpi.noiseSd);
    const values = common.map((shock, week) => {
      if (week > 0) noise = kpi.autocorrelation * noise + rng.normal(0, innovationSd);
      return baseline + shock + noise;
    });
    return { unit, values };
  });
}

/**
 * Shifts the target teams' post-rollout values so that the realised difference in differences is
 * exactly the designed effect: the demo story must not depend on the luck of the draw.
 */
function plantEffect(series: readonly Series[], effect: DesignedEffect): void {
  const changes = (group: ExperimentGroup): number[] =>
    series.filter((s) => s.unit.group === group).map(changeOf);
  const target = changes('target');
  const control = changes('control');
  const realised = mean(target) - mean(control);
  const standardError = Math.sqrt(
    sampleVariance(target) / target.length + sampleVariance(control) / control.length,
  );
  const wanted = effect.kind === 'fixed' ? effect.value : effect.standardErrors * standardError;
  for (const { unit, values } of series) {
    if (unit.group !== 'target') continue;
    for (let week = WINDOW_WEEKS; week < values.length; week += 1) {
      values[week] = (values[week] as number) + wanted - realised;
    }
  }
}

function unitsFor(rng: Rng, design: ExperimentDesign): Unit[] {
  const count = design.unitsPerGroup * 2;
  const numbers = rng.shuffle(Array.from({ length: count }, (_, index) => index + 1));
  return numbers
    .map((number, index) => ({
      id: `${design.unitLabel} ${String(number).padStart(2, '0')}`,
      group: (index < design.unitsPerGroup ? 'target' : 'control') as ExperimentGroup,
    }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

export interface ExperimentData {
  experiments: Experiment[];
  observations: ExperimentObservation[];
}

/** The biggest healthy customers run the experiments: they have teams enough to compare. */
function hostAccounts(profiles: readonly AccountProfile[]): AccountProfile[] {
  return profiles
    .filter((profile) => profile.fate === 'healthy' || profile.fate === 'steady')
    .sort((a, b) => b.initialSeats - a.initialSeats || (a.id < b.id ? -1 : 1));
}

export function generateExperiments(
  rng: Rng,
  profiles: readonly AccountProfile[],
  window: BookWindow,
): ExperimentData {
  const hosts = hostAccounts(profiles);
  const experiments: Experiment[] = [];
  const observations: ExperimentObservation[] = [];

  EXPERIMENT_DESIGNS.forEach((design, index) => {
    const host = hosts[index % hosts.length];
    if (!host) throw new Error('the sample book has no healthy account to host an experiment');
    const id = `EXP-${String(index + 1).padStart(3, '0')}`;
    const rolloutDate: IsoDate = addWeeks(window.lastWeek, -design.rolloutWeeksAgo);
    const preStart = addWeeks(rolloutDate, -WINDOW_WEEKS);
    experiments.push({
      id,
      accountId: host.id,
      name: design.name,
      hypothesis: design.hypothesis,
      primaryKpi: design.primary.name,
      secondaryKpis: design.secondary.map((kpi) => kpi.name),
      kpiUnit: design.kpiUnit,
      direction: design.direction,
      rolloutDate,
      preStart,
      preEnd: addDays(rolloutDate, -1),
      postStart: rolloutDate,
      postEnd: addDays(addWeeks(rolloutDate, WINDOW_WEEKS), -1),
      alpha: 0.05,
    });
    const units = unitsFor(rng, design);
    for (const kpi of [design.primary, ...design.secondary]) {
      const series = drawSeries(rng, kpi, units);
      plantEffect(series, kpi.effect);
      for (const { unit, values } of series) {
        values.forEach((value, week) => {
          observations.push({
            experimentId: id,
            unitId: unit.id,
            group: unit.group,
            date: addWeeks(preStart, week),
            kpi: kpi.name,
            value: round(value, kpi.decimals),
          });
        });
      }
    }
  });
  return { experiments, observations };
}

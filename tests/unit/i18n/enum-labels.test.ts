// Every enum value the app shows a person has a label in en, th and tr (#18 point 5): walked from
// the zod enums and value lists the domain defines, so a value added there without its words fails
// here. A label must differ from the raw key, except for names that read the same in any language.
import { describe, expect, it } from 'vitest';
import { BENCHMARK_MEASURES } from '../../../src/shared/analytics/benchmarks';
import {
  GOAL_MEASURE_KINDS,
  GoalDirection,
  MANUAL_STATUSES,
} from '../../../src/shared/analytics/goals/types';
import type { GoalStatus } from '../../../src/shared/analytics/goals/types';
import { BAND_IDS, Trigger } from '../../../src/shared/analytics/health';
import { DEFAULT_CHURN_REASON_OWNERS } from '../../../src/shared/analytics/portfolio/churnReasons';
import type { MitigationTeam } from '../../../src/shared/analytics/portfolio/churnReasons';
import type { Verdict } from '../../../src/shared/analytics/experiments/types';
import { COVERAGE_KINDS } from '../../../src/shared/domain/freshness';
import {
  ChurnReasonCode,
  Direction,
  ExperimentGroup,
  SurveyKind,
  Ticket,
} from '../../../src/shared/domain/entities';
import { DataKind } from '../../../src/shared/domain/kinds';
import { CATALOGUES } from '../../../src/shared/i18n';
import { TIMELINE_KINDS } from '../../../src/shared/ipc/contract';
import type { AttentionKind, TaskStatus } from '../../../src/shared/ipc/contract';
import {
  GOAL_STATUSES,
  QBR_SECTION_KINDS,
  SEVERITIES,
  type Verdict as PackVerdict,
} from '../../../src/shared/qbr/document';

/** Values a TypeScript union holds, listed so that a value added to the union is a type error. */
const valuesOf = <T extends string>(all: Record<T, true>): T[] => Object.keys(all) as T[];

const TICKET_PRIORITIES = Ticket.shape.priority.unwrap().options;
const TRIGGER_TYPES = Trigger.options.map((o) => o.shape.type.value);
const TEAMS = valuesOf<MitigationTeam>({
  marketing: true,
  sales: true,
  onboarding: true,
  product: true,
  support: true,
  relationship_management: true,
});
const GOAL_STATUS_ALL = valuesOf<GoalStatus>({
  on_track: true,
  at_risk: true,
  off_track: true,
  done: true,
  no_data: true,
  closed: true,
});
const VERDICTS = valuesOf<Verdict>({
  improvement: true,
  deterioration: true,
  inconclusive: true,
  insufficient: true,
});
const PACK_VERDICTS = valuesOf<PackVerdict>({
  improvement: true,
  deterioration: true,
  inconclusive: true,
  insufficient_data: true,
});
// An open task shows its actions (Done, Dismiss) rather than a status word.
const TASK_STATUSES = valuesOf<Exclude<TaskStatus, 'open'>>({ done: true, dismissed: true });
const ATTENTION_KINDS = valuesOf<AttentionKind>({
  red_renewal: true,
  new_trigger: true,
  champion_left: true,
  goal_at_risk: true,
});

/** The enum, its values and the catalogue key each value is shown with. */
const ENUMS: { name: string; values: readonly string[]; key: (value: string) => string }[] = [
  { name: 'survey kind', values: SurveyKind.options, key: (v) => `survey.kind.${v}` },
  { name: 'ticket priority', values: TICKET_PRIORITIES, key: (v) => `ticket.priority.${v}` },
  { name: 'pack ticket priority', values: TICKET_PRIORITIES, key: (v) => `qbr.priority.${v}` },
  { name: 'churn reason', values: ChurnReasonCode.options, key: (v) => `portfolio.reason.${v}` },
  { name: 'mitigation team', values: TEAMS, key: (v) => `portfolio.team.${v}` },
  {
    name: 'default teams',
    values: [...new Set(Object.values(DEFAULT_CHURN_REASON_OWNERS).flat())],
    key: (v) => `portfolio.team.${v}`,
  },
  { name: 'KPI direction', values: Direction.options, key: (v) => `experiment.direction.${v}` },
  {
    name: 'experiment group',
    values: ExperimentGroup.options,
    key: (v) => `experiment.group.${v}`,
  },
  { name: 'experiment verdict', values: VERDICTS, key: (v) => `experiment.verdict.${v}` },
  { name: 'pack verdict', values: PACK_VERDICTS, key: (v) => `qbr.verdict.${v}` },
  { name: 'goal direction', values: GoalDirection.options, key: (v) => `goals.direction.${v}` },
  { name: 'goal status', values: GOAL_STATUS_ALL, key: (v) => `goals.status.${v}` },
  { name: 'manual goal status', values: MANUAL_STATUSES, key: (v) => `goals.status.${v}` },
  { name: 'pack goal status', values: GOAL_STATUSES, key: (v) => `qbr.goal.${v}` },
  { name: 'goal measure', values: GOAL_MEASURE_KINDS, key: (v) => `goals.measure.${v}` },
  { name: 'benchmark measure', values: BENCHMARK_MEASURES, key: (v) => `bench.measure.${v}` },
  { name: 'task status', values: TASK_STATUSES, key: (v) => `account.tasks.status.${v}` },
  { name: 'health band', values: BAND_IDS, key: (v) => `health.band.${v}` },
  { name: 'trigger (account)', values: TRIGGER_TYPES, key: (v) => `health.trigger.${v}` },
  { name: 'trigger (portfolio)', values: TRIGGER_TYPES, key: (v) => `portfolio.trigger.${v}` },
  {
    name: 'attention kind',
    values: ATTENTION_KINDS,
    // Goals bring their own catalogue (goals.ts) and their own attention line.
    key: (v) => (v === 'goal_at_risk' ? 'goals.attention' : `portfolio.attention.${v}`),
  },
  { name: 'timeline kind', values: TIMELINE_KINDS, key: (v) => `timeline.kind.${v}` },
  { name: 'data kind', values: DataKind.options, key: (v) => `kind.${v}` },
  { name: 'data source', values: COVERAGE_KINDS, key: (v) => `time.kind.${v}` },
  { name: 'pack section', values: QBR_SECTION_KINDS, key: (v) => `qbr.section.${v}` },
  { name: 'risk severity', values: SEVERITIES, key: (v) => `qbr.severity.${v}` },
];

/** Values whose label may be the key itself in some language: acronyms read the same everywhere. */
const SAME_IN_ANY_LANGUAGE = new Set(['nps', 'csat', 'ces']);

describe('every enum shown to a person is translated', () => {
  for (const { name, values, key } of ENUMS) {
    it(`${name}: ${values.join(', ')}`, () => {
      expect(values.length).toBeGreaterThan(0);
      const problems: string[] = [];
      for (const value of values) {
        for (const [locale, catalogue] of Object.entries(CATALOGUES)) {
          const label = (catalogue as Record<string, string | undefined>)[key(value)];
          if (label === undefined || label.trim() === '')
            problems.push(`${locale}: no label for ${key(value)}`);
          // "Low" for low is a label; "low" or "wrong_use_case" is the key shown as it is.
          else if (label.trim() === value && !SAME_IN_ANY_LANGUAGE.has(value))
            problems.push(`${locale}: ${key(value)} is the raw key "${label}"`);
        }
      }
      expect(problems).toEqual([]);
    });
  }

  it('th and tr do not fall back to the English words for an enum', () => {
    const copies: string[] = [];
    for (const { values, key } of ENUMS)
      for (const value of values) {
        const english = CATALOGUES.en[key(value) as keyof typeof CATALOGUES.en];
        for (const locale of ['th', 'tr'] as const) {
          const label = CATALOGUES[locale][key(value) as keyof typeof CATALOGUES.en];
          if (label !== undefined && label === english && !/^[A-Z]{2,}/.test(english))
            copies.push(`${locale}: ${key(value)} = "${label}"`);
        }
      }
    expect(copies).toEqual([]);
  });
});

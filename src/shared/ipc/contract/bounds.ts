// Size bounds for the health model and playbook a CSM edits, checked before their meaning.
// The analytics schemas say what a model or rule means (and read stored versions as they were
// saved); these say how big an edit may be. Each bounded schema pipes into the analytics one,
// so an edit passes both. Without them a rule with `weeks: 20000000` or a 50 MB id was saved
// and every health view then failed until the playbook was fixed (issue 14).
import { z } from 'zod';
import { GoalInput, GoalPatch } from '../../analytics/goals/input';
import { HealthComponent, Mapping, MeasureParams, PlaybookRule } from '../../analytics/health';

/** Ids, keys, owners, metric and event-type names. */
export const MAX_ID_LENGTH = 200;
/** Day counts (windows, due dates, renewals): ten years. */
export const MAX_DAYS = 3660;
/** A score drop is measured against a snapshot at most two years back. */
export const MAX_WEEKS = 104;
/** Mapping bounds: any measure's value (hours, days, counts, ratios) fits well inside. */
export const MAX_MAPPING_VALUE = 1e9;
/** Steps of a threshold mapping. */
export const MAX_THRESHOLDS = 20;
/** Event types one rule or measure looks for. */
export const MAX_EVENT_TYPES = 50;

const Id = z.string().min(1).max(MAX_ID_LENGTH);
const Days = z.number().int().positive().max(MAX_DAYS);
const Value = z.number().min(-MAX_MAPPING_VALUE).max(MAX_MAPPING_VALUE);
const SubScore = z.number().min(0).max(100);
/** Ratios against a baseline or a seat count: 100x is far past any real threshold. */
const Ratio = z.number().positive().max(100);
const EventTypes = z.array(Id).min(1).max(MAX_EVENT_TYPES);

const BoundedMapping = z
  .discriminatedUnion('kind', [
    z
      .object({
        kind: z.literal('thresholds'),
        thresholds: z
          .array(z.object({ upTo: Value.nullable(), score: SubScore }).strict())
          .min(1)
          .max(MAX_THRESHOLDS),
      })
      .strict(),
    z
      .object({
        kind: z.literal('linear'),
        from: z.object({ value: Value, score: SubScore }).strict(),
        to: z.object({ value: Value, score: SubScore }).strict(),
      })
      .strict(),
  ])
  .pipe(Mapping);

const BoundedParams = z
  .object({
    metric: Id.optional(),
    windowDays: Days.optional(),
    eventTypes: EventTypes.optional(),
  })
  .strict()
  .pipe(MeasureParams);

/** A component as edited; the contract adds the weight's cap. */
export const BoundedHealthComponent = HealthComponent.extend({
  id: Id,
  labelKey: Id,
  params: BoundedParams.optional(),
  mapping: BoundedMapping,
}).strict();

const BoundedTrigger = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('score_drop'),
      points: z.number().positive().max(100),
      weeks: z.number().int().positive().max(MAX_WEEKS),
    })
    .strict(),
  z.object({ type: z.literal('entered_red') }).strict(),
  z.object({ type: z.literal('low_usage'), ratioBelow: Ratio, metric: Id.optional() }).strict(),
  z.object({ type: z.literal('champion_left'), withinDays: Days }).strict(),
  z
    .object({
      type: z.literal('nps_detractor'),
      maxScore: z.number().min(0).max(10),
      withinDays: Days,
    })
    .strict(),
  z.object({ type: z.literal('renewal_soon_not_green'), days: Days }).strict(),
  z
    .object({ type: z.literal('license_limit'), utilisation: Ratio, metric: Id.optional() })
    .strict(),
  z.object({ type: z.literal('no_upsell_first_3_months'), days: Days, graceDays: Days }).strict(),
  z.object({ type: z.literal('no_contact'), days: Days, eventTypes: EventTypes }).strict(),
]);

/** A playbook rule as edited. */
export const BoundedPlaybookRule = z
  .object({
    id: Id,
    enabled: z.boolean(),
    trigger: BoundedTrigger,
    actionKey: Id,
    owner: Id,
    dueDays: z.number().int().min(0).max(MAX_DAYS),
  })
  .strict()
  .pipe(PlaybookRule);

/** A goal's target: any real KPI (revenue, seats, percentages) fits; 1e308 does not. */
const GoalTarget = z.number().min(-1e12).max(1e12);

/** A success-plan goal as added: the account id and target bounded like everything else. */
export const BoundedGoalInput = GoalInput.extend({
  accountId: Id,
  target: GoalTarget.nullable().default(null),
}).strict();

/** A goal edit. */
export const BoundedGoalPatch = GoalPatch.extend({
  target: GoalTarget.nullable().default(null).optional(),
}).strict();

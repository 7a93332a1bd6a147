// The playbook is data: which situations call for which action, by whom, and how soon.
import { z } from 'zod';

const Days = z.number().int().positive();

export const Trigger = z.discriminatedUnion('type', [
  /** The score fell by at least `points` against the snapshot `weeks` weeks earlier. */
  z.object({ type: z.literal('score_drop'), points: z.number().positive(), weeks: Days }),
  z.object({ type: z.literal('entered_red') }),
  /** Usage against the account's own baseline (usage_vs_baseline) fell below `ratioBelow`. */
  z.object({
    type: z.literal('low_usage'),
    ratioBelow: z.number().positive(),
    metric: z.string().min(1).optional(),
  }),
  z.object({ type: z.literal('champion_left'), withinDays: Days }),
  /** An NPS answer of `maxScore` or less in the last `withinDays`. */
  z.object({
    type: z.literal('nps_detractor'),
    maxScore: z.number().min(0).max(10),
    withinDays: Days,
  }),
  /** Renewal (account date, else the next end of an active line) within `days`, band not green or unscored. */
  z.object({ type: z.literal('renewal_soon_not_green'), days: Days }),
  /** Peak usage of the seat metric reached `utilisation` x licensed seats. */
  z.object({
    type: z.literal('license_limit'),
    utilisation: z.number().positive(),
    metric: z.string().min(1).optional(),
  }),
  /** No upgrade within `days` of the start; fires within `graceDays` after that window closes. */
  z.object({ type: z.literal('no_upsell_first_3_months'), days: Days, graceDays: Days }),
  z.object({
    type: z.literal('no_contact'),
    days: Days,
    eventTypes: z.array(z.string().min(1)).min(1),
  }),
]);
export type Trigger = z.infer<typeof Trigger>;
export type TriggerType = Trigger['type'];

export const PlaybookRule = z.object({
  id: z.string().min(1),
  enabled: z.boolean(),
  trigger: Trigger,
  actionKey: z.string().min(1),
  owner: z.string().min(1),
  dueDays: z.number().int().min(0),
});
export type PlaybookRule = z.infer<typeof PlaybookRule>;

export const Playbook = z
  .object({ version: z.number().int().positive(), rules: z.array(PlaybookRule) })
  .superRefine((playbook, ctx) => {
    const seen = new Set<string>();
    playbook.rules.forEach((rule, i) => {
      if (seen.has(rule.id))
        ctx.addIssue({ code: 'custom', path: ['rules', i, 'id'], message: 'duplicate rule id' });
      seen.add(rule.id);
    });
  });
export type Playbook = z.infer<typeof Playbook>;

export const DEFAULT_PLAYBOOK: Playbook = Playbook.parse({
  version: 1,
  rules: [
    {
      id: 'score_drop',
      enabled: true,
      trigger: { type: 'score_drop', points: 15, weeks: 4 },
      actionKey: 'health.action.score_drop',
      owner: 'csm',
      dueDays: 7,
    },
    {
      id: 'entered_red',
      enabled: true,
      trigger: { type: 'entered_red' },
      actionKey: 'health.action.entered_red',
      owner: 'csm',
      dueDays: 3,
    },
    {
      id: 'low_usage',
      enabled: true,
      trigger: { type: 'low_usage', ratioBelow: 0.5 },
      actionKey: 'health.action.low_usage',
      owner: 'csm',
      dueDays: 7,
    },
    {
      id: 'champion_left',
      enabled: true,
      trigger: { type: 'champion_left', withinDays: 90 },
      actionKey: 'health.action.champion_left',
      owner: 'csm',
      dueDays: 5,
    },
    {
      id: 'nps_detractor',
      enabled: true,
      trigger: { type: 'nps_detractor', maxScore: 6, withinDays: 30 },
      actionKey: 'health.action.nps_detractor',
      owner: 'csm',
      dueDays: 3,
    },
    {
      id: 'renewal_soon_not_green',
      enabled: true,
      trigger: { type: 'renewal_soon_not_green', days: 90 },
      actionKey: 'health.action.renewal_soon_not_green',
      owner: 'account_manager',
      dueDays: 7,
    },
    {
      id: 'license_limit',
      enabled: true,
      trigger: { type: 'license_limit', utilisation: 1 },
      actionKey: 'health.action.license_limit',
      owner: 'account_manager',
      dueDays: 14,
    },
    {
      id: 'no_upsell_first_3_months',
      enabled: true,
      trigger: { type: 'no_upsell_first_3_months', days: 90, graceDays: 30 },
      actionKey: 'health.action.no_upsell_first_3_months',
      owner: 'account_manager',
      dueDays: 14,
    },
    {
      id: 'no_contact',
      enabled: true,
      trigger: { type: 'no_contact', days: 60, eventTypes: ['meeting', 'qbr', 'call', 'email'] },
      actionKey: 'health.action.no_contact',
      owner: 'csm',
      dueDays: 7,
    },
  ],
});

// What a CSM (form, CLI, import) gives to add or edit a goal; validated at every boundary.
import { z } from 'zod';
import { IsoDate } from '../../domain/entities';
import { GoalDirection, GoalMeasureKind, ManualStatus } from './types';

export const GoalInput = z
  .object({
    accountId: z.string().min(1),
    title: z.string().trim().min(1).max(300),
    owner: z.string().trim().max(200).nullable().default(null),
    startDate: IsoDate,
    dueDate: IsoDate,
    /** Omitted: read from the target's side of the baseline (up when no baseline yet). */
    direction: GoalDirection.optional(),
    measureKind: GoalMeasureKind.nullable().default(null),
    measureRef: z.string().trim().min(1).max(200).nullable().default(null),
    target: z.number().finite().nullable().default(null),
    manualStatus: ManualStatus.nullable().default(null),
    note: z.string().max(4000).nullable().default(null),
  })
  .strict();
export type GoalInput = z.input<typeof GoalInput>;
export type ParsedGoalInput = z.output<typeof GoalInput>;

export const GoalPatch = GoalInput.omit({ accountId: true }).partial().strict();
export type GoalPatch = z.input<typeof GoalPatch>;

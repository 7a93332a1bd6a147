// A goal as an imported success-plan row becomes it: one per account and title (the natural key
// a re-import updates), validated like every imported entity.
import { z } from 'zod';
import { IsoDate } from '../../domain/entities';
import { GoalDirection, GoalMeasureKind, ManualStatus } from './types';

export const ImportedGoal = z
  .object({
    accountId: z.string().min(1),
    title: z.string().min(1).max(300),
    owner: z.string().nullable(),
    startDate: IsoDate,
    dueDate: IsoDate,
    direction: GoalDirection,
    measureKind: GoalMeasureKind.nullable(),
    measureRef: z.string().nullable(),
    target: z.number().finite().nullable(),
    manualStatus: ManualStatus.nullable(),
    note: z.string().nullable(),
  })
  .refine((g) => g.dueDate > g.startDate, {
    message: 'the due date must be after the start date',
    path: ['dueDate'],
  })
  .refine((g) => g.measureKind === null || g.target !== null, {
    message: 'a measured goal needs a target',
    path: ['target'],
  });
export type ImportedGoal = z.infer<typeof ImportedGoal>;

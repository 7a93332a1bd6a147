// The health model is data: the CSM edits components, mappings, weights and band cut-offs, and
// every snapshot records the model version that produced it.
import { z } from 'zod';
import { Mapping } from './mapping';
import { MeasureId, MeasureParams } from './measures';

export const HealthComponent = z.object({
  id: z.string().min(1),
  labelKey: z.string().min(1),
  measure: MeasureId,
  params: MeasureParams.optional(),
  mapping: Mapping,
  weight: z.number().min(0),
});
export type HealthComponent = z.infer<typeof HealthComponent>;

/** Scores below `redBelow` are red, below `yellowBelow` yellow, the rest green. */
export const HealthBands = z
  .object({ redBelow: z.number().min(0).max(100), yellowBelow: z.number().min(0).max(100) })
  .refine((bands) => bands.redBelow <= bands.yellowBelow, {
    message: 'the red cut-off cannot exceed the yellow one',
    path: ['yellowBelow'],
  });
export type HealthBands = z.infer<typeof HealthBands>;

export const BAND_IDS = ['red', 'yellow', 'green'] as const;
export const Band = z.enum(BAND_IDS);
export type Band = z.infer<typeof Band>;

export const HealthModel = z
  .object({
    version: z.number().int().positive(),
    components: z.array(HealthComponent).min(1),
    bands: HealthBands,
  })
  .superRefine((model, ctx) => {
    const seen = new Set<string>();
    model.components.forEach((component, i) => {
      if (seen.has(component.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['components', i, 'id'],
          message: 'duplicate component id',
        });
      }
      seen.add(component.id);
    });
    if (!model.components.some((component) => component.weight > 0)) {
      ctx.addIssue({
        code: 'custom',
        path: ['components'],
        message: 'at least one weight must be positive',
      });
    }
  });
export type HealthModel = z.infer<typeof HealthModel>;

export function bandFor(score: number, bands: HealthBands): Band {
  if (score < bands.redBelow) return 'red';
  if (score < bands.yellowBelow) return 'yellow';
  return 'green';
}

// How a component turns its measured value into a 0-100 sub-score.
import { z } from 'zod';

const SubScore = z.number().min(0).max(100);

export const ThresholdStep = z.object({
  /** Values up to and including this bound get the score; null closes the scale ("and above"). */
  upTo: z.number().nullable(),
  score: SubScore,
});
export type ThresholdStep = z.infer<typeof ThresholdStep>;

export const ThresholdMapping = z
  .object({ kind: z.literal('thresholds'), thresholds: z.array(ThresholdStep).min(1) })
  .superRefine((mapping, ctx) => {
    const steps = mapping.thresholds;
    steps.forEach((step, i) => {
      const isLast = i === steps.length - 1;
      if (isLast !== (step.upTo === null)) {
        ctx.addIssue({
          code: 'custom',
          path: ['thresholds', i, 'upTo'],
          message: 'only the last step is open (null)',
        });
      }
      const previous = steps[i - 1]?.upTo;
      if (
        step.upTo !== null &&
        previous !== undefined &&
        previous !== null &&
        step.upTo <= previous
      ) {
        ctx.addIssue({
          code: 'custom',
          path: ['thresholds', i, 'upTo'],
          message: 'bounds must increase',
        });
      }
    });
  });
export type ThresholdMapping = z.infer<typeof ThresholdMapping>;

const LinearPoint = z.object({ value: z.number(), score: SubScore });

/** Straight line between two points, flat beyond them; `from` may lie above `to`. */
export const LinearMapping = z
  .object({ kind: z.literal('linear'), from: LinearPoint, to: LinearPoint })
  .refine((mapping) => mapping.from.value !== mapping.to.value, {
    message: 'from and to need different values',
    path: ['to', 'value'],
  });
export type LinearMapping = z.infer<typeof LinearMapping>;

export const Mapping = z.discriminatedUnion('kind', [ThresholdMapping, LinearMapping]);
export type Mapping = z.infer<typeof Mapping>;

export function mapToSubScore(mapping: Mapping, value: number): number {
  if (mapping.kind === 'thresholds') {
    const steps = mapping.thresholds;
    const step = steps.find((s) => s.upTo === null || value <= s.upTo) ?? steps.at(-1);
    return step?.score ?? 0;
  }
  const { from, to } = mapping;
  const low = Math.min(from.value, to.value);
  const high = Math.max(from.value, to.value);
  const clamped = Math.min(high, Math.max(low, value));
  return from.score + ((clamped - from.value) * (to.score - from.score)) / (to.value - from.value);
}

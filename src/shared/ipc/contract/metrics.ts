// The workspace's display names for its usage metrics (#18 point 5): one name for every language
// and, where a CSM wants it, one per language. The same schema checks an edit and a stored value.
import { z } from 'zod';
import { rpc } from './define';
import type { Locale } from './workspace';

/** A metric key as imported (usage_points.metric). */
const MetricKey = z.string().min(1).max(200);
/** A display name: a chart title or a table cell, never a paragraph. */
export const MAX_METRIC_NAME_LENGTH = 80;
/** More metrics than any usage feed has; keeps one edit bounded. */
export const MAX_NAMED_METRICS = 500;

const Name = z.string().max(MAX_METRIC_NAME_LENGTH);

/** Names for one metric: `all` for every language, a language's own name before it. */
export const MetricName = z
  .object({ all: Name.optional(), en: Name.optional(), th: Name.optional(), tr: Name.optional() })
  .strict();
export type MetricName = z.infer<typeof MetricName>;

export const MetricNames = z
  .record(MetricKey, MetricName)
  .refine((names) => Object.keys(names).length <= MAX_NAMED_METRICS, {
    message: `at most ${MAX_NAMED_METRICS} metrics`,
  });
export type MetricNames = z.infer<typeof MetricNames>;

/** One metric seen in the workspace's usage, with the names a CSM gave it and the defaults. */
export interface MetricNameRow {
  key: string;
  name: MetricName;
  /** False for a metric named once whose usage is gone: listed so its names can be cleared. */
  inUsage: boolean;
  /** What each language shows when no name is given: the known translation or the humanised key. */
  defaults: Record<Locale, string>;
}

export interface MetricNamesAnswer {
  /** Every distinct metric key in the usage, then any named metric no longer in it. */
  metrics: MetricNameRow[];
  /** The stored names, as the renderer resolves them (see metricNamesFor). */
  names: MetricNames;
}

export const metricsContract = {
  'metrics:names': rpc<MetricNamesAnswer>()(z.object({}).strict(), { mutates: false }),
  /** Replaces the stored names; blank names are dropped, so the defaults show again. */
  'metrics:setNames': rpc<MetricNamesAnswer>()(z.object({ names: MetricNames }).strict(), {
    mutates: true,
  }),
};

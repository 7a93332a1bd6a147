// The model that ships. Weights add up to 100 so each reads as a share of the score; bounds are
// starting points a CSM is expected to tune against the backtest.
import { HealthModel } from './model';

export const DEFAULT_HEALTH_MODEL: HealthModel = HealthModel.parse({
  version: 1,
  bands: { redBelow: 40, yellowBelow: 70 },
  components: [
    {
      id: 'usage_frequency',
      labelKey: 'health.component.usage_frequency',
      measure: 'usage_vs_baseline',
      // Half the account's own usual usage or less is as bad as it gets; steady or growing is full marks.
      mapping: { kind: 'linear', from: { value: 0.5, score: 0 }, to: { value: 1, score: 100 } },
      weight: 15,
    },
    {
      id: 'usage_breadth',
      labelKey: 'health.component.usage_breadth',
      measure: 'usage_breadth',
      mapping: {
        kind: 'thresholds',
        thresholds: [
          { upTo: 0, score: 0 },
          { upTo: 1, score: 30 },
          { upTo: 3, score: 60 },
          { upTo: 5, score: 80 },
          { upTo: null, score: 100 },
        ],
      },
      weight: 10,
    },
    {
      id: 'license_utilisation',
      labelKey: 'health.component.license_utilisation',
      measure: 'license_utilisation',
      mapping: {
        kind: 'thresholds',
        thresholds: [
          { upTo: 0.3, score: 20 },
          { upTo: 0.6, score: 60 },
          { upTo: 0.8, score: 80 },
          { upTo: null, score: 100 },
        ],
      },
      weight: 10,
    },
    {
      id: 'nps',
      labelKey: 'health.component.nps',
      measure: 'nps_average',
      mapping: { kind: 'linear', from: { value: 6, score: 0 }, to: { value: 9, score: 100 } },
      weight: 10,
    },
    {
      id: 'csat',
      labelKey: 'health.component.csat',
      measure: 'csat_average',
      mapping: { kind: 'linear', from: { value: 2.5, score: 0 }, to: { value: 4.5, score: 100 } },
      weight: 5,
    },
    {
      id: 'support_open_high',
      labelKey: 'health.component.support_open_high',
      measure: 'open_high_priority_tickets',
      mapping: {
        kind: 'thresholds',
        thresholds: [
          { upTo: 0, score: 100 },
          { upTo: 1, score: 70 },
          { upTo: 3, score: 40 },
          { upTo: null, score: 0 },
        ],
      },
      weight: 8,
    },
    {
      id: 'support_escalations',
      labelKey: 'health.component.support_escalations',
      measure: 'escalations',
      mapping: {
        kind: 'thresholds',
        thresholds: [
          { upTo: 0, score: 100 },
          { upTo: 1, score: 60 },
          { upTo: 2, score: 30 },
          { upTo: null, score: 0 },
        ],
      },
      weight: 5,
    },
    {
      id: 'support_resolution',
      labelKey: 'health.component.support_resolution',
      measure: 'mean_resolution_hours',
      mapping: { kind: 'linear', from: { value: 24, score: 100 }, to: { value: 120, score: 0 } },
      weight: 4,
    },
    {
      id: 'engagement_recency',
      labelKey: 'health.component.engagement_recency',
      measure: 'days_since_engagement',
      mapping: {
        kind: 'thresholds',
        thresholds: [
          { upTo: 30, score: 100 },
          { upTo: 60, score: 75 },
          { upTo: 90, score: 50 },
          { upTo: 180, score: 20 },
          { upTo: null, score: 0 },
        ],
      },
      weight: 10,
    },
    {
      id: 'champion',
      labelKey: 'health.component.champion',
      measure: 'champion_state',
      mapping: {
        kind: 'thresholds',
        thresholds: [
          { upTo: 0, score: 0 },
          { upTo: 1, score: 40 },
          { upTo: null, score: 100 },
        ],
      },
      weight: 10,
    },
    {
      id: 'product_count',
      labelKey: 'health.component.product_count',
      measure: 'product_count',
      mapping: {
        kind: 'thresholds',
        thresholds: [
          { upTo: 0, score: 0 },
          { upTo: 1, score: 50 },
          { upTo: 2, score: 80 },
          { upTo: null, score: 100 },
        ],
      },
      weight: 5,
    },
    {
      id: 'early_upsell',
      labelKey: 'health.component.early_upsell',
      measure: 'upsell_first_3_months',
      mapping: {
        kind: 'thresholds',
        thresholds: [
          { upTo: 0, score: 30 },
          { upTo: null, score: 100 },
        ],
      },
      weight: 8,
    },
  ],
});

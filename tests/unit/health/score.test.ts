import { describe, expect, it } from 'vitest';
import {
  DEFAULT_HEALTH_MODEL,
  HealthModel,
  bandFor,
  scoreAccount,
} from '../../../src/shared/analytics/health';
import type { HealthScore } from '../../../src/shared/analytics/health';
import { account, contact, event, survey, ticket } from './fixtures';
import { HAND_AS_OF, HAND_CHECKED } from './handChecked';

function component(score: HealthScore, id: string) {
  const found = score.components.find((c) => c.id === id);
  if (!found) throw new Error(`no component ${id}`);
  return found;
}

describe('the hand-checked account under the default model', () => {
  const result = scoreAccount(DEFAULT_HEALTH_MODEL, HAND_CHECKED, HAND_AS_OF);

  // Worked out by hand from handChecked.ts, as of Monday 2024-06-03 (D):
  //                        value                                   sub-score        weight
  // usage_frequency        (4*8/28) / (12*(8+4)/84) = 2/3          (2/3-1/2)/(1/2)*100 = 100/3   15
  // usage_breadth          1 metric used in (D-28, D]              30               10
  // license_utilisation    peak 8 active users / 10 seats = 0.8    80 (<= 0.8)      10
  // nps                    no survey data                          missing          10
  // csat                   T1 rated 4                              (4-2.5)/2*100 = 75   5
  // support_open_high      T2 open                                 70               8
  // support_escalations    T1                                      60               5
  // support_resolution     (72 + 48) / 2 = 60 h                    100-36/96*100 = 62.5  4
  // engagement_recency     Apr 19 -> Jun 3 = 45 days               75               10
  // champion               C1 left Apr 15, C2 active: state 1      40               10
  // product_count          Core + Analytics = 2                    80               5
  // early_upsell           upgrade Feb 15, within 90 days: 1       100              8
  // Weights present: 100 - 10 = 90.
  const expectedSubScores: Record<string, number> = {
    usage_frequency: 100 / 3,
    usage_breadth: 30,
    license_utilisation: 80,
    csat: 75,
    support_open_high: 70,
    support_escalations: 60,
    support_resolution: 62.5,
    engagement_recency: 75,
    champion: 40,
    product_count: 80,
    early_upsell: 100,
  };
  const weights: Record<string, number> = {
    usage_frequency: 15,
    usage_breadth: 10,
    license_utilisation: 10,
    csat: 5,
    support_open_high: 8,
    support_escalations: 5,
    support_resolution: 4,
    engagement_recency: 10,
    champion: 10,
    product_count: 5,
    early_upsell: 8,
  };
  const byHand = (500 + 300 + 800 + 375 + 560 + 300 + 250 + 750 + 400 + 400 + 800) / 90;

  it('has the sub-scores worked out by hand', () => {
    for (const [id, subScore] of Object.entries(expectedSubScores)) {
      expect(component(result, id).subScore, id).toBeCloseTo(subScore, 9);
    }
  });

  it('scores 5435 / 90 = 60.39, yellow, with NPS shown as missing', () => {
    expect(byHand).toBeCloseTo(60.3889, 4);
    expect(result.score).toBeCloseTo(byHand, 9);
    expect(result.band).toBe('yellow');
    expect(result.missing).toEqual(['nps']);
    const nps = component(result, 'nps');
    expect(nps).toMatchObject({
      value: null,
      subScore: null,
      missing: true,
      effectiveWeight: 0,
      contribution: 0,
    });
  });

  it('explains itself: effective weights re-normalised over the 90 present, contributions summing to the score', () => {
    for (const [id, weight] of Object.entries(weights)) {
      const c = component(result, id);
      expect(c.weight).toBe(weight);
      expect(c.effectiveWeight, id).toBeCloseTo(weight / 90, 12);
      expect(c.contribution, id).toBeCloseTo((weight / 90) * (expectedSubScores[id] as number), 9);
    }
    const total = result.components.reduce((sum, c) => sum + c.contribution, 0);
    expect(total).toBeCloseTo(byHand, 9);
  });

  it('takes NPS in once survey data exists: average 7.5 maps to 50 at weight 10 of 100', () => {
    const withSurveys = {
      ...HAND_CHECKED,
      surveys: [survey('S1', 'nps', '2024-03-01', 9), survey('S2', 'nps', '2024-05-01', 6)],
    };
    const scored = scoreAccount(DEFAULT_HEALTH_MODEL, withSurveys, HAND_AS_OF);
    expect(component(scored, 'nps').subScore).toBeCloseTo(50, 9);
    expect(scored.missing).toEqual([]);
    expect(scored.score).toBeCloseTo((5435 + 500) / 100, 9);
  });
});

describe('weighting with missing data', () => {
  const model = HealthModel.parse({
    version: 3,
    bands: { redBelow: 40, yellowBelow: 70 },
    components: [
      {
        id: 'tickets',
        labelKey: 'k.tickets',
        measure: 'open_high_priority_tickets',
        mapping: {
          kind: 'thresholds',
          thresholds: [
            { upTo: 0, score: 90 },
            { upTo: null, score: 10 },
          ],
        },
        weight: 2,
      },
      {
        id: 'nps',
        labelKey: 'k.nps',
        measure: 'nps_average',
        mapping: { kind: 'linear', from: { value: 0, score: 0 }, to: { value: 10, score: 100 } },
        weight: 1,
      },
      {
        id: 'meetings',
        labelKey: 'k.meetings',
        measure: 'days_since_engagement',
        mapping: {
          kind: 'thresholds',
          thresholds: [
            { upTo: 30, score: 60 },
            { upTo: null, score: 0 },
          ],
        },
        weight: 1,
      },
    ],
  });
  const base = { account: account(), tickets: [], events: [event('E', 'meeting', '2024-05-20')] };

  it('re-normalises the remaining weights instead of counting the gap as zero', () => {
    // nps missing: (2 * 90 + 1 * 60) / 3 = 80, not (2 * 90 + 0 + 1 * 60) / 4 = 60.
    const result = scoreAccount(model, base, '2024-06-03');
    expect(result.score).toBeCloseTo(80, 12);
    expect(result.band).toBe('green');
    expect(result.missing).toEqual(['nps']);
    expect(result.components.map((c) => c.effectiveWeight)).toEqual([2 / 3, 0, 1 / 3]);
  });

  it('uses every weight when nothing is missing', () => {
    const result = scoreAccount(
      model,
      { ...base, surveys: [survey('S', 'nps', '2024-06-01', 4)] },
      '2024-06-03',
    );
    // (2 * 90 + 1 * 40 + 1 * 60) / 4 = 70
    expect(result.score).toBeCloseTo(70, 12);
    expect(result.band).toBe('green');
  });

  it('has no score and no band when everything is missing', () => {
    const result = scoreAccount(model, { account: account() }, '2024-06-03');
    expect(result.score).toBeNull();
    expect(result.band).toBeNull();
    expect(result.missing).toEqual(['tickets', 'nps', 'meetings']);
  });

  it('shows a zero-weight component without letting it count', () => {
    const zeroTickets = HealthModel.parse({
      ...model,
      components: model.components.map((c) => (c.id === 'tickets' ? { ...c, weight: 0 } : c)),
    });
    const data = {
      ...base,
      tickets: [ticket('T', { priority: 'high' })],
      contacts: [contact('C')],
    };
    const result = scoreAccount(zeroTickets, data, '2024-06-03');
    expect(component(result, 'tickets')).toMatchObject({
      value: 1,
      subScore: 10,
      effectiveWeight: 0,
      contribution: 0,
    });
    expect(result.score).toBeCloseTo(60, 12);
  });
});

describe('bands', () => {
  it('cuts at red < 40 <= yellow < 70 <= green by default', () => {
    const bands = DEFAULT_HEALTH_MODEL.bands;
    expect(bandFor(0, bands)).toBe('red');
    expect(bandFor(39.999, bands)).toBe('red');
    expect(bandFor(40, bands)).toBe('yellow');
    expect(bandFor(69.999, bands)).toBe('yellow');
    expect(bandFor(70, bands)).toBe('green');
    expect(bandFor(100, bands)).toBe('green');
  });

  it('follows edited cut-offs', () => {
    expect(bandFor(45, { redBelow: 50, yellowBelow: 80 })).toBe('red');
    expect(bandFor(75, { redBelow: 50, yellowBelow: 80 })).toBe('yellow');
    const result = scoreAccount(
      { ...DEFAULT_HEALTH_MODEL, bands: { redBelow: 61, yellowBelow: 90 } },
      HAND_CHECKED,
      HAND_AS_OF,
    );
    expect(result.band).toBe('red');
  });
});

describe('model validation', () => {
  it('accepts the default model and rejects broken ones', () => {
    expect(HealthModel.safeParse(DEFAULT_HEALTH_MODEL).success).toBe(true);
    const [first] = DEFAULT_HEALTH_MODEL.components;
    const duplicate = { ...DEFAULT_HEALTH_MODEL, components: [first, first] };
    expect(HealthModel.safeParse(duplicate).success).toBe(false);
    const weightless = {
      ...DEFAULT_HEALTH_MODEL,
      components: DEFAULT_HEALTH_MODEL.components.map((c) => ({ ...c, weight: 0 })),
    };
    expect(HealthModel.safeParse(weightless).success).toBe(false);
    expect(
      HealthModel.safeParse({ ...DEFAULT_HEALTH_MODEL, bands: { redBelow: 70, yellowBelow: 40 } })
        .success,
    ).toBe(false);
    const unknownMeasure = {
      ...DEFAULT_HEALTH_MODEL,
      components: [{ ...first, measure: 'vibes' }],
    };
    expect(HealthModel.safeParse(unknownMeasure).success).toBe(false);
  });
});

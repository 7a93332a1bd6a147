// Survey figures carry their number of answers; below MIN_SURVEY_ANSWERS they are "too few".
import { describe, expect, it } from 'vitest';
import { indexAccountData, surveyAnswers, toDay } from '../../../src/shared/analytics/health';
import {
  MIN_SURVEY_ANSWERS,
  summariseSurveys,
  surveySample,
} from '../../../src/shared/domain/sample-size';
import { account, survey, ticket } from './fixtures';

describe('survey sample sizes', () => {
  it('flags fewer than five answers as too few', () => {
    expect(MIN_SURVEY_ANSWERS).toBe(5);
    expect(surveySample(4)).toEqual({ answers: 4, tooFew: true });
    expect(surveySample(5)).toEqual({ answers: 5, tooFew: false });
  });

  it('summarises NPS as promoters minus detractors and CSAT as the mean, in the window', () => {
    const answers = [
      survey('S1', 'nps', '2026-09-01', 10),
      survey('S2', 'nps', '2026-09-02', 3),
      survey('S3', 'csat', '2026-09-03', 4),
      survey('S4', 'csat', '2026-09-04', 5),
      survey('S5', 'csat', '2026-09-05', 3),
      survey('S6', 'csat', '2026-09-06', 4),
      survey('S7', 'csat', '2026-09-07', 4),
      survey('S8', 'csat', '2025-01-01', 1), // outside the window
    ];
    const [nps, csat] = summariseSurveys(answers, '2026-04-04', '2026-09-30');
    // One promoter and one detractor of two: 50% - 50% = 0, from 2 answers: too few.
    expect(nps).toEqual({ kind: 'nps', value: 0, answers: 2, tooFew: true });
    expect(csat).toEqual({ kind: 'csat', value: 4, answers: 5, tooFew: false });
    expect(summariseSurveys(answers, '2026-10-01', '2026-12-31')).toEqual([]);
  });

  it("counts the answers a health component's window averaged, ticket ratings included for CSAT", () => {
    const index = indexAccountData({
      account: account(),
      surveys: [
        survey('S1', 'nps', '2026-09-01', 9),
        survey('S2', 'nps', '2026-01-01', 9), // more than 180 days before
        survey('S3', 'csat', '2026-08-01', 4),
      ],
      tickets: [
        ticket('T1', { openedDate: '2026-09-01', closedDate: '2026-09-02', satisfaction: 5 }),
      ],
    });
    const day = toDay('2026-09-28');
    expect(surveyAnswers(index, 'nps_average', day, {})).toBe(1);
    expect(surveyAnswers(index, 'csat_average', day, {})).toBe(2);
    expect(surveyAnswers(index, 'nps_average', day, { windowDays: 365 })).toBe(2);
    expect(surveyAnswers(index, 'usage_breadth', day, {})).toBeNull();
  });
});

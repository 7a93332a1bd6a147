// Survey averages from a handful of answers swing wildly: "NPS -100" from two answers is not a
// headline. Every NPS, CSAT or CES figure is shown with its number of answers, and below this
// many answers it is flagged "too few answers" (screen, report and deck share the rule).

/** Fewer answers than this and a survey figure is shown as "too few answers". */
export const MIN_SURVEY_ANSWERS = 5;

export interface SurveySample {
  /** Number of answers the figure is computed from. */
  answers: number;
  /** True when answers < MIN_SURVEY_ANSWERS: show the count, not the figure as a headline. */
  tooFew: boolean;
}

export function surveySample(answers: number): SurveySample {
  return { answers, tooFew: answers < MIN_SURVEY_ANSWERS };
}

/** Survey kinds as the data call them. */
export type SurveyKindId = 'nps' | 'csat' | 'ces';

export interface SurveySummary extends SurveySample {
  kind: SurveyKindId;
  /**
   * The headline figure: NPS as % promoters (9-10) minus % detractors (0-6); CSAT and CES as the
   * mean answer. Null without answers.
   */
  value: number | null;
}

/** Days of answers a summary covers, as the health score's NPS and CSAT components do. */
export const SURVEY_WINDOW_DAYS = 180;

/**
 * Each kind's figure and number of answers from `from` to `to` (inclusive ISO dates), in the
 * order NPS, CSAT, CES; kinds without an answer in the window are left out.
 */
export function summariseSurveys(
  surveys: readonly { kind: string; date: string; score: number }[],
  from: string,
  to: string,
): SurveySummary[] {
  const summaries: SurveySummary[] = [];
  for (const kind of ['nps', 'csat', 'ces'] as const) {
    const scores = surveys
      .filter((s) => s.kind === kind && s.date >= from && s.date <= to)
      .map((s) => s.score);
    if (scores.length === 0) continue;
    const value =
      kind === 'nps'
        ? ((scores.filter((s) => s >= 9).length - scores.filter((s) => s <= 6).length) * 100) /
          scores.length
        : scores.reduce((sum, s) => sum + s, 0) / scores.length;
    summaries.push({ kind, value, ...surveySample(scores.length) });
  }
  return summaries;
}

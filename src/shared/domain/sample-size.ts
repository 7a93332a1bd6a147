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

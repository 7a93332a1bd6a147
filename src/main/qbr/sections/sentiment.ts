// NPS and CSAT answered in the quarter, with verbatims: the newest comments, and always the
// most critical one, so the review hears the unhappy voice too.
import type { SurveyResponse } from '../../../shared/domain/entities';
import { surveySample } from '../../../shared/domain/sample-size';
import type { Metric, QbrSection, Verbatim } from '../../../shared/qbr/document';
import { formatNumber } from '../../export/labels';
import type { QbrContext } from '../context';
import { inPeriod } from '../context';
import { noData, withData } from './section';

const MAX_VERBATIMS = 5;

export interface NpsCounts {
  detractors: number;
  passives: number;
  promoters: number;
}

export function npsCounts(answers: readonly SurveyResponse[]): NpsCounts {
  const scores = answers.filter((a) => a.kind === 'nps').map((a) => a.score);
  return {
    detractors: scores.filter((s) => s <= 6).length,
    passives: scores.filter((s) => s > 6 && s < 9).length,
    promoters: scores.filter((s) => s >= 9).length,
  };
}

/** -100..100, or null without answers. */
export function npsOf(counts: NpsCounts): number | null {
  const total = counts.detractors + counts.passives + counts.promoters;
  return total === 0 ? null : ((counts.promoters - counts.detractors) / total) * 100;
}

function pickVerbatims(answers: readonly SurveyResponse[]): SurveyResponse[] {
  const commented = answers
    .filter((a) => a.comment !== null && a.comment.trim() !== '')
    .sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
  const picked = commented.slice(0, MAX_VERBATIMS);
  const worstNps = commented
    .filter((a) => a.kind === 'nps')
    .reduce<SurveyResponse | null>((w, a) => (w === null || a.score < w.score ? a : w), null);
  if (worstNps && !picked.includes(worstNps)) picked[picked.length - 1] = worstNps;
  return picked;
}

export function sentimentSection(ctx: QbrContext): QbrSection {
  const answers = (ctx.data.surveys ?? []).filter(
    (a) =>
      (a.kind === 'nps' || a.kind === 'csat' || a.kind === 'ces') && inPeriod(a.date, ctx.period),
  );
  if (answers.length === 0) return noData(ctx, 'sentiment');
  const { t, language } = ctx;
  const counts = npsCounts(answers);
  const nps = npsOf(counts);
  const csat = answers.filter((a) => a.kind === 'csat').map((a) => a.score);
  const npsAnswers = counts.detractors + counts.passives + counts.promoters;
  // every survey figure says how many answers it rests on, and too few are flagged as such
  const basis = (count: number) =>
    surveySample(count).tooFew
      ? t('qbr.sample.tooFew', { count: formatNumber(count, language, 0) })
      : t('qbr.sample.answers', { count: formatNumber(count, language, 0) });
  const metrics: Metric[] = [];
  if (nps !== null)
    metrics.push({
      label: t('qbr.sentiment.nps'),
      value: formatNumber(nps, language, 0),
      note: basis(npsAnswers),
    });
  if (csat.length)
    metrics.push({
      label: t('qbr.sentiment.csat'),
      value: formatNumber(csat.reduce((a, b) => a + b, 0) / csat.length, language, 1),
      note: basis(csat.length),
    });
  const ces = answers.filter((a) => a.kind === 'ces').map((a) => a.score);
  if (ces.length)
    metrics.push({
      label: t('qbr.kpi.ces'),
      value: formatNumber(ces.reduce((a, b) => a + b, 0) / ces.length, language, 1),
      note: basis(ces.length),
    });
  metrics.push({
    label: t('qbr.sentiment.responses'),
    value: formatNumber(answers.length, language, 0),
  });
  const contacts = new Map((ctx.data.contacts ?? []).map((c) => [c.id, c]));
  const verbatims: Verbatim[] = pickVerbatims(answers).map((a) => {
    const contact = a.contactId ? contacts.get(a.contactId) : undefined;
    const who = contact
      ? [contact.name, contact.role].filter(Boolean).join(', ')
      : t('qbr.sentiment.anonymous');
    return {
      quote: (a.comment ?? '').trim(),
      author: `${who} · ${a.kind.toUpperCase()} ${formatNumber(a.score, language, 0)}`,
      score: a.score,
    };
  });
  return withData(ctx, 'sentiment', {
    metrics,
    chartTitle: t('qbr.sentiment.chart'),
    distribution:
      nps === null
        ? []
        : [
            { label: t('qbr.sentiment.detractors'), count: counts.detractors },
            { label: t('qbr.sentiment.passives'), count: counts.passives },
            { label: t('qbr.sentiment.promoters'), count: counts.promoters },
          ],
    verbatimsHeading: t('qbr.sentiment.verbatims'),
    verbatims,
  });
}

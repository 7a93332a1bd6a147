// Support: the tickets opened in the quarter, how fast they were solved, and by priority.
import type { Ticket } from '../../../shared/domain/entities';
import type { CountByLabel, QbrSection } from '../../../shared/qbr/document';
import { formatNumber } from '../../export/labels';
import type { QbrContext } from '../context';
import { inPeriod } from '../context';
import { noData, withData } from './section';

const PRIORITIES = ['urgent', 'high', 'medium', 'low', 'unknown'] as const;
const RECENT_SUBJECTS = 3;

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function supportSection(ctx: QbrContext): QbrSection {
  const all = ctx.data.tickets ?? [];
  if (all.length === 0) return noData(ctx, 'support');
  const { t, language } = ctx;
  const tickets = all.filter((x) => inPeriod(x.openedDate, ctx.period));
  const resolved = tickets.filter((x) => x.closedDate !== null && x.closedDate <= ctx.period.to);
  const hours = median(
    resolved.flatMap((x) => (x.resolutionHours === null ? [] : [x.resolutionHours])),
  );
  const num = (n: number, digits = 0) => formatNumber(n, language, digits);
  const byCategory: CountByLabel[] = PRIORITIES.map((p) => ({
    label: t(`qbr.priority.${p}`),
    count: tickets.filter((x: Ticket) => (x.priority ?? 'unknown') === p).length,
  })).filter((c) => c.count > 0);
  const notes: string[] = [];
  if (tickets.length === 0) notes.push(t('qbr.support.none', { quarter: ctx.quarter }));
  const stillOpen = tickets.length - resolved.length;
  if (stillOpen > 0) notes.push(t('qbr.support.stillOpen', { count: stillOpen }));
  const ratings = tickets.flatMap((x) => (x.satisfaction === null ? [] : [x.satisfaction]));
  if (ratings.length > 0) {
    const average = ratings.reduce((a, b) => a + b, 0) / ratings.length;
    notes.push(t('qbr.support.satisfaction', { score: num(average, 1) }));
  }
  const subjects = [...tickets]
    .sort((a, b) => b.openedDate.localeCompare(a.openedDate))
    .flatMap((x) => (x.subject ? [x.subject] : []));
  const recent = [...new Set(subjects)].slice(0, RECENT_SUBJECTS);
  if (recent.length > 0) notes.push(t('qbr.support.subjects', { subjects: recent.join('; ') }));
  return withData(ctx, 'support', {
    metrics: [
      { label: t('qbr.support.opened'), value: num(tickets.length) },
      { label: t('qbr.support.resolved'), value: num(resolved.length) },
      { label: t('qbr.support.median'), value: hours === null ? '–' : num(hours, 1) },
      { label: t('qbr.support.escalated'), value: num(tickets.filter((x) => x.escalated).length) },
    ],
    chartTitle: t('qbr.support.chart'),
    byCategory,
    notes,
  });
}

// The sections the CSM writes: the attendees on the title page and the success plan.
import type { QbrSection } from '../../../shared/qbr/document';
import type { QbrContext } from '../context';
import { noData, withData } from './section';

export function titleSection(ctx: QbrContext): QbrSection {
  const { attendees } = ctx.narrative;
  if (attendees.length === 0) return noData(ctx, 'title');
  return withData(ctx, 'title', {
    subtitle: ctx.t('qbr.doc.subtitle', { quarter: ctx.quarter }),
    attendeesHeading: ctx.t('qbr.doc.attendees'),
    attendees: attendees.map((a) => ({ ...a })),
  });
}

export function goalsSection(ctx: QbrContext): QbrSection {
  const { goals } = ctx.narrative;
  if (goals.length === 0) return noData(ctx, 'goals');
  return withData(ctx, 'goals', {
    columns: {
      goal: ctx.t('qbr.col.goal'),
      measure: ctx.t('qbr.col.measure'),
      progress: ctx.t('qbr.col.progress'),
      status: ctx.t('qbr.col.status'),
      due: ctx.t('qbr.col.due'),
    },
    goals: goals.map((g) => ({
      goal: g.goal,
      measure: g.measure,
      progressPercent: g.progressPercent,
      status: g.status,
      statusLabel: ctx.t(`qbr.goal.${g.status}`),
      due: g.due,
    })),
  });
}

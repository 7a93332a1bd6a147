// Risks and next steps: what the CSM wrote, plus what the data says (a red score, a renewal
// close while not green, a champion who left, improvement areas from the experiments,
// detractors) and the open playbook tasks.
import type { QbrSection, Risk, NextStep, Severity } from '../../../shared/qbr/document';
import { daysBetween } from '../../../shared/analytics/portfolio/dates';
import { formatDate, formatNumber } from '../../export/labels';
import type { QbrContext } from '../context';
import { inPeriod } from '../context';
import { quarterHealth } from './health';
import { npsCounts } from './sentiment';
import { noData, withData } from './section';

const RENEWAL_WINDOW_DAYS = 90;
const MAX_TASKS = 10;

function dataRisks(ctx: QbrContext): Omit<Risk, 'severityLabel'>[] {
  const { t, language } = ctx;
  const risks: Omit<Risk, 'severityLabel'>[] = [];
  const end = quarterHealth(ctx)?.end ?? null;
  if (end?.band === 'red') {
    risks.push({
      risk: t('qbr.risks.red', { score: formatNumber(end.score ?? 0, language, 0) }),
      severity: 'high',
      mitigation: t('qbr.risks.redMitigation'),
    });
  }
  const renewal = ctx.account.renewalDate;
  if (renewal && end && end.band !== 'green') {
    const days = daysBetween(ctx.period.to, renewal);
    if (days >= 0 && days <= RENEWAL_WINDOW_DAYS) {
      risks.push({
        risk: t('qbr.risks.renewalSoon', { date: formatDate(renewal, language) }),
        severity: 'high',
        mitigation: t('qbr.risks.renewalSoonMitigation'),
      });
    }
  }
  for (const c of ctx.data.contacts ?? []) {
    if (c.isChampion && inPeriod(c.endDate, ctx.period)) {
      risks.push({
        risk: t('qbr.risks.championLeft', { name: c.name, date: formatDate(c.endDate!, language) }),
        severity: 'medium',
        mitigation: t('qbr.risks.championLeftMitigation'),
      });
    }
  }
  for (const { experiment, results } of ctx.experiments) {
    for (const r of results) {
      if (r.verdict !== 'deterioration' && r.verdict !== 'inconclusive') continue;
      const [step] = r.wording.nextSteps;
      risks.push({
        risk: t('qbr.risks.experiment', { kpi: r.kpi, experiment: experiment.name }),
        severity: r.verdict === 'deterioration' ? 'high' : 'medium',
        mitigation: step ? ctx.experimentText(step) : '',
      });
    }
  }
  const detractors = npsCounts(
    (ctx.data.surveys ?? []).filter((a) => inPeriod(a.date, ctx.period)),
  ).detractors;
  if (detractors > 0) {
    risks.push({
      risk: t('qbr.risks.detractors', { count: detractors }),
      severity: 'medium',
      mitigation: t('qbr.risks.detractorsMitigation'),
    });
  }
  return risks;
}

const SEVERITY_ORDER: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

export function risksSection(ctx: QbrContext): QbrSection {
  const { t } = ctx;
  const risks: Risk[] = [...ctx.narrative.risks, ...dataRisks(ctx)]
    .map((r) => ({ ...r, severityLabel: t(`qbr.severity.${r.severity}`) }))
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  const tasks: NextStep[] = ctx.openTasks
    .slice()
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate))
    .slice(0, MAX_TASKS)
    .map((task) => ({
      task: ctx.healthLabel(task.titleKey),
      owner: ctx.healthLabel(`health.owner.${task.owner}`),
      due: task.dueDate,
    }));
  const nextSteps: NextStep[] = [...ctx.narrative.nextSteps.map((s) => ({ ...s })), ...tasks];
  if (risks.length === 0 && nextSteps.length === 0) return noData(ctx, 'risks_next_steps');
  return withData(ctx, 'risks_next_steps', {
    risksHeading: t('qbr.risks.heading'),
    riskColumns: {
      risk: t('qbr.risks.col.risk'),
      severity: t('qbr.risks.col.severity'),
      mitigation: t('qbr.risks.col.mitigation'),
    },
    risks,
    nextStepsHeading: t('qbr.steps.heading'),
    stepColumns: {
      task: t('qbr.steps.col.task'),
      owner: t('qbr.steps.col.owner'),
      due: t('qbr.steps.col.due'),
    },
    nextSteps,
  });
}

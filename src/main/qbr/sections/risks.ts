// Risks and next steps, for the customer's eyes: the risks the CSM wrote and the value
// experiments' improvement areas, and the CSM's own next steps. Internal material (playbook
// tasks, trigger names, health bands, churn-risk wording) stays in the app: a task reaches the
// pack only when the CSM ticks it in the builder, which adds it to the narrative reworded.
import type { QbrSection, Risk, Severity } from '../../../shared/qbr/document';
import type { QbrContext } from '../context';
import { noData, withData } from './section';

function improvementAreas(ctx: QbrContext): Omit<Risk, 'severityLabel'>[] {
  const risks: Omit<Risk, 'severityLabel'>[] = [];
  for (const { experiment, results } of ctx.experiments) {
    for (const r of results) {
      if (r.verdict !== 'deterioration' && r.verdict !== 'inconclusive') continue;
      const [step] = r.wording.nextSteps;
      risks.push({
        risk: ctx.t('qbr.risks.experiment', { kpi: r.kpi, experiment: experiment.name }),
        severity: r.verdict === 'deterioration' ? 'high' : 'medium',
        mitigation: step ? ctx.experimentText(step) : '',
      });
    }
  }
  return risks;
}

const SEVERITY_ORDER: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

/** The customer-facing risks, most severe first (the executive summary's top risk is the first). */
export function customerRisks(ctx: QbrContext): Risk[] {
  return [...ctx.narrative.risks, ...improvementAreas(ctx)]
    .map((r) => ({ ...r, severityLabel: ctx.t(`qbr.severity.${r.severity}`) }))
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

export function risksSection(ctx: QbrContext): QbrSection {
  const { t } = ctx;
  const risks = customerRisks(ctx);
  const nextSteps = ctx.narrative.nextSteps.map((s) => ({ ...s }));
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

import { Locale } from '../../../shared/ipc/contract';
import type { ExperimentResults } from '../../../shared/ipc/contract';
import { viewExperimentResults } from '../../experiments/service';
import type { CliCommand } from '../context';
import { UsageError, commandOptions, printJson } from '../context';

/** The statistics per KPI, without the chart series and per-unit changes the screen draws. */
function resultJson(results: ExperimentResults) {
  return {
    experiment: results.experiment,
    plan: results.plan,
    kpis: results.kpis.map((k) => ({
      kpi: k.kpi,
      role: k.role,
      direction: k.direction,
      effect: k.effect,
      ciLow: k.ciLow,
      ciHigh: k.ciHigh,
      se: k.se,
      pValue: k.pValue,
      permutationP: k.permutationP,
      permutationMethod: k.permutationMethod,
      df: k.df,
      nTarget: k.nTarget,
      nControl: k.nControl,
      droppedUnits: k.droppedUnits,
      counterfactual: k.counterfactual,
      relativeEffect: k.relativeEffect,
      probImprovement: k.probImprovement,
      mde: k.mde,
      holmP: k.holmP,
      verdict: k.verdict,
      cautions: k.cautions,
      diagnostics: k.diagnostics,
      wording: k.text,
    })),
  };
}

export const experimentCommand: CliCommand = {
  name: 'experiment',
  usage:
    'experiment --workspace FILE --id ID [--locale en|th|tr] [--json]   results per KPI (locks the plan)',
  async run(args, services, io) {
    const values = commandOptions(
      this,
      args,
      {
        workspace: { type: 'string' },
        id: { type: 'string' },
        locale: { type: 'string' },
        json: { type: 'boolean' },
      },
      ['workspace', 'id'],
    );
    const locale = Locale.safeParse(values.locale ?? 'en');
    if (!locale.success) throw new UsageError('--locale must be en, th or tr');
    const ws = await services.workspaces.open(values.workspace);
    const results = viewExperimentResults(
      ws,
      services.clock.now().toISOString(),
      values.id,
      locale.data,
    );
    if (values.json) return printJson(io, resultJson(results));
    io.out(
      `${results.experiment.id}  ${results.experiment.name}  (plan v${results.plan.version})\n`,
    );
    if (results.plan.changedAfterResultsViewed) {
      io.out(
        `The analysis changed after results were viewed: ${results.plan.changedFields.join(', ')}\n`,
      );
    }
    for (const k of results.kpis) {
      io.out(`\n${k.kpi} [${k.role}]: ${k.verdict}\n  ${k.text.headline}\n`);
      for (const line of [...k.text.details, ...k.text.cautions, ...k.text.nextSteps]) {
        io.out(`  - ${line}\n`);
      }
    }
  },
};

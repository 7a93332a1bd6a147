import { IsoDate } from '../../../shared/domain/entities';
import { loadAccounts } from '../../health/load';
import { explainWeek } from '../../health/views';
import { asOfDay } from '../../time/as-of';
import type { CliCommand } from '../context';
import { UsageError, commandOptions, printJson } from '../context';

const fixed = (value: number | null, digits: number) =>
  value === null ? 'missing' : value.toFixed(digits);

export const healthCommand: CliCommand = {
  name: 'health',
  usage:
    'health --workspace FILE [--account ID] [--week DATE] [--json]   health score, band and components as of the as-of date',
  async run(args, services, io) {
    const values = commandOptions(
      this,
      args,
      {
        workspace: { type: 'string' },
        account: { type: 'string' },
        week: { type: 'string' },
        json: { type: 'boolean' },
      },
      ['workspace'],
    );
    if (values.week !== undefined && !IsoDate.safeParse(values.week).success)
      throw new UsageError('--week must be a date as YYYY-MM-DD');
    const ws = await services.workspaces.open(values.workspace);
    const today = asOfDay(ws.db, services);
    const ids = values.account ? [values.account] : loadAccounts(ws.db).map((a) => a.id);
    const results = ids.map((accountId) => {
      const explained = explainWeek(ws, accountId, values.week ?? today, today);
      return {
        accountId,
        week: explained?.date ?? null,
        modelVersion: explained?.modelVersion ?? null,
        score: explained?.score ?? null,
        band: explained?.band ?? null,
        components: (explained?.components ?? []).map((c) => ({
          id: c.id,
          value: c.value,
          subScore: c.subScore,
          weight: c.weight,
          effectiveWeight: c.effectiveWeight,
          contribution: c.contribution,
          missing: c.missing,
          stale: c.stale === true,
        })),
      };
    });
    if (values.json) return printJson(io, results);
    for (const r of results) {
      io.out(`${r.accountId}\t${r.week ?? '-'}\t${fixed(r.score, 1)}\t${r.band ?? '-'}\n`);
      for (const c of r.components)
        io.out(
          `  ${c.id}\tvalue ${c.stale ? 'stale' : fixed(c.value, 2)}\tsub ${fixed(c.subScore, 0)}\t+${c.contribution.toFixed(1)}\n`,
        );
    }
  },
};

import { accountBenchmarks } from '../../benchmarks/service';
import { asOfDay } from '../../time/as-of';
import type { CliCommand } from '../context';
import { commandOptions, printJson } from '../context';

const USAGE =
  "benchmarks --workspace FILE --account ID [--references] [--json]   percentile among the segment's and the book's live accounts (hidden under 5 peers); --references adds public GRR/NRR lines with their source";

const pct = (v: number | undefined) => (v === undefined ? 'hidden' : `p${Math.round(v)}`);

export const benchmarksCommand: CliCommand = {
  name: 'benchmarks',
  usage: USAGE,
  async run(args, services, io) {
    const values = commandOptions(
      this,
      args,
      {
        workspace: { type: 'string' },
        account: { type: 'string' },
        references: { type: 'boolean' },
        json: { type: 'boolean' },
      },
      ['workspace', 'account'],
    );
    const ws = await services.workspaces.open(values.workspace);
    const result = accountBenchmarks(ws, values.account, asOfDay(ws.db, services), {
      references: values.references === true,
    });
    if (values.json) return printJson(io, result);
    io.out(
      `${result.accountId}\tsegment ${result.segment ?? '-'} (${result.segmentPeers} peers)\tbook (${result.bookPeers} peers)\n`,
    );
    for (const r of result.rows)
      io.out(
        `  ${r.measure}\t${r.value === null ? 'no data' : r.value.toFixed(2)}\tsegment ${pct(r.segment?.percentile)}\tbook ${pct(r.book?.percentile)}\n`,
      );
    for (const ref of result.references)
      io.out(
        `  ${ref.measure.toUpperCase()} ${ref.lowPercent}-${ref.highPercent}% (${ref.source} ${ref.year})\n`,
      );
  },
};

import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeSampleSources } from '../../sample-workspace';
import type { CliCommand } from '../context';
import { UsageError } from '../context';

export const sampleCommand: CliCommand = {
  name: 'sample',
  usage: 'sample --out DIR               write the sample workspace source spreadsheets to DIR',
  async run(args, _services, io) {
    const { values } = parseArgs({ args, options: { out: { type: 'string' } } });
    if (!values.out) throw new UsageError('sample needs --out DIR');
    const files = await writeSampleSources(path.resolve(values.out));
    for (const f of files) io.out(`${f}\n`);
  },
};

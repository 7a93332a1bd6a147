import path from 'node:path';
import { writeSampleSources } from '../../sample-workspace';
import type { CliCommand } from '../context';
import { commandOptions } from '../context';

export const sampleCommand: CliCommand = {
  name: 'sample',
  usage: 'sample --out DIR               write the sample workspace source spreadsheets to DIR',
  async run(args, _services, io) {
    const values = commandOptions(this, args, { out: { type: 'string' } }, ['out']);
    const files = await writeSampleSources(path.resolve(values.out));
    for (const f of files) io.out(`${f}\n`);
  },
};

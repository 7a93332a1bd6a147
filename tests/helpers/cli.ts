import { runCli } from '../../src/main/cli/run';
import type { Services } from '../../src/main/services';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** Runs the CLI in-process on the given services and keeps what it printed. */
export async function runCliCapturing(services: Services, argv: string[]): Promise<CliRun> {
  let out = '';
  let err = '';
  const code = await runCli(argv, services, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

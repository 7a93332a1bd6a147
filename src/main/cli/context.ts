import { parseArgs } from 'node:util';
import os from 'node:os';
import path from 'node:path';
import { createServices } from '../create-services';
import { systemClock } from '../platform/clock';
import { noDialogs } from '../platform/dialogs';
import type { Services } from '../services';

export class UsageError extends Error {}

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

export interface CliCommand {
  name: string;
  usage: string;
  run(args: string[], services: Services, io: CliIo): Promise<void>;
}

/** The CLI runs the app's own services with no window: no dialogs, events go nowhere. */
export function cliServices(): Services {
  return createServices({
    clock: systemClock,
    dialogs: noDialogs,
    emit: () => {},
    dataDir: path.join(os.homedir(), '.qbr-studio'),
    appVersion: process.env.npm_package_version ?? 'dev',
    saveDelayMs: 60_000,
  });
}

export function printJson(io: CliIo, value: unknown): void {
  io.out(`${JSON.stringify(value, null, 2)}\n`);
}

type OptionsConfig = NonNullable<NonNullable<Parameters<typeof parseArgs>[0]>['options']>;
type Values<O extends OptionsConfig> = ReturnType<
  typeof parseArgs<{ args: string[]; options: O }>
>['values'];

const PLACEHOLDERS: Record<string, string> = { workspace: 'FILE', account: 'ID', id: 'ID' };

/**
 * One way every command reads its options: unknown ones are refused by parseArgs, and the
 * `required` ones missing are named together with the command's usage line.
 */
export function commandOptions<const O extends OptionsConfig, R extends keyof O & string>(
  command: Pick<CliCommand, 'name' | 'usage'>,
  args: string[],
  options: O,
  required: readonly R[],
): Values<O> & { [K in R]: string } {
  const { values } = parseArgs({ args, options });
  const all = values as Record<string, unknown>;
  const missing = required.filter((name) => all[name] === undefined || all[name] === '');
  if (missing.length > 0) {
    const needs = missing.map((name) => `--${name} ${PLACEHOLDERS[name] ?? 'VALUE'}`);
    throw new UsageError(`${command.name} needs ${needs.join(' and ')}\nUsage: ${command.usage}`);
  }
  return values as Values<O> & { [K in R]: string };
}

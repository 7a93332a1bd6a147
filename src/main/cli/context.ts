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

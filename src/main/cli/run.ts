import type { Services } from '../services';
import { accountsCommand } from './commands/accounts';
import { backtestCommand } from './commands/backtest';
import { benchmarksCommand } from './commands/benchmarks';
import { experimentCommand } from './commands/experiment';
import { experimentsCommand } from './commands/experiments';
import { goalAddCommand } from './commands/goal-add';
import { goalsCommand } from './commands/goals';
import { healthCommand } from './commands/health';
import { importCommand } from './commands/import';
import { importsCommand } from './commands/imports';
import { portfolioCommand } from './commands/portfolio';
import { qbrCommand } from './commands/qbr';
import { sampleCommand } from './commands/sample';
import { timelineCommand } from './commands/timeline';
import { undoImportCommand } from './commands/undo-import';
import type { CliCommand, CliIo } from './context';
import { UsageError } from './context';
import { clearAsOfOverride, overrideAsOf } from '../time/as-of';
import { isValidIsoDate } from '../../shared/domain/dates';

/**
 * Takes `--as-of DATE` (or `--as-of=DATE`) out of a command's arguments: every command computes
 * as of that day for this run, without writing it to the workspace.
 */
export function takeAsOf(args: readonly string[]): { args: string[]; asOf: string | undefined } {
  const rest: string[] = [];
  let asOf: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--as-of' || arg.startsWith('--as-of=')) {
      const value = arg === '--as-of' ? args[++i] : arg.slice('--as-of='.length);
      if (value === undefined || !isValidIsoDate(value))
        throw new UsageError('--as-of must be a date as YYYY-MM-DD');
      asOf = value;
    } else rest.push(arg);
  }
  return { args: rest, asOf };
}

export const COMMANDS: readonly CliCommand[] = [
  sampleCommand,
  importCommand,
  importsCommand,
  undoImportCommand,
  accountsCommand,
  experimentsCommand,
  experimentCommand,
  portfolioCommand,
  healthCommand,
  timelineCommand,
  backtestCommand,
  qbrCommand,
  goalAddCommand,
  goalsCommand,
  benchmarksCommand,
];

const AS_OF_NOTE =
  "Every command computes as of the workspace's as-of date (by default the latest date its data\ncover); --as-of DATE sets it for one run without changing the workspace.\n";

/** True when the arguments ask for help: `--help` or `-h` anywhere among them. */
export function asksForHelp(args: readonly string[]): boolean {
  return args.some((a) => a === '--help' || a === '-h');
}

/** One command's own usage: what `cli <command> --help` prints (to stdout, exit 0). */
export function commandUsage(command: CliCommand): string {
  return `Usage: npm run --silent cli -- ${command.usage}\n\nOptions every command takes:\n  --as-of YYYY-MM-DD   compute as of that day\n  --help, -h           print this usage\n\n${AS_OF_NOTE}`;
}

function usage(): string {
  return `Usage: npm run --silent cli -- <command> [options] [--as-of YYYY-MM-DD]\n\nCommands:\n${COMMANDS.map((c) => `  ${c.usage}`).join('\n')}\n\n${AS_OF_NOTE}`;
}

/** Runs one CLI command; returns the process exit code. Always releases the workspace. */
export async function runCli(argv: string[], services: Services, io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(name && name !== '--help' ? `Unknown command: ${name}\n\n${usage()}` : usage());
    return name && name !== '--help' ? 2 : 0;
  }
  // Help is answered before anything else: no workspace is opened, no option is checked.
  if (asksForHelp(args)) {
    io.out(commandUsage(command));
    return 0;
  }
  try {
    const taken = takeAsOf(args);
    if (taken.asOf !== undefined) overrideAsOf(services, taken.asOf);
    await command.run(taken.args, services, io);
    services.workspaces.active?.flush();
    return 0;
  } catch (err) {
    if (
      err instanceof UsageError ||
      String((err as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS')
    ) {
      io.err(`${(err as Error).message}\n`);
      return 2;
    }
    io.err(`Error: ${(err as Error).message}\n`);
    return 1;
  } finally {
    clearAsOfOverride(services);
    services.workspaces.closeAll();
  }
}

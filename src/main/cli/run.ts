import type { Services } from '../services';
import { accountsCommand } from './commands/accounts';
import { backtestCommand } from './commands/backtest';
import { experimentCommand } from './commands/experiment';
import { experimentsCommand } from './commands/experiments';
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
];

function usage(): string {
  return `Usage: npm run --silent cli -- <command> [options]\n\nCommands:\n${COMMANDS.map((c) => `  ${c.usage}`).join('\n')}\n`;
}

/** Runs one CLI command; returns the process exit code. Always releases the workspace. */
export async function runCli(argv: string[], services: Services, io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(name && name !== '--help' ? `Unknown command: ${name}\n\n${usage()}` : usage());
    return name && name !== '--help' ? 2 : 0;
  }
  try {
    await command.run(args, services, io);
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
    services.workspaces.closeAll();
  }
}

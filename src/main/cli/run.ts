import type { Services } from '../services';
import { accountsCommand } from './commands/accounts';
import { experimentCommand } from './commands/experiment';
import { experimentsCommand } from './commands/experiments';
import { importCommand } from './commands/import';
import { sampleCommand } from './commands/sample';
import type { CliCommand, CliIo } from './context';
import { UsageError } from './context';

export const COMMANDS: readonly CliCommand[] = [
  sampleCommand,
  importCommand,
  accountsCommand,
  experimentsCommand,
  experimentCommand,
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

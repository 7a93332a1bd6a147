// Every registered CLI command answers --help (and -h) with its own usage, exit 0, without
// opening a workspace or checking its other options (issue #18 point 11).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../src/main/cli/run';
import { runCliCapturing } from '../../helpers/cli';
import { testServices } from '../../helpers/services';
import type { TestServices } from '../../helpers/services';

let t: TestServices;
beforeEach(() => {
  t = testServices();
});
afterEach(() => t.cleanup());

const cli = (...argv: string[]) => runCliCapturing(t.services, argv);

describe('cli <command> --help', () => {
  it('knows more than a handful of commands (the walk below is not vacuous)', () => {
    expect(COMMANDS.length).toBeGreaterThan(10);
    expect(COMMANDS.map((c) => c.name)).toContain('qbr');
  });

  for (const command of COMMANDS) {
    it(`${command.name} --help prints its own usage and exits 0`, async () => {
      const run = await cli(command.name, '--help');
      expect(run.err).toBe('');
      expect(run.code).toBe(0);
      expect(run.out).toMatch(new RegExp(`^Usage: .*\\b${command.name} `));
      expect(run.out).toContain(command.usage);
      expect(run.out).not.toMatch(/Unknown option/i);
      // Its own usage, not the list of every command.
      expect(run.out).not.toContain('Commands:');
    });
  }

  it('answers -h too, and --help after other options (even invalid ones)', async () => {
    const short = await cli('qbr', '-h');
    expect(short.code).toBe(0);
    expect(short.out).toContain('qbr --workspace FILE');
    const late = await cli('qbr', '--workspace', '/nowhere.qbr', '--bogus', '--help');
    expect(late.code).toBe(0);
    expect(late.err).toBe('');
  });

  it('still refuses an unknown option when help is not asked for', async () => {
    const run = await cli('qbr', '--bogus');
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/Unknown option/i);
  });

  it('names every missing required option at once, with the usage line, and opens nothing', async () => {
    const run = await cli('timeline');
    expect(run.code).toBe(2);
    expect(run.err).toContain('timeline needs --workspace FILE and --account ID');
    expect(run.err).toContain(COMMANDS.find((c) => c.name === 'timeline')!.usage);
    const partly = await cli('goal-add', '--workspace', '/nowhere.qbr', '--account', 'A1');
    expect(partly.code).toBe(2);
    expect(partly.err).toContain('goal-add needs --title VALUE and --target VALUE');
    expect(partly.err).not.toContain('--account ID and');
  });

  it('lists every command with no command or with --help alone', async () => {
    const run = await cli('--help');
    expect(run.code).toBe(0);
    for (const c of COMMANDS) expect(run.err).toContain(c.usage);
  });
});

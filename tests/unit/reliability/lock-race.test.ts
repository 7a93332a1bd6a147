// Issue 14.5: the lock is a lock. 60 rounds of racers started the same instant on a lock whose
// holder crashed (or, every other round, one the user agreed to take over): each round exactly
// one racer gets it, the others are told it is held, and the lock file names the winner.
import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const bundleDir = path.join(root, 'node_modules/.cache/qbr-lock-race');
const RACERS = 8;
const ROUNDS = 60;

interface Racer {
  child: ChildProcessWithoutNullStreams;
  answers: AsyncIterator<string>;
}

let dir: string;
let racers: Racer[] = [];
let deadPid: number;

function startRacer(): Racer {
  const child = spawn(process.execPath, [path.join(bundleDir, 'racer.mjs')], { stdio: 'pipe' });
  const answers = readline.createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  return { child, answers };
}

/** A pid that existed and has exited: the holder of a crashed app's lock. */
async function pidOfExitedProcess(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0']);
  await new Promise((r) => child.on('exit', r));
  return child.pid!;
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qbr-lock-race-'));
  await build({
    entryPoints: { racer: path.join(import.meta.dirname, 'lock-children/racer.ts') },
    outdir: bundleDir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'error',
  });
  racers = Array.from({ length: RACERS }, startRacer);
  deadPid = await pidOfExitedProcess();
});

afterAll(() => {
  for (const r of racers) r.child.stdin.end();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the workspace lock under concurrent take-over', () => {
  it(
    `${ROUNDS} rounds of ${RACERS} racers: exactly one winner each`,
    { timeout: 300_000 },
    async () => {
      const winners: number[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        const file = path.join(dir, `round-${round}.qbr`);
        // Even rounds: a crashed holder (dead pid) taken over automatically. Odd rounds: a live
        // holder (this test process) that every racer was told it may take over.
        const live = round % 2 === 1;
        const stale = JSON.stringify({
          pid: live ? process.pid : deadPid,
          hostname: os.hostname(),
          startedAt: '2026-10-01T00:00:00.000Z',
          token: `round-${round}`,
        });
        fs.writeFileSync(`${file}.lock`, stale);
        const at = Date.now() + 150;
        const request = JSON.stringify({ file, at, ...(live ? { takeOver: stale } : {}) });
        for (const r of racers) r.child.stdin.write(`${request}\n`);
        const answers = await Promise.all(
          racers.map(async (r) => (await r.answers.next()).value as string),
        );
        expect(
          answers.filter((a) => a.startsWith('error')),
          `round ${round}`,
        ).toEqual([]);
        const won = answers.flatMap((a, i) => (a === 'won' ? [i] : []));
        expect(won, `round ${round}: ${answers.join(',')}`).toHaveLength(1);
        expect(answers.filter((a) => a === 'locked')).toHaveLength(RACERS - 1);
        const holder = JSON.parse(fs.readFileSync(`${file}.lock`, 'utf8')) as { pid: number };
        expect(holder.pid).toBe(racers[won[0]!]!.child.pid);
        // Nothing is left behind but the lock itself (no claims, temp or stale copies).
        expect(fs.readdirSync(dir).filter((n) => n.startsWith(`round-${round}.qbr.`))).toEqual([
          `round-${round}.qbr.lock`,
        ]);
        winners.push(won[0]!);
      }
      expect(winners).toHaveLength(ROUNDS);
    },
  );
});

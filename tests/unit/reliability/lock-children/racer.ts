// One racer of the lock take-over test. For each line {file, at, takeOver?} it waits until `at`
// (so every racer starts the same instant), tries to lock `file`, and answers one line:
// "won", "locked" or "error: ...". Won locks are kept until the process exits, so the winner
// stays a live holder while the others look at its lock.
import readline from 'node:readline';
import { acquireLock } from '../../../../src/main/db/lock';
import type { WorkspaceLock } from '../../../../src/main/db/lock';

const held: WorkspaceLock[] = [];
const lines = readline.createInterface({ input: process.stdin });
lines.on('line', (line) => {
  const { file, at, takeOver } = JSON.parse(line) as {
    file: string;
    at: number;
    takeOver?: string;
  };
  while (Date.now() < at) {
    // Busy-wait: a timer would add its own jitter to the start.
  }
  let answer: string;
  try {
    held.push(acquireLock(file, takeOver === undefined ? {} : { takeOver }));
    answer = 'won';
  } catch (err) {
    const code = (err as { code?: string }).code;
    answer = code === 'WORKSPACE_LOCKED' ? 'locked' : `error: ${(err as Error).message}`;
  }
  process.stdout.write(`${answer}\n`);
});
lines.on('close', () => process.exit(0));

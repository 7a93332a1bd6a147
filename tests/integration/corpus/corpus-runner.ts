// Child process of corpus.test.ts: imports each file given through the real CLI code (runCli,
// as `qbr import` does) into one workspace, and prints one JSON line per file with its exit code,
// what the CLI said, its time and the workspace's hash before and after. One process for the
// whole corpus keeps the test quick; the parent bounds its heap and its time.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { cliServices } from '../../../src/main/cli/context';
import { runCli } from '../../../src/main/cli/run';

const [workspace, ...files] = process.argv.slice(2);
const hash = () =>
  fs.existsSync(workspace!)
    ? createHash('sha256').update(fs.readFileSync(workspace!)).digest('hex')
    : null;

for (const file of files) {
  let out = '';
  let err = '';
  const before = hash();
  const started = performance.now();
  const code = await runCli(['import', '--workspace', workspace!, file], cliServices(), {
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
  });
  const ms = performance.now() - started;
  process.stdout.write(
    `${JSON.stringify({ file, code, out, err, ms, before, after: hash(), rss: process.memoryUsage().rss })}\n`,
  );
}

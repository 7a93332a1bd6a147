// `npm run bench`: runs every *.bench.ts here in its own process (so peak memory is per
// benchmark), one after another. Each prints its own ratio against a baseline measured in the
// same run; pass names to run a subset: `npm run bench -- save import`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const here = import.meta.dirname;
const wanted = process.argv.slice(2);
const files = fs
  .readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.startsWith(w)))
  .sort();

let failed = 0;
for (const file of files) {
  process.stdout.write(`\n=== ${file}\n`);
  const res = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--expose-gc', path.join(here, file)],
    {
      stdio: 'inherit',
    },
  );
  if (res.status !== 0) failed++;
}
process.exitCode = failed === 0 ? 0 : 1;

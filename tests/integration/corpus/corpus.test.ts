import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// Public test workbooks of other spreadsheet libraries (tests/fixtures/corpus, see SOURCES.md):
// each imports, or is refused with one sentence that names the file and says what is wrong in
// the user's words, never library text or an empty reason; none crashes or hangs. All run in one
// child process with the 1.5 GB heap of the acceptance checks and a time bound per file.

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const CORPUS = path.join(ROOT, 'tests', 'fixtures', 'corpus');
const RUNNER = path.join(ROOT, 'tests', 'integration', 'corpus', 'corpus-runner.ts');
const PER_FILE_MS = 30_000;
const LIBRARY_TEXT =
  /Cannot read properties|undefined|Unexpected|Invalid (row|time)|TypeError|RangeError|SyntaxError|\[object Object\]/;

const files = fs
  .readdirSync(CORPUS, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) =>
    fs
      .readdirSync(path.join(CORPUS, d.name))
      .filter((f) => /\.(xlsx|xlsm|xlsb|ods|numbers)$/i.test(f))
      .map((f) => path.join(CORPUS, d.name, f)),
  );

interface Outcome {
  file: string;
  code: number;
  out: string;
  err: string;
  ms: number;
  before: string | null;
  after: string | null;
  rss: number;
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'qbr-corpus-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function runCorpus(): Promise<{ outcomes: Outcome[]; code: number | null; stderr: string }> {
  const child = spawn(
    process.execPath,
    ['--max-old-space-size=1536', '--import', 'tsx', RUNNER, path.join(tmp, 'w.qbr'), ...files],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
  const timer = setTimeout(() => child.kill('SIGKILL'), PER_FILE_MS * files.length);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      const outcomes = stdout
        .split('\n')
        .filter((l) => l.startsWith('{'))
        .map((l) => JSON.parse(l) as Outcome);
      resolve({ outcomes, code, stderr });
    });
  });
}

describe('corpus of public test workbooks', () => {
  it('holds the shapes the importer must meet', () => {
    const names = files.map((f) => path.basename(f));
    expect(files.length).toBeGreaterThanOrEqual(20);
    for (const needed of [
      'inventory-table.xlsx', // an Excel table
      'nonstandard-xml-ns-prefix.xlsx', // prefixed elements
      'strict_iso_paths.xlsx', // strict OOXML
      'header-row.xlsx', // saved by Mac Excel
      'macNumbersTest.xlsx', // saved by Apple Numbers
      'namespaced.xlsx', // prefixed elements
      'numbers.numbers', // an Apple Numbers document
      'test-issue-1842.xlsx', // a data validation over whole columns
      'issue_174.xlsx', // a whole-sheet range, rows down to 1,048,576
    ])
      expect(names).toContain(needed);
  });

  it(
    'imports each file or refuses it in one clear sentence, within the bounds',
    async () => {
      const { outcomes, code, stderr } = await runCorpus();
      expect(code, stderr).toBe(0);
      expect(outcomes.map((o) => o.file)).toEqual(files);
      const unclear: string[] = [];
      for (const o of outcomes) {
        const name = path.basename(o.file);
        expect(o.ms, name).toBeLessThan(PER_FILE_MS);
        if (o.code === 0) {
          expect(o.out, name).toMatch(/inserted|updated|unchanged/);
          continue;
        }
        const said = o.err.trim();
        const sentence = said.replace(/^Error: /, '');
        const clear =
          said.split('\n').length === 1 &&
          sentence.includes(name) &&
          !LIBRARY_TEXT.test(sentence) &&
          // "Nothing to import: " with nothing after it is an empty reason.
          !/:\s*$/.test(sentence) &&
          !/:\s*;/.test(sentence);
        if (!clear) unclear.push(`${name}: ${said}`);
        // A refusal changes nothing.
        expect(o.after, name).toBe(o.before);
      }
      expect(unclear).toEqual([]);
    },
    PER_FILE_MS * files.length,
  );
});

// Issue #16's acceptance check, end to end through the CLI as a CSM would run it: the sample
// book written by `cli sample`, imported, then `qbr --all --quarter 2026-Q3`; every PDF and PPTX
// is read back with poppler and unzip: no internal task text or trigger names, no placeholder
// sentence, packs only for accounts live at the quarter's end, native charts (ppt/charts/) and
// speaker notes (ppt/notesSlides/) in every deck, and no text ending in an ellipsis.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliCapturing } from '../../helpers/cli';
import { selectAll } from '../../../src/main/db/repos/rows';
import { HEALTH_LABELS } from '../../../src/shared/analytics/health/labels';
import { translate } from '../../../src/shared/i18n';
import type { MessageKey } from '../../../src/shared/i18n';
import type { QbrBatchSummary } from '../../../src/shared/ipc/contract';
import { QBR_LABELS_EN } from '../../../src/shared/i18n/qbr';
import { hasCommand, pdfText, readZip } from '../../helpers/export-pdf-tools';
import { testServices } from '../../helpers/services';
import type { TestServices } from '../../helpers/services';

const QUARTER = '2026-Q3';
const QUARTER_END = '2026-09-30';

let cli: TestServices;
let summary: QbrBatchSummary;
let outDir: string;
let workspace: string;

const run = (args: string[]) => runCliCapturing(cli.services, args);

const tools = hasCommand('pdftotext') && hasCommand('unzip');
if (!tools) {
  if (process.env.CI === 'true') throw new Error('poppler-utils and unzip are required in CI');
  console.warn('pdftotext or unzip is missing: the customer-pack acceptance test is skipped.');
}

beforeAll(async () => {
  if (!tools) return;
  cli = testServices();
  const sample = path.join(cli.dir, 'sample');
  workspace = path.join(cli.dir, 'book.qbr');
  outDir = path.join(cli.dir, 'packs');
  expect((await run(['sample', '--out', sample])).code).toBe(0);
  const files = fs.readdirSync(sample).map((f) => path.join(sample, f));
  expect((await run(['import', '--workspace', workspace, ...files])).code).toBe(0);
  const batch = await run([
    'qbr',
    '--workspace',
    workspace,
    '--all',
    '--quarter',
    QUARTER,
    '--out',
    outDir,
  ]);
  expect(batch.code, batch.err).toBe(0);
  summary = JSON.parse(batch.out) as QbrBatchSummary;
}, 600_000);
afterAll(() => cli?.cleanup());

/** Sentences that must never reach the customer: the internal playbook and placeholders. */
function forbidden(): string[] {
  const health = HEALTH_LABELS.en as Record<string, string>;
  const internal = Object.entries(health)
    .filter(([key]) => key.startsWith('health.action.') || key.startsWith('health.trigger.'))
    .map(([, text]) => text);
  const placeholders = Object.keys(QBR_LABELS_EN)
    .filter((key) => key.startsWith('qbr.nodata.'))
    .map((key) => translate('en', key as MessageKey, { quarter: QUARTER }));
  expect(placeholders.length).toBeGreaterThanOrEqual(9);
  return [...internal, ...placeholders, 'Your company', 'Account manager'];
}

/** Letters only, so a sentence still matches when a PDF or slide wraps it across lines. */
const letters = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** The accounts that had left by the quarter's end, read straight from the workspace tables. */
async function churnedAtQuarterEnd(): Promise<Set<string>> {
  const ws = await cli.services.workspaces.open(workspace);
  const lastChurn = new Map<string, string>();
  for (const row of selectAll(ws.db, 'SELECT account_id, date FROM churn_records')) {
    const id = String(row.account_id);
    const date = String(row.date);
    if (!lastChurn.has(id) || date > lastChurn.get(id)!) lastChurn.set(id, date);
  }
  const paying = new Set(
    selectAll(ws.db, 'SELECT account_id, start_date, end_date, is_trial FROM contract_lines')
      .filter(
        (l) =>
          Number(l.is_trial) === 0 &&
          String(l.start_date) <= QUARTER_END &&
          (l.end_date === null || String(l.end_date) > QUARTER_END),
      )
      .map((l) => String(l.account_id)),
  );
  cli.services.workspaces.closeAll();
  return new Set(
    [...lastChurn].filter(([id, date]) => date <= QUARTER_END && !paying.has(id)).map(([id]) => id),
  );
}

describe.skipIf(!tools)('a 2026-Q3 batch over the CLI sample', () => {
  it('writes packs only for accounts live at the quarter end, and says which it skipped', async () => {
    const churned = await churnedAtQuarterEnd();
    expect(churned.size).toBeGreaterThan(0);
    expect(summary.failed).toEqual([]);
    expect(summary.skippedChurned.map((a) => a.accountId).sort()).toEqual([...churned].sort());
    const written = summary.written.map((w) => w.accountId);
    for (const id of written) expect(churned.has(id), id).toBe(false);
    expect(written.length).toBe(summary.total);
    expect(fs.readdirSync(outDir)).toHaveLength(written.length * 3);
  });

  it('every PDF reads as a customer document: nothing internal, no placeholder, no ellipsis', () => {
    const bad = forbidden().map(letters);
    for (const w of summary.written) {
      for (const file of w.files.filter((f) => f.endsWith('.pdf'))) {
        const text = pdfText(fs.readFileSync(file));
        const flat = letters(text);
        for (const [i, phrase] of bad.entries())
          expect(flat.includes(phrase), `${path.basename(file)}: ${forbidden()[i]}`).toBe(false);
        expect(text, file).not.toMatch(/\bnot yet\b|\bno .* yet\b/i);
        for (const line of text.split('\n'))
          expect(line.trim(), path.basename(file)).not.toMatch(/(…|\.\.\.)$/);
      }
    }
  });

  it('every deck has native charts, notes on every slide, and no text cut with an ellipsis', () => {
    const bad = forbidden().map(letters);
    for (const w of summary.written) {
      const deck = w.files.find((f) => f.endsWith('.pptx'))!;
      const zip = readZip(fs.readFileSync(deck));
      const names = [...zip.keys()];
      const slides = names.filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
      const notes = names.filter((n) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(n));
      expect(
        names.some((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n)),
        deck,
      ).toBe(true);
      expect(notes.length, deck).toBe(slides.length);
      for (const name of [...slides, ...notes]) {
        const xml = zip.get(name)!.toString('utf8');
        const paragraphs = [...xml.matchAll(/<a:p>(.*?)<\/a:p>/gs)].map((p) =>
          [...(p[1] ?? '').matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join(''),
        );
        for (const p of paragraphs) expect(p.trim(), `${deck} ${name}`).not.toMatch(/(…|\.\.\.)$/);
        const flat = letters(paragraphs.join(' '));
        for (const [i, phrase] of bad.entries())
          expect(flat.includes(phrase), `${path.basename(deck)} ${name}: ${forbidden()[i]}`).toBe(
            false,
          );
        if (name.startsWith('ppt/notesSlides/'))
          expect(paragraphs.join(' ').replace(/^\s*\d+\s*/, '').length, name).toBeGreaterThan(20);
      }
    }
  });
});

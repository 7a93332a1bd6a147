// QBR pack benchmark: `npx tsx tests/bench/qbr.bench.ts [lang]`. Builds the sample workspace
// (40+ accounts) through the real importer, then times, per account, the document build and
// the pack (report PDF, deck PPTX, deck PDF, written to disk), and peak RSS. Baseline in the
// same run: the same reports rendered by pdfmake with their chart images removed, so the ratio
// shows what the charts cost on top of pdfmake's own layout of the same pages.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { createServices } from '../../src/main/create-services';
import { renderDeckPdf } from '../../src/main/export/deck-pdf';
import { renderDeckPptx } from '../../src/main/export/deck-pptx';
import { writeFileAtomic } from '../../src/main/db/atomic-write';
import { renderPdf } from '../../src/main/export/pdf-engine';
import { renderReportPdf, reportDefinition } from '../../src/main/export/pdf-report';
import { ensureHealthFresh } from '../../src/main/health/recompute';
import { fixedClock } from '../../src/main/platform/clock';
import { noDialogs } from '../../src/main/platform/dialogs';
import type { Workspace } from '../../src/main/db/workspace';
import { exportBatch } from '../../src/main/qbr/batch';
import { buildQbrDocument } from '../../src/main/qbr/build';
import { defaultNarrative } from '../../src/main/qbr/narrative-store';
import { packPaths } from '../../src/main/qbr/pack-files';
import { Locale } from '../../src/shared/ipc/contract';
import type { QbrDocument } from '../../src/shared/qbr/document';
import { peakRssMb, report, time } from './measure';

const LANGUAGE = Locale.parse(process.argv[2] ?? 'th');
const TODAY = '2026-10-01';
const QUARTER = '2026-Q3';

function withoutImages(node: unknown): unknown {
  if (Array.isArray(node)) return node.filter((n) => !isImage(n)).map(withoutImages);
  if (node !== null && typeof node === 'object') {
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, withoutImages(v)]));
  }
  return node;
}
const isImage = (n: unknown) => n !== null && typeof n === 'object' && 'image' in n;

function stats(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return `mean ${mean.toFixed(0)} ms, median ${at(0.5).toFixed(0)} ms, p90 ${at(0.9).toFixed(0)} ms`;
}

const rssMb = () => Math.round(process.memoryUsage().rss / 2 ** 20);

/**
 * The app's batch export over every account, first thing after the sample is built (so nothing
 * the rest of this bench keeps is counted): RSS once a one-account batch has loaded the modules
 * and fonts, after every pack, and at the end. Flat means nothing of a pack outlives it.
 */
async function batchMemory(ws: Workspace, ids: string[]) {
  const request = (folder: string) => ({
    jobId: 'bench',
    folder: path.join(dir, folder),
    quarter: QUARTER,
    today: TODAY,
    at: () => `${TODAY}T09:00:00.000Z`,
    language: LANGUAGE,
    defaultLanguage: LANGUAGE,
    includeChurned: true,
  });
  await exportBatch(ws, { ...request('batch-warm-up'), accountIds: ids.slice(0, 1) });
  const start = rssMb();
  let peak = start;
  const { ms } = await time(() =>
    exportBatch(ws, { ...request('batch'), onProgress: () => (peak = Math.max(peak, rssMb())) }),
  );
  return { start, peak, end: rssMb(), msPerAccount: ms / ids.length };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qbr-bench-qbr-'));
const services = createServices({
  clock: fixedClock(`${TODAY}T09:00:00.000Z`),
  dialogs: noDialogs,
  emit: () => {},
  dataDir: dir,
  appVersion: 'bench',
  saveDelayMs: 60_000,
});
try {
  await services.openSample();
  const rssAfterSample = peakRssMb();
  const ws = services.workspaces.require();
  ensureHealthFresh(ws, TODAY);
  const ids = ws.db.exec('SELECT id FROM accounts ORDER BY id')[0]!.values.map((r) => String(r[0]));
  const batch = await batchMemory(ws, ids);
  const narrative = { ...defaultNarrative(LANGUAGE), language: LANGUAGE };
  const builds: number[] = [];
  const docs: QbrDocument[] = [];
  for (const accountId of ids) {
    const { ms, value } = await time(() =>
      buildQbrDocument(ws.db, { accountId, quarter: QUARTER, narrative, today: TODAY }),
    );
    builds.push(ms);
    docs.push(value);
  }
  const out = path.join(dir, 'packs');
  fs.mkdirSync(out);
  // Warm-up: module loading, font parsing and JIT belong to the first export, not to each pack.
  await renderReportPdf(docs[0]!);
  await renderDeckPptx(docs[0]!);

  const parts = { report: [] as number[], pptx: [] as number[], deckPdf: [] as number[] };
  const packs: number[] = [];
  // memory should stay flat across a batch: the heap in use after each quarter of the packs
  const heapMb: number[] = [];
  const checkpoints = new Set([1, 2, 3, 4].map((q) => Math.floor((q * docs.length) / 4) - 1));
  for (const [i, doc] of docs.entries()) {
    const paths = packPaths(out, doc.meta.accountId, QUARTER);
    const pack = await time(async () => {
      const r = await time(() => renderReportPdf(doc));
      const p = await time(() => renderDeckPptx(doc));
      const d = await time(() => renderDeckPdf(doc));
      parts.report.push(r.ms);
      parts.pptx.push(p.ms);
      parts.deckPdf.push(d.ms);
      writeFileAtomic(paths.pdfPath, r.value);
      writeFileAtomic(paths.deckPath, p.value);
      writeFileAtomic(paths.deckPdfPath, d.value);
    });
    packs.push(pack.ms);
    if (checkpoints.has(i)) {
      globalThis.gc?.();
      heapMb.push(Math.round(process.memoryUsage().heapUsed / 2 ** 20));
    }
  }
  const baseline: number[] = [];
  for (const doc of docs) {
    const definition = withoutImages(reportDefinition(doc)) as TDocumentDefinitions;
    definition.content = definition.content as Content;
    baseline.push((await time(() => renderPdf(definition))).ms);
  }
  const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
  report(`QBR packs, sample workspace, ${QUARTER}, language ${LANGUAGE}`, {
    accounts: ids.length,
    'document build (from the workspace)': stats(builds),
    'pack: report + deck PPTX + deck PDF, written': stats(packs),
    '  report PDF': stats(parts.report),
    '  deck PPTX': stats(parts.pptx),
    '  deck PDF (reuses the report chart images)': stats(parts.deckPdf),
    'heap used after each quarter of the batch': `${heapMb.join(', ')} MB${globalThis.gc ? ' (after GC)' : ''}`,
    'baseline: same reports without charts (pdfmake alone)': stats(baseline),
    'report / baseline': `${(mean(parts.report) / mean(baseline)).toFixed(2)}x`,
    [`app batch (exportBatch) of ${ids.length} accounts, per account`]: `${batch.msPerAccount.toFixed(0)} ms`,
    'qbr batch rss start / peak / end': `${batch.start} / ${batch.peak} / ${batch.end} MB`,
    'qbr batch rss peak / start': `${(batch.peak / batch.start).toFixed(1)}x`,
    'qbr batch rss end / start': `${(batch.end / batch.start).toFixed(1)}x`,
    'peak RSS after building the sample (importer)': `${rssAfterSample} MB`,
    'peak RSS at the end': `${peakRssMb()} MB`,
  });
} finally {
  services.workspaces.closeAll();
  fs.rmSync(dir, { recursive: true, force: true });
}

// `npm run demo`: the app's main job on its built-in sample, with nothing but `npm ci`. Builds
// the sample workspace in a temporary folder, exports every account's QBR pack for the latest
// full quarter into ./qbr-demo-output (or the folder given), and says where they are.
// Usage: npm run demo -- [OUT_DIR] [--lang en|th|tr]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Locale } from '../../shared/ipc/contract';
import { createServices } from '../create-services';
import { systemClock, todayOf } from '../platform/clock';
import { noDialogs } from '../platform/dialogs';
import { exportBatch } from '../qbr/batch';
import { workspaceQuarters } from '../qbr/quarters';

const { values, positionals } = parseArgs({
  args: process.argv.slice(2),
  options: { lang: { type: 'string', default: 'en' } },
  allowPositionals: true,
});
const language = Locale.parse(values.lang);
const out = path.resolve(positionals[0] ?? 'qbr-demo-output');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qbr-demo-'));
const services = createServices({
  clock: systemClock,
  dialogs: noDialogs,
  emit: () => {},
  dataDir,
  appVersion: 'demo',
  saveDelayMs: 60_000,
});
const started = Date.now();
try {
  process.stdout.write('Building the sample workspace…\n');
  await services.openSample();
  const ws = services.workspaces.require();
  const today = todayOf(systemClock);
  const { latest } = workspaceQuarters(ws.db, today);
  process.stdout.write(`Exporting the ${latest} QBR pack of every account (${language})…\n`);
  const summary = await exportBatch(ws, {
    jobId: 'demo',
    folder: out,
    quarter: latest,
    language,
    today,
    at: () => systemClock.now().toISOString(),
    defaultLanguage: language,
    onProgress: (p) =>
      process.stdout.write(
        `  ${String(p.done).padStart(3)}/${p.total} ${p.accountName}${p.error ? ` FAILED: ${p.error}` : ''}\n`,
      ),
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  process.stdout.write(
    `\n${summary.written.length} packs (report PDF, deck PPTX, deck PDF) written to ${out} in ${seconds} s` +
      (summary.failed.length ? `; ${summary.failed.length} failed.\n` : '.\n'),
  );
  process.exitCode = summary.failed.length ? 1 : 0;
} finally {
  services.workspaces.closeAll();
  fs.rmSync(dataDir, { recursive: true, force: true });
}

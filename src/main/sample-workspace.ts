import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ImportSummary } from '../shared/ipc/contract';
import { SAMPLE_AS_OF, generateSampleBook } from './sample/generate';
import { writeSampleFiles } from './sample/write-files';
import type { Services } from './services';
import { setStoredAsOf } from './time/as-of';
import { ImportService } from './import/service';
import { WorkspaceManager } from './workspace-manager';

/**
 * Writes the sample book's source spreadsheets, as a CSM would have them, into `outDir`. One
 * book for the CLI and the app, dated SAMPLE_AS_OF whatever the day: a workspace imported from
 * these files is as of that date (the latest its data cover), so nothing in it looks stale.
 */
export async function writeSampleSources(outDir: string): Promise<string[]> {
  fs.mkdirSync(outDir, { recursive: true });
  return writeSampleFiles(generateSampleBook(), outDir);
}

/** Imports files through the same path as the app's wizard, taking every sheet it recognises. */
export async function importFiles(
  services: Pick<Services, 'imports'>,
  paths: readonly string[],
): Promise<ImportSummary> {
  const preview = await services.imports.open(paths);
  const choices = services.imports.automaticChoices(preview);
  if (choices.length === 0) {
    services.imports.cancel(preview.sessionId);
    return { batchId: 0, sheets: [] };
  }
  return services.imports.commit(preview.sessionId, choices);
}

/**
 * Opens the sample workspace, building it first if needed. It is built under a temporary name,
 * by a workspace manager and importer of its own (so the app never shows, saves or remembers the
 * half-built file), and renamed into place, so an interrupted first start never leaves half a
 * sample behind.
 */
export async function ensureSampleWorkspace(services: Services, file: string): Promise<void> {
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const sources = fs.mkdtempSync(path.join(os.tmpdir(), 'qbr-sample-'));
    const building = `${file}.building`;
    fs.rmSync(building, { force: true });
    const builder = new WorkspaceManager({ clock: services.clock });
    try {
      const paths = await writeSampleSources(sources);
      const ws = await builder.open(building, true);
      await importFiles(
        {
          imports: new ImportService({ workspace: () => builder.require(), clock: services.clock }),
        },
        paths,
      );
      // The sample says it is the sample, dated as written: no "data are old" banner.
      ws.transaction(() => setStoredAsOf(ws.db, SAMPLE_AS_OF, 'sample'));
      builder.closeAll();
      fs.renameSync(building, file);
    } finally {
      builder.closeAll();
      fs.rmSync(sources, { recursive: true, force: true });
      fs.rmSync(`${building}.backups`, { recursive: true, force: true });
    }
  }
  await services.workspaces.open(file);
}

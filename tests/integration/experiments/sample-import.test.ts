import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFiles, writeSampleSources } from '../../../src/main/sample-workspace';
import { listExperimentSummaries } from '../../../src/main/experiments/service';
import { testServices } from '../../helpers/services';
import type { TestServices } from '../../helpers/services';

let t: TestServices;
beforeAll(() => {
  t = testServices();
});
afterAll(() => t.cleanup());

describe('the sample experiments through the real importer', () => {
  it('imports experiments.xlsx and gives a win, an inconclusive result and a deterioration', async () => {
    const sources = path.join(t.dir, 'sources');
    const files = await writeSampleSources(sources);
    const wanted = files.filter((f) => /accounts|experiments/.test(path.basename(f)));
    expect(wanted.map((f) => path.basename(f)).sort()).toEqual([
      'accounts.xlsx',
      'experiments.xlsx',
    ]);
    const ws = await t.services.workspaces.open(path.join(t.dir, 'imported.qbr'), true);
    const summary = await importFiles(t.services, wanted);
    expect(summary.sheets.every((s) => s.errors.length === 0)).toBe(true);
    expect(summary.sheets.map((s) => s.kind).sort()).toEqual([
      'accounts',
      'experiment_observations',
      'experiments',
    ]);
    const verdicts = listExperimentSummaries(ws, '2026-10-01T00:00:00.000Z').map((e) => [
      e.id,
      e.verdict,
    ]);
    expect(verdicts.sort()).toEqual([
      ['EXP-001', 'improvement'],
      ['EXP-002', 'inconclusive'],
      ['EXP-003', 'deterioration'],
    ]);
    expect(fs.existsSync(ws.file)).toBe(true);
  });
});

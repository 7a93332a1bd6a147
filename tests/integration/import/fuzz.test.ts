import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../src/shared/ipc/result';
import type { Harness } from './harness';
import { harness } from './harness';
import { mulberry32 as rng } from '../../../src/shared/analytics/experiments';

function mutate(input: Uint8Array, random: () => number): Uint8Array {
  const bytes = Uint8Array.from(input);
  const pick = Math.floor(random() * 4);
  if (pick === 0) return bytes.subarray(0, Math.floor(random() * bytes.length));
  if (pick === 1) {
    const flips = 1 + Math.floor(random() * 8);
    for (let i = 0; i < flips; i++) {
      const at = Math.floor(random() * bytes.length);
      bytes[at] = bytes[at]! ^ (1 << Math.floor(random() * 8));
    }
    return bytes;
  }
  if (pick === 2) {
    const at = Math.floor(random() * bytes.length);
    const noise = Uint8Array.from({ length: 1 + Math.floor(random() * 64) }, () =>
      Math.floor(random() * 256),
    );
    return Uint8Array.from([...bytes.subarray(0, at), ...noise, ...bytes.subarray(at)]);
  }
  const at = Math.floor(random() * bytes.length);
  const length = Math.floor(random() * 256);
  for (let i = at; i < Math.min(bytes.length, at + length); i++)
    bytes[i] = Math.floor(random() * 256);
  return bytes;
}

async function validXlsx(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const a = wb.addWorksheet('Accounts');
  a.addRow(['Account ID', 'Account Name', 'ARR', 'Renewal Date', 'Churned']);
  for (let i = 0; i < 30; i++)
    a.addRow([
      `A${i}`,
      `Company ${i}`,
      1000 + i,
      new Date(Date.UTC(2025, i % 12, 1)),
      i % 2 === 0 ? 'Yes' : 'No',
    ]);
  const u = wb.addWorksheet('Usage');
  u.addRow(['Account ID', 'Metric', 'Date', 'Value']);
  for (let i = 0; i < 60; i++)
    u.addRow([
      `A${i % 30}`,
      i % 2 ? 'logins' : 'reports',
      `2024-01-${String((i % 28) + 1).padStart(2, '0')}`,
      i,
    ]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const validCsv = new TextEncoder().encode(
  `Ticket ID;Account ID;Opened;Closed;Priority;Satisfaction\r\n${Array.from(
    { length: 40 },
    (_, i) =>
      `T${i};A${i % 9};${(i % 28) + 1}/0${(i % 9) + 1}/2024;;${['low', 'High', 'acil', 'ด่วน'][i % 4]};"${i % 5},5"`,
  ).join('\r\n')}\r\n`,
);

describe('fuzz: mutated files never crash the importer or half-change the workspace', () => {
  let h: Harness;
  let xlsx: Uint8Array;
  beforeAll(async () => {
    h = await harness();
    xlsx = await validXlsx();
    await h.importFiles([h.file('seed.csv', 'Account ID,Account Name\nSEED,Seed Co\n')]);
  });
  afterAll(() => h.cleanup());

  // One reader serves every workbook now: the 60 seeds the streaming reader had go to xlsx.
  const cases: { name: string; source: () => Uint8Array; seeds: number }[] = [
    { name: 'xlsx', source: () => xlsx, seeds: 180 },
    { name: 'csv', source: () => validCsv, seeds: 120 },
  ];

  for (const c of cases) {
    it(`answers ${c.seeds} mutated ${c.name} files with a summary or an AppError`, async () => {
      let summaries = 0;
      let refusals = 0;
      for (let seed = 1; seed <= c.seeds; seed++) {
        const bytes = mutate(c.source(), rng(seed * 7919 + c.name.length));
        const file = h.file(`fuzz-${seed}.${c.name.startsWith('csv') ? 'csv' : 'xlsx'}`, bytes);
        const before = h.snapshot();
        try {
          const preview = await h.service.open([file]);
          const choices = h.service.automaticChoices(preview);
          if (choices.length === 0) {
            h.service.cancel(preview.sessionId);
            refusals++;
            continue;
          }
          const summary = h.service.commit(preview.sessionId, choices);
          expect(summary.sheets.length, `seed ${seed}`).toBe(choices.length);
          summaries++;
        } catch (err) {
          expect(err, `seed ${seed}: ${String(err)}`).toBeInstanceOf(AppError);
          expect(h.snapshot(), `seed ${seed}`).toBe(before);
          refusals++;
        }
      }
      expect(summaries + refusals).toBe(c.seeds);
    });
  }
});

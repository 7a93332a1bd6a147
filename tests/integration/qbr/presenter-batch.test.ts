// Who presents (Settings > Presenter) and which accounts a batch covers: the presenter's name,
// title and company reach the cover, footer and closing slide, and nothing says "Your company"
// when no company is set; a logo is checked (PNG or SVG, size) and a refused one changes
// nothing; the batch leaves out accounts churned before the quarter's end unless asked.
import fs from 'node:fs';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDeckPptx } from '../../../src/main/export/deck-pptx';
import { renderReportPdf } from '../../../src/main/export/pdf-report';
import { dispatch } from '../../../src/main/ipc/dispatch';
import { noDialogs } from '../../../src/main/platform/dialogs';
import { exportBatch } from '../../../src/main/qbr/batch';
import { defaultNarrative } from '../../../src/main/qbr/narrative-store';
import { documentFor } from '../../../src/main/qbr/service';
import type { PresenterAnswer, QbrBatchSummary } from '../../../src/shared/ipc/contract';
import { pdfText, readZip, squash } from '../../helpers/export-pdf-tools';
import { openQbrWorkspace } from '../../helpers/qbr-workspace';
import { testServices } from '../../helpers/services';
import type { TestServices } from '../../helpers/services';

const QUARTER = '2026-Q3';
// Northwind is live; Atlas Fintech churned in the sample before the end of 2026-Q3.
const LIVE = 'ACC-1001';
const CHURNED = 'ACC-1006';

let t: TestServices;
let nextLogo: string | null = null;

beforeAll(async () => {
  t = testServices({
    ...noDialogs,
    openFiles: async () => (nextLogo ? [nextLogo] : []),
    chooseFolder: async () => path.join(t.dir, 'dialog-batch'),
  });
  await openQbrWorkspace(t, [LIVE, CHURNED]);
}, 120_000);
afterAll(() => t.cleanup());

async function ok<T>(channel: Parameters<typeof dispatch>[0], input: unknown): Promise<T> {
  const res = await dispatch(channel, input as never, t.services);
  if (!res.ok) throw new Error(`${channel}: ${res.error.message}`);
  return res.value as T;
}

function pngOf(width: number, height: number): Buffer {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="${width}" height="${height}" fill="#2f5fb3"/></svg>`;
  return Buffer.from(new Resvg(svg).render().asPng());
}

const doc = () =>
  documentFor(
    t.services.workspaces.require(),
    { accountId: LIVE, quarter: QUARTER, narrative: defaultNarrative('en') },
    '2026-10-01',
  );

describe('the presenter', () => {
  it('without a company name, no pack names one (never "Your company")', async () => {
    const settings = await ok<{ companyName: string }>('settings:get', {});
    expect(settings.companyName).toBe('');
    const report = squash(pdfText(await renderReportPdf(doc())));
    expect(report).not.toContain(squash('Your company'));
    expect(report).not.toContain(squash('Prepared by'));
    expect(report).toContain(squash('Northwind Logistics'));
  });

  it('puts name, title and company on the cover, footer and closing slide', async () => {
    await ok('settings:set', { companyName: 'Acme Analytics' });
    const saved = await ok<PresenterAnswer>('qbr:presenterSet', {
      name: 'Jordan Lee',
      title: 'Customer Success Manager',
    });
    expect(saved).toMatchObject({ name: 'Jordan Lee', companyName: 'Acme Analytics' });
    const report = squash(pdfText(await renderReportPdf(doc())));
    expect(report).toContain(
      squash('Prepared by: Jordan Lee, Customer Success Manager, Acme Analytics'),
    );
    expect(report).toContain(squash('Northwind Logistics · Acme Analytics'));
    const zip = readZip(await renderDeckPptx(doc()));
    const slides = [...zip.keys()].filter((k) => /^ppt\/slides\/slide\d+\.xml$/.test(k));
    const text = (name: string) =>
      squash(
        [
          ...zip
            .get(name)!
            .toString('utf8')
            .matchAll(/<a:t>([^<]*)<\/a:t>/g),
        ]
          .map((m) => m[1])
          .join(''),
      );
    const last = slides
      .sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]))
      .at(-1)!;
    expect(text(last)).toContain(squash('Jordan Lee, Customer Success Manager, Acme Analytics'));
    expect(text('ppt/slides/slide2.xml')).toContain(squash('Northwind Logistics · Acme Analytics'));
  });

  it('stores a checked PNG logo and shows it on the cover', async () => {
    nextLogo = path.join(t.dir, 'logo.png');
    fs.writeFileSync(nextLogo, pngOf(300, 100));
    const answer = await ok<PresenterAnswer>('qbr:presenterLogoChoose', {});
    expect(answer.logo).toMatchObject({ widthPx: 300, heightPx: 100 });
    const zip = readZip(await renderDeckPptx(doc()));
    expect([...zip.keys()].some((k) => k.startsWith('ppt/media/'))).toBe(true);
  });

  it('rasterises an SVG logo once, and refuses what is not a logo, changing nothing', async () => {
    nextLogo = path.join(t.dir, 'logo.svg');
    fs.writeFileSync(
      nextLogo,
      '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="50"><circle cx="25" cy="25" r="20"/></svg>',
    );
    const svg = await ok<PresenterAnswer>('qbr:presenterLogoChoose', {});
    expect(svg.logo?.src.startsWith('data:image/png;base64,')).toBe(true);
    expect(svg.logo?.widthPx).toBe(800);

    const refusals: [string, Buffer, RegExp][] = [
      ['huge.png', pngOf(4200, 10), /at most 4000/],
      ['notes.txt', Buffer.from('hello'), /not an SVG/],
      ['big.svg', Buffer.alloc(1024 * 1024 + 10, ' '), /at most 1024 KB/],
    ];
    for (const [name, bytes, message] of refusals) {
      nextLogo = path.join(t.dir, name);
      fs.writeFileSync(nextLogo, bytes);
      const res = await dispatch('qbr:presenterLogoChoose', {}, t.services);
      expect(res.ok, name).toBe(false);
      if (!res.ok) expect(res.error.message).toMatch(message);
      const now = await ok<PresenterAnswer>('qbr:presenterGet', {});
      expect(now.logo?.src, name).toBe(svg.logo?.src);
    }
    await ok('qbr:presenterLogoRemove', {});
    expect((await ok<PresenterAnswer>('qbr:presenterGet', {})).logo).toBeNull();
  });
});

describe('the batch covers the live book', () => {
  const base = {
    quarter: QUARTER,
    today: '2026-10-01',
    at: () => '2026-10-01T09:00:00.000Z',
    defaultLanguage: 'en' as const,
  };

  it('skips an account churned before the quarter ends, and names it', async () => {
    const summary = await exportBatch(t.services.workspaces.require(), {
      ...base,
      jobId: 'live',
      folder: path.join(t.dir, 'live'),
    });
    expect(summary.written.map((w) => w.accountId)).toEqual([LIVE]);
    expect(summary.skippedChurned).toEqual([{ accountId: CHURNED, accountName: 'Atlas Fintech' }]);
  }, 120_000);

  it('logs its packs in one transaction when it ends, cancelled or not (one per pack set off a save each)', async () => {
    const ws = t.services.workspaces.require();
    const logged = () => Number(ws.db.exec('SELECT COUNT(*) FROM qbr_exports')[0]!.values[0]![0]);
    const transaction = ws.transaction.bind(ws);
    let transactions = 0;
    ws.transaction = (fn) => {
      transactions++;
      return transaction(fn);
    };
    try {
      const before = logged();
      await exportBatch(ws, {
        ...base,
        jobId: 'log',
        folder: path.join(t.dir, 'log'),
        includeChurned: true,
      });
      expect(logged() - before).toBe(2);
      expect(transactions).toBe(1);

      const controller = new AbortController();
      const cancelled = await exportBatch(ws, {
        ...base,
        jobId: 'cancel',
        folder: path.join(t.dir, 'cancel'),
        includeChurned: true,
        signal: controller.signal,
        onProgress: () => controller.abort(),
      });
      expect(cancelled.cancelled).toBe(true);
      expect(cancelled.written).toHaveLength(1);
      expect(logged() - before).toBe(3);
      expect(transactions).toBe(2);
    } finally {
      ws.transaction = transaction;
    }
  }, 240_000);

  it('writes it too when asked, through the channel as the app does', async () => {
    const summary = await ok<QbrBatchSummary>('qbr:exportBatch', {
      jobId: 'all',
      quarter: QUARTER,
      includeChurned: true,
    });
    expect(summary.written.map((w) => w.accountId).sort()).toEqual([LIVE, CHURNED].sort());
    expect(summary.skippedChurned).toEqual([]);
  }, 120_000);
});

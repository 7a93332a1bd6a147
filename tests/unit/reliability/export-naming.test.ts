// Issue 14.6: export writes only what the user chose. File names made from account names drop
// bidi controls and zero-width characters; the save dialog names the decks written beside the
// report, and files it did not confirm are replaced only when the user agrees.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../src/main/ipc/dispatch';
import { noDialogs } from '../../../src/main/platform/dialogs';
import type { Dialogs } from '../../../src/main/platform/dialogs';
import {
  accountFileStem,
  chooseReportPath,
  confirmBatchFolder,
  uniqueStems,
} from '../../../src/main/qbr/pack-files';
import { openQbrWorkspace } from '../../helpers/qbr-workspace';
import { testServices } from '../../helpers/services';

const BIDI = [0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069];
const ZERO_WIDTH = [0x200b, 0x200c, 0x200d, 0xfeff, 0x2060];

describe('file names from account names', () => {
  it.each([...BIDI, ...ZERO_WIDTH].map((cp) => [cp.toString(16).toUpperCase(), cp]))(
    'drop U+%s',
    (_hex, cp) => {
      const c = String.fromCodePoint(cp);
      expect(accountFileStem(`${c}Ac${c}me Corp${c}`)).toBe('Acme Corp');
    },
  );

  it('a right-to-left override cannot disguise the extension; Thai and Turkish letters stay', () => {
    const stem = accountFileStem('Invoice\u202Efdp.exe');
    expect(stem).toBe('Invoicefdp.exe');
    expect(accountFileStem('บริษัท\u200Bสยาม İstanbul\u2066Şirketi\u2069')).toBe(
      'บริษัทสยาม İstanbulŞirketi',
    );
  });

  it('two accounts whose names differ only by invisible characters do not share a file', () => {
    const stems = uniqueStems([
      { id: 'A-1', name: 'Acme' },
      { id: 'A-2', name: 'Ac\u200Bme' },
    ]);
    expect(new Set(stems.values()).size).toBe(2);
    expect(stems.get('A-1')).toBe('Acme (A-1)');
    expect(stems.get('A-2')).toBe('Acme (A-2)');
  });
});

describe('choosing where one pack goes', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qbr-export-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  const doc = {
    meta: { accountName: 'Acme\u202E', quarter: '2026-Q3', documentTitle: 'QBR Acme' },
  };

  function dialogs(answer: string, replace?: boolean) {
    const seen: { title: string; defaultName: string; replaceAsked: string[][] } = {
      title: '',
      defaultName: '',
      replaceAsked: [],
    };
    const port: Dialogs = {
      ...noDialogs,
      saveFile: async (opts) => {
        seen.title = opts.title;
        seen.defaultName = opts.defaultName;
        return answer;
      },
      ...(replace === undefined
        ? {}
        : {
            confirmReplace: async (files: string[]) => {
              seen.replaceAsked.push(files);
              return replace;
            },
          }),
    };
    return { port, seen };
  }

  it('names the decks in the dialog and asks nothing when no file would be replaced', async () => {
    const { port, seen } = dialogs(path.join(dir, 'Acme-2026-Q3-report.pdf'), false);
    expect(await chooseReportPath(port, doc, 'en')).toBe(path.join(dir, 'Acme-2026-Q3-report.pdf'));
    expect(seen.defaultName).toBe('Acme-2026-Q3-report.pdf');
    expect(seen.title).toContain('Acme-2026-Q3-deck.pptx');
    expect(seen.title).toContain('Acme-2026-Q3-deck.pdf');
    expect(seen.replaceAsked).toEqual([]);
  });

  it('names the decks in Thai and Turkish too', async () => {
    for (const locale of ['th', 'tr'] as const) {
      const { port, seen } = dialogs(path.join(dir, 'x.pdf'));
      await chooseReportPath(port, doc, locale);
      expect(seen.title).toContain('Acme-2026-Q3-deck.pptx');
      expect(seen.title).not.toContain('the deck is saved');
    }
  });

  it('never replaces an existing deck silently: a port without the question cancels', async () => {
    const report = path.join(dir, 'Mine.pdf');
    fs.writeFileSync(path.join(dir, 'Mine-deck.pptx'), 'my other deck');
    const silent = dialogs(report);
    expect(await chooseReportPath(silent.port, doc, 'en')).toBeNull();
    const no = dialogs(report, false);
    expect(await chooseReportPath(no.port, doc, 'en')).toBeNull();
    expect(no.seen.replaceAsked).toEqual([[path.join(dir, 'Mine-deck.pptx')]]);
    const yes = dialogs(report, true);
    expect(await chooseReportPath(yes.port, doc, 'en')).toBe(report);
  });

  it('asks about the report too when ".pdf" had to be added to the name chosen', async () => {
    fs.writeFileSync(path.join(dir, 'Board.pdf'), 'an older report');
    const { port, seen } = dialogs(path.join(dir, 'Board'), false);
    expect(await chooseReportPath(port, doc, 'en')).toBeNull();
    expect(seen.replaceAsked).toEqual([[path.join(dir, 'Board.pdf')]]);
  });

  it('through the app: a refused replacement writes nothing and leaves the old deck as it was', async () => {
    const report = path.join(dir, 'Pack.pdf');
    const deck = path.join(dir, 'Pack-deck.pdf');
    fs.writeFileSync(deck, 'keep me');
    const { port } = dialogs(report, false);
    const t = testServices(port);
    try {
      const { book } = await openQbrWorkspace(t, null, 'naming.qbr');
      const accountId = book.accounts[0]!.id;
      const res = await dispatch('qbr:exportOne', { accountId, quarter: '2026-Q2' }, t.services);
      expect(res).toEqual({ ok: true, value: null });
      expect(fs.readdirSync(dir).sort()).toEqual(['Pack-deck.pdf']);
      expect(fs.readFileSync(deck, 'utf8')).toBe('keep me');
    } finally {
      t.cleanup();
    }
  });
});

describe('a batch export into a folder', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qbr-batch-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('asks before replacing an earlier export of the same quarter, and only then', async () => {
    const asked: string[][] = [];
    const port = (answer: boolean): Dialogs => ({
      ...noDialogs,
      confirmReplace: async (files) => {
        asked.push(files);
        return answer;
      },
    });
    expect(await confirmBatchFolder(noDialogs, path.join(dir, 'new'), '2026-Q3', 'en')).toBe(true);
    fs.writeFileSync(path.join(dir, 'Acme-2026-Q2-deck.pdf'), 'last quarter');
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'mine');
    expect(await confirmBatchFolder(port(false), dir, '2026-Q3', 'en')).toBe(true);
    expect(asked).toEqual([]);
    fs.writeFileSync(path.join(dir, 'Acme-2026-Q3-report.pdf'), 'this quarter');
    expect(await confirmBatchFolder(noDialogs, dir, '2026-Q3', 'en')).toBe(false);
    expect(await confirmBatchFolder(port(false), dir, '2026-Q3', 'en')).toBe(false);
    expect(await confirmBatchFolder(port(true), dir, '2026-Q3', 'en')).toBe(true);
    expect(asked).toEqual([
      [path.join(dir, 'Acme-2026-Q3-report.pdf')],
      [path.join(dir, 'Acme-2026-Q3-report.pdf')],
    ]);
  });

  it('through the app: a refused replacement exports nothing into the folder', async () => {
    const t = testServices({ ...noDialogs, chooseFolder: async () => dir });
    try {
      const book = await openQbrWorkspace(t, null, 'batch.qbr');
      const earlier = path.join(dir, 'Earlier-2026-Q2-report.pdf');
      fs.writeFileSync(earlier, 'keep me');
      const res = await dispatch(
        'qbr:exportBatch',
        { jobId: 'j1', quarter: '2026-Q2', accountIds: [book.book.accounts[0]!.id] },
        t.services,
      );
      expect(res).toEqual({ ok: true, value: null });
      expect(fs.readdirSync(dir)).toEqual(['Earlier-2026-Q2-report.pdf']);
      expect(fs.readFileSync(earlier, 'utf8')).toBe('keep me');
    } finally {
      t.cleanup();
    }
  });
});

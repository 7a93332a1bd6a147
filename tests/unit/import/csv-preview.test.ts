// The preview says how a text file was decoded and why, and the user can read it again in another
// encoding (#13.7): through the real import service, from bytes written per the code charts
// (Windows-1254: ü=FC ş=FE ı=FD Ş=DE; Windows-1252 reads the same bytes as ü þ ý Þ).
import { afterEach, describe, expect, it } from 'vitest';
import { encodingSummary } from '../../../src/shared/i18n/encoding-summary';
import { AppError } from '../../../src/shared/ipc/result';
import { harness } from '../../integration/import/harness';
import type { Harness } from '../../integration/import/harness';

const CP1254: Record<string, number> = { ü: 0xfc, ş: 0xfe, ı: 0xfd, Ş: 0xde };
const cp1254 = (text: string) =>
  Buffer.from(Array.from(text, (ch) => (ch.charCodeAt(0) < 0x80 ? ch.charCodeAt(0) : CP1254[ch]!)));

const TURKISH_LIST = 'Müşteri No;Müşteri Adı;ARR\nC1;Ayşe Yılmaz A.Ş.;1200\nC2;Kuzey Şirketi;900\n';

describe('text encoding in the import preview', () => {
  let h: Harness | undefined;
  afterEach(() => h?.cleanup());

  it('shows the detected encoding with its reason, and Turkish names arrive intact', async () => {
    h = await harness();
    const file = h.file('müşteriler.csv', cp1254(TURKISH_LIST));
    const preview = await h.service.open([file]);
    const sheet = preview.sheets[0]!;
    expect(sheet.headers).toEqual(['Müşteri No', 'Müşteri Adı', 'ARR']);
    expect(sheet.textEncoding?.encoding).toBe('windows-1254');
    expect(encodingSummary('en', sheet.textEncoding!)).toBe(
      'Windows-1254 (Turkish): the text is not valid UTF-8; Turkish letters found',
    );
    // Chosen as accounts (the kind is not what this test is about), the names are stored as read.
    const choice = h.service.preview(preview.sessionId, {
      sheetKey: sheet.sheetKey,
      kind: 'accounts',
      mapping: { id: 0, name: 1, arr: 2 },
    });
    expect(choice.problem).toBeNull();
    h.service.commit(preview.sessionId, [
      { sheetKey: sheet.sheetKey, kind: 'accounts', mapping: choice.mapping },
    ]);
    expect(h.rows('SELECT name FROM accounts ORDER BY id').map((r) => r.name)).toEqual([
      'Ayşe Yılmaz A.Ş.',
      'Kuzey Şirketi',
    ]);
  });

  it('reads the file again in the encoding the user chose, as a new session', async () => {
    h = await harness();
    const file = h.file('list.csv', cp1254(TURKISH_LIST));
    const first = await h.service.open([file]);
    const again = await h.service.reopen(first.sessionId, { 'list.csv': 'windows-1252' });
    const sheet = again.sheets[0]!;
    expect(sheet.headers[1]).toBe('Müþteri Adý');
    expect(encodingSummary('en', sheet.textEncoding!)).toBe(
      'Windows-1252 (Western European): chosen by you',
    );
    expect(again.sessionId).not.toBe(first.sessionId);
    expect(() =>
      h!.service.preview(first.sessionId, {
        sheetKey: sheet.sheetKey,
        kind: 'accounts',
        mapping: {},
      }),
    ).toThrow(AppError);
  });

  it('says UTF-8 for a plain CSV', async () => {
    h = await harness();
    const preview = await h.service.open([h.file('a.csv', 'Account ID,Account Name\nA1,Acme\n')]);
    expect(preview.sheets[0]!.textEncoding?.encoding).toBe('utf-8');
  });
});

// Encodings of delimited-text files (#13.7, #14.7). The legacy bytes below are written out from
// the published code charts (Windows-1254: ü=FC ş=FE ı=FD; Windows-1252: é=E9 ü=FC; TIS-620 /
// Windows-874: U+0E01..U+0E5B at A1..FB; ISO-8859-15: €=A4), not produced by the decoder under
// test, so a wrong detection or decoding fails.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCsvFile } from '../../../src/main/import/read/read-csv';
import { Utf32Decoder, Utf8Scanner, resolveEncoding } from '../../../src/main/import/read/encoding';
import { encodingSummary } from '../../../src/shared/i18n/encoding-summary';
import { testDataDir } from '../../helpers/test-data';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qbr-csv-enc-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function fileWith(name: string, bytes: Uint8Array | string): string {
  const p = path.join(dir, name);
  fs.writeFileSync(p, bytes);
  return p;
}

/** ASCII as itself, other characters from the given code-chart table. */
function legacy(text: string, table: Record<string, number>): Buffer {
  return Buffer.from(
    Array.from(text, (ch) => {
      if (ch.charCodeAt(0) < 0x80) return ch.charCodeAt(0);
      const b = table[ch];
      if (b === undefined) throw new Error(`no byte for ${ch}`);
      return b;
    }),
  );
}
const CP1254 = { ü: 0xfc, ş: 0xfe, ı: 0xfd, İ: 0xdd, ğ: 0xf0, Ş: 0xde, ç: 0xe7, ö: 0xf6 };
const CP1252 = { é: 0xe9, ü: 0xfc, à: 0xe0, ñ: 0xf1 };
const ISO8859_15 = { '€': 0xa4, é: 0xe9 };
/** TIS-620: each Thai character U+0E01..U+0E5B is the byte 0xA0 above its offset. */
const tis620 = (text: string): Buffer =>
  Buffer.from(
    Array.from(text, (ch) => {
      const c = ch.charCodeAt(0);
      if (c < 0x80) return c;
      if (c < 0x0e01 || c > 0x0e5b) throw new Error(`not Thai: ${ch}`);
      return c - 0x0e00 + 0xa0;
    }),
  );

function utf16(text: string, bigEndian: boolean, bom: boolean): Buffer {
  const le = Buffer.from(`${bom ? '\ufeff' : ''}${text}`, 'utf16le');
  return bigEndian ? Buffer.from(le).swap16() : le;
}
function utf32(text: string, bigEndian: boolean, bom: boolean): Buffer {
  const points = Array.from(`${bom ? '\ufeff' : ''}${text}`, (ch) => ch.codePointAt(0)!);
  const out = Buffer.alloc(points.length * 4);
  points.forEach((cp, i) =>
    bigEndian ? out.writeUInt32BE(cp, i * 4) : out.writeUInt32LE(cp, i * 4),
  );
  return out;
}

/** The file's rows as arrays, to compare with what is expected. */
const readCsv = async (...args: Parameters<typeof readCsvFile>) => {
  const read = await readCsvFile(...args);
  return { ...read, rows: read.rows.toArrays() };
};

const summary = (info: Awaited<ReturnType<typeof readCsvFile>>['encoding']) =>
  encodingSummary('en', info);

describe('legacy code pages', () => {
  it('reads "Müşteri Adı;Ayşe" in Windows-1254 back intact and says why', async () => {
    const bytes = legacy('Müşteri Adı;Şehir\nAyşe;İzmir\nGöksu;Muğla\n', {
      ...CP1254,
      ğ: 0xf0,
      G: 0x47,
    });
    const { rows, encoding } = await readCsv(fileWith('tr.csv', bytes));
    expect(rows).toEqual([
      ['Müşteri Adı', 'Şehir'],
      ['Ayşe', 'İzmir'],
      ['Göksu', 'Muğla'],
    ]);
    expect(encoding.encoding).toBe('windows-1254');
    expect(encoding.warning).toBe(false);
    expect(summary(encoding)).toBe(
      'Windows-1254 (Turkish): the text is not valid UTF-8; Turkish letters found',
    );
  });

  it('finds Turkish letters that first appear past the first megabytes', async () => {
    const ascii = 'Account ID;Name\n' + 'A1;Plain Name\n'.repeat(300_000);
    const bytes = Buffer.concat([Buffer.from(ascii), legacy('A2;Ayşe Yılmaz\n', CP1254)]);
    const { rows, encoding } = await readCsv(fileWith('late.csv', bytes));
    expect(encoding.encoding).toBe('windows-1254');
    expect(rows[rows.length - 1]).toEqual(['A2', 'Ayşe Yılmaz']);
  });

  it('reads Thai in Windows-874 / TIS-620', async () => {
    const text = 'รหัสลูกค้า,ชื่อลูกค้า,จำนวนที่นั่ง\nA1,บริษัท ไทย จำกัด,25\n';
    const { rows, encoding } = await readCsv(fileWith('th.csv', tis620(text)));
    expect(rows).toEqual([
      ['รหัสลูกค้า', 'ชื่อลูกค้า', 'จำนวนที่นั่ง'],
      ['A1', 'บริษัท ไทย จำกัด', '25'],
    ]);
    expect(encoding.encoding).toBe('windows-874');
    expect(summary(encoding)).toContain('Thai text found');
  });

  it('keeps Western European text in Windows-1252, not Turkish or Thai', async () => {
    const bytes = legacy('id,name\n1,Café Société\n2,Müller\n3,Peña\n', CP1252);
    const { rows, encoding } = await readCsv(fileWith('w.csv', bytes));
    expect(rows.slice(1).map((r) => r[1])).toEqual(['Café Société', 'Müller', 'Peña']);
    expect(encoding.encoding).toBe('windows-1252');
  });

  it('reads euro amounts in ISO-8859-15', async () => {
    const bytes = legacy('id;price\n1;100 €\n2;Café 5 €\n', ISO8859_15);
    const { rows, encoding } = await readCsv(fileWith('eu.csv', bytes));
    expect(rows.slice(1).map((r) => r[1])).toEqual(['100 €', 'Café 5 €']);
    expect(encoding.encoding).toBe('iso-8859-15');
  });

  it('decodes in the encoding the user chose, and says it was chosen', async () => {
    const bytes = legacy('Müşteri Adı\nAyşe\n', CP1254);
    const file = fileWith('chosen.csv', bytes);
    const { rows, encoding } = await readCsv(file, { encoding: 'windows-1252' });
    expect(rows[0]).toEqual(['Müþteri Adý']);
    expect(summary(encoding)).toBe('Windows-1252 (Western European): chosen by you');
  });
});

describe('UTF-8 with bytes that are not UTF-8', () => {
  it('is read as UTF-8 and the bad line is named, not re-decoded whole as 1252', async () => {
    const head = Buffer.from('Hesap No;Şirket\nA1;Ayşe\nA2;Caf');
    const tail = Buffer.from('\nA3;Çiçek\n');
    const bytes = Buffer.concat([head, Buffer.from([0xe9]), tail]);
    const { rows, encoding } = await readCsv(fileWith('mixed.csv', bytes));
    expect(rows[1]).toEqual(['A1', 'Ayşe']);
    expect(rows[3]).toEqual(['A3', 'Çiçek']);
    expect(rows[2]![1]).toBe('Caf\uFFFD');
    expect(encoding.encoding).toBe('utf-8');
    expect(encoding.warning).toBe(true);
    expect(encoding.badLines).toEqual([3]);
    expect(summary(encoding)).toBe(
      'UTF-8: the file mixes encodings: 1 bytes are not valid UTF-8, on line(s) 3. Check those lines, or choose another encoding',
    );
    for (const locale of ['th', 'tr'] as const) {
      const text = encodingSummary(locale, encoding);
      expect(text).toContain('3');
      expect(text).not.toMatch(/[{}]/);
    }
  });

  it('says a Windows-1254 file with a UTF-8 line in it mixes encodings', async () => {
    const bytes = Buffer.concat([
      legacy('Müşteri Adı\nAyşe\nKuzey Şirketi\nŞule\n', CP1254),
      Buffer.from('Gül Çiçek\n'),
    ]);
    const { rows, encoding } = await readCsv(fileWith('mixed1254.csv', bytes));
    expect(encoding.encoding).toBe('windows-1254');
    expect(rows[1]).toEqual(['Ayşe']);
    expect(encoding.warning).toBe(true);
    expect(summary(encoding)).toMatch(/^Windows-1254 \(Turkish\): the file mixes encodings/);
  });

  it('reports bad bytes in a file that starts with a UTF-8 byte-order mark', async () => {
    const bytes = Buffer.concat([
      Buffer.from('\ufeffa,b\n1,Ayşe\n'),
      Buffer.from([0x32, 0x2c, 0xfd, 0x0a]),
    ]);
    const { rows, encoding } = await readCsv(fileWith('bom-bad.csv', bytes));
    expect(rows[1]).toEqual(['1', 'Ayşe']);
    expect(encoding.encoding).toBe('utf-8');
    expect(encoding.badLines).toEqual([3]);
    expect(encoding.warning).toBe(true);
  });

  it('reports the bad lines also when the user chose UTF-8', async () => {
    const bytes = Buffer.concat([Buffer.from('a\nb\nc'), Buffer.from([0xff]), Buffer.from('\n')]);
    const { encoding } = await readCsv(fileWith('chosen8.csv', bytes), { encoding: 'utf-8' });
    expect(encoding.badLines).toEqual([3]);
    expect(summary(encoding)).toContain('chosen by you, but 1 bytes are not valid in it');
  });
});

describe('Unicode', () => {
  const text = 'id,name\n1,Şirket ไทย 😀\n';
  const expected = [
    ['id', 'name'],
    ['1', 'Şirket ไทย 😀'],
  ];

  it('reads UTF-16 and UTF-32, LE and BE, with and without a byte-order mark', async () => {
    for (const bigEndian of [false, true]) {
      for (const bom of [false, true]) {
        for (const [bits, encode] of [
          [16, utf16],
          [32, utf32],
        ] as const) {
          const name = `u${bits}${bigEndian ? 'be' : 'le'}${bom ? 'bom' : ''}.csv`;
          const { rows, encoding } = await readCsv(fileWith(name, encode(text, bigEndian, bom)));
          expect(rows, name).toEqual(expected);
          expect(encoding.encoding, name).toBe(`utf-${bits}${bigEndian ? 'be' : 'le'}`);
        }
      }
    }
  });

  it('says plain ASCII and valid UTF-8 for what they are', async () => {
    expect(summary((await readCsv(fileWith('ascii.csv', 'a,b\n1,2\n'))).encoding)).toBe(
      'UTF-8: the text is plain ASCII',
    );
    expect(summary((await readCsv(fileWith('u8.csv', text))).encoding)).toBe(
      'UTF-8: the text is valid UTF-8',
    );
  });

  it('reads a real export re-encoded as UTF-16 BE and UTF-32 LE the same as in UTF-8', async (ctx) => {
    const data = testDataDir();
    if (!data) return ctx.skip();
    const original = fs.readFileSync(path.join(data, 'ravenstack_accounts.csv'), 'utf8');
    const { rows } = await readCsv(path.join(data, 'ravenstack_accounts.csv'));
    expect(rows.length).toBeGreaterThan(100);
    const be = await readCsv(fileWith('rs16.csv', utf16(original, true, false)));
    const le32 = await readCsv(fileWith('rs32.csv', utf32(original, false, true)));
    expect(be.rows).toEqual(rows);
    expect(le32.rows).toEqual(rows);
  });
});

describe('pieces', () => {
  it('resolves the names users give encodings', () => {
    expect(resolveEncoding('cp1254')).toBe('windows-1254');
    expect(resolveEncoding('ISO-8859-9')).toBe('windows-1254');
    expect(resolveEncoding('iso_8859_11')).toBe('windows-874');
    expect(resolveEncoding('TIS-620')).toBe('windows-874');
    expect(resolveEncoding('latin1')).toBe('windows-1252');
    expect(resolveEncoding('iso-8859-15')).toBe('iso-8859-15');
    expect(resolveEncoding('UTF8')).toBe('utf-8');
    expect(resolveEncoding('utf-32')).toBe('utf-32le');
    expect(resolveEncoding('utf-32be')).toBe('utf-32be');
    expect(resolveEncoding('shift_jis')).toBeNull();
    expect(resolveEncoding('nonsense')).toBeNull();
  });

  it('scans UTF-8 cut anywhere between chunks as valid, and counts a bad byte once', () => {
    const bytes = Buffer.from('Ş\nไทย😀\n');
    for (let cut = 0; cut <= bytes.length; cut++) {
      const scan = new Utf8Scanner();
      scan.push(bytes.subarray(0, cut));
      scan.push(bytes.subarray(cut));
      scan.end();
      expect(scan.badCount, `cut ${cut}`).toBe(0);
      expect(scan.validMultiByte).toBe(5);
    }
    const bad = new Utf8Scanner();
    bad.push(Buffer.from([0x61, 0x0a, 0xc3, 0x28, 0x0a, 0xed, 0xa0, 0x80]));
    bad.end();
    // A broken pair on line 2, and an encoded surrogate (not UTF-8) on line 3.
    expect(bad.badLines).toEqual([2, 3]);
  });

  it('decodes UTF-32 cut anywhere between chunks', () => {
    const bytes = utf32('a😀ไ', false, false);
    for (let cut = 0; cut <= bytes.length; cut++) {
      const d = new Utf32Decoder(true);
      const s = d.decode(bytes.subarray(0, cut), { stream: true }) + d.decode(bytes.subarray(cut));
      expect(s).toBe('a😀ไ');
    }
  });
});

describe('delimited text by extension', () => {
  it('reads .tsv by tabs even when cells hold commas, and sniffs .txt', async () => {
    const tsv = await readCsv(fileWith('a.tsv', 'name\tnote\nSmith, John\tok, fine\n'));
    expect(tsv.rows).toEqual([
      ['name', 'note'],
      ['Smith, John', 'ok, fine'],
    ]);
    const txt = await readCsv(fileWith('a.txt', 'a|b|c\n1|2|3\n'));
    expect(txt.rows[1]).toEqual(['1', '2', '3']);
  });
});

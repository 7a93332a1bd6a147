// The CLI's --encoding and its account of how each text file was read (#13.7, #14.7), run
// in-process through runCli on real files with the app's own services.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCliCapturing } from '../../helpers/cli';
import { testServices } from '../../helpers/services';
import type { TestServices } from '../../helpers/services';

/** Windows-1254 bytes from the code chart: ş=FE ı=FD. */
const cp1254 = (text: string) =>
  Buffer.from(
    Array.from(text, (ch) => ({ ş: 0xfe, ı: 0xfd })[ch as 'ş' | 'ı'] ?? ch.charCodeAt(0)),
  );
const LIST = 'Account ID;Account Name;ARR\nC1;Ayşe Yılmaz;1200\n';

const cli = (t: TestServices, args: string[]) => runCliCapturing(t.services, args);

function names(t: TestServices, ws: string): Promise<string[]> {
  return t.services.workspaces.open(ws, false).then((w) => {
    const r = w.db.exec('SELECT name FROM accounts ORDER BY id');
    t.services.workspaces.closeAll();
    return (r[0]?.values ?? []).map((v) => String(v[0]));
  });
}

describe('import --encoding', () => {
  let t: TestServices | undefined;
  afterEach(() => t?.cleanup());

  it('says which encoding it detected and why, and stores Turkish names intact', async () => {
    t = testServices();
    const ws = path.join(t.dir, 'w.qbr');
    const file = path.join(t.dir, 'list.csv');
    fs.writeFileSync(file, cp1254(LIST));
    const r = await cli(t, ['import', '--workspace', ws, file]);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain(
      'list.csv: read as Windows-1254 (Turkish): the text is not valid UTF-8; Turkish letters found\n',
    );
    expect(await names(t, ws)).toEqual(['Ayşe Yılmaz']);
  });

  it('gives the encoding in --json and --dry-run --json', async () => {
    t = testServices();
    const ws = path.join(t.dir, 'w.qbr');
    const file = path.join(t.dir, 'list.csv');
    fs.writeFileSync(file, cp1254(LIST));
    for (const extra of [['--dry-run'], []]) {
      const r = await cli(t, ['import', '--workspace', ws, file, '--json', ...extra]);
      expect(r.code, r.err).toBe(0);
      const sheet = (JSON.parse(r.out) as { sheets: { encoding?: unknown }[] }).sheets[0]!;
      expect(sheet.encoding).toEqual({
        name: 'windows-1254',
        summary: 'Windows-1254 (Turkish): the text is not valid UTF-8; Turkish letters found',
        badLines: [],
      });
    }
  });

  it('reads in the encoding asked for by any of its names', async () => {
    t = testServices();
    const ws = path.join(t.dir, 'w.qbr');
    const file = path.join(t.dir, 'list.csv');
    fs.writeFileSync(file, cp1254(LIST));
    const r = await cli(t, ['import', '--workspace', ws, file, '--encoding', 'cp1252']);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('read as Windows-1252 (Western European): chosen by you');
    expect(await names(t, ws)).toEqual(['Ayþe Yýlmaz']);
  });

  it('refuses an encoding it does not read, in one line, leaving no workspace behind', async () => {
    t = testServices();
    const ws = path.join(t.dir, 'w.qbr');
    const file = path.join(t.dir, 'list.csv');
    fs.writeFileSync(file, LIST);
    const r = await cli(t, ['import', '--workspace', ws, file, '--encoding', 'shift_jis']);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toContain('--encoding shift_jis is not an encoding QBR Studio reads');
    expect(fs.existsSync(ws)).toBe(false);
  });

  it('names the line of a UTF-8 file holding a byte that is not UTF-8', async () => {
    t = testServices();
    const ws = path.join(t.dir, 'w.qbr');
    const file = path.join(t.dir, 'mixed.csv');
    fs.writeFileSync(
      file,
      Buffer.concat([
        Buffer.from('Account ID,Account Name,ARR\nA1,Ayşe,100\nA2,Caf'),
        Buffer.from([0xe9]),
        Buffer.from(',200\n'),
      ]),
    );
    const r = await cli(t, ['import', '--workspace', ws, file]);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain(
      'mixed.csv: read as UTF-8: the file mixes encodings: 1 bytes are not valid UTF-8, on line(s) 3.',
    );
  });
});

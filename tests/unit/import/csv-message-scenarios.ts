// How the real CSV reader produces each of its message keys, for messages.test.ts: files in each
// encoding and past each bound, read as an import reads them. Spread into its SCENARIOS.
import fs from 'node:fs';
import path from 'node:path';
import type { ReadOptions } from '../../../src/main/import/read/read-file';
import { readWorkbookFile } from '../../../src/main/import/read/read-file';
import { readCsvFile } from '../../../src/main/import/read/read-csv';
import type { CSV_MESSAGE_KEYS, ImportMessage } from '../../../src/shared/ipc/contract';
import type { TextEncodingName } from '../../../src/shared/ipc/contract/csv-messages';
import { AppError } from '../../../src/shared/ipc/result';

interface Produced {
  kind: null;
  messages: readonly ImportMessage[];
}

const withInner = (m: ImportMessage): ImportMessage[] => [
  m,
  ...Object.values(m.params).flatMap((p) =>
    typeof p === 'object' && 'message' in p ? withInner(p.message) : [],
  ),
];

/** Bytes per encoding, written from the code charts (see csv-encoding.test.ts). */
const FILES: Record<string, Buffer> = {
  ascii: Buffer.from('id,name\nA1,Acme\n'),
  utf8: Buffer.from('id,name\nA1,Ayşe\n'),
  bom8: Buffer.from('\ufeffid,name\nA1,Acme\n'),
  u16nobom: Buffer.from('id,name\n', 'utf16le'),
  turkish: Buffer.from([0x41, 0x79, 0xfe, 0x65, 0x2c, 0x41, 0x64, 0xfd, 0x0a]), // Ayşe,Adı
  thai: Buffer.from([0xaa, 0xd7, 0xe8, 0xcd, 0x2c, 0xa1, 0xd2, 0xc3, 0x0a]), // ชื่อ,การ
  western: Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x2c, 0x31, 0x0a]), // Café,1
  euro: Buffer.from([0x31, 0x30, 0x30, 0x20, 0xa4, 0x2c, 0x31, 0x0a]), // 100 €,1
  mixed: Buffer.concat([Buffer.from('Ayşe,Çiçek\nCaf'), Buffer.from([0xe9]), Buffer.from('\n')]),
};

type CsvKey = (typeof CSV_MESSAGE_KEYS)[number];

export function csvScenarios(dir: () => string): Record<CsvKey, () => Promise<Produced>> {
  const write = (name: string, bytes: Uint8Array | string) => {
    const file = path.join(dir(), name);
    fs.writeFileSync(file, bytes);
    return file;
  };
  const decoded = async (which: keyof typeof FILES, encoding?: TextEncodingName) => {
    const { encoding: info } = await readCsvFile(write(`${which}.csv`, FILES[which]!), {
      ...(encoding ? { encoding } : {}),
    });
    return { kind: null, messages: withInner(info.reason) };
  };
  const refused = (name: string, text: string, options: ReadOptions = {}) =>
    readWorkbookFile(write(name, text), options).then(
      (): Produced => {
        throw new Error(`${name} was read`);
      },
      (err: unknown): Produced => {
        if (!(err instanceof AppError)) throw err;
        return { kind: null, messages: withInner(err.details as ImportMessage) };
      },
    );
  return {
    'import.file.tooManyColumns': () => refused('wide.csv', `${','.repeat(16_384)}\n`),
    'import.encoding.reason.bom': () => decoded('bom8'),
    'import.encoding.reason.zeroBytes': () => decoded('u16nobom'),
    'import.encoding.reason.ascii': () => decoded('ascii'),
    'import.encoding.reason.validUtf8': () => decoded('utf8'),
    'import.encoding.reason.mixed': () => decoded('mixed'),
    'import.encoding.reason.turkish': () => decoded('turkish'),
    'import.encoding.reason.thai': () => decoded('thai'),
    'import.encoding.reason.western': () => decoded('western'),
    'import.encoding.reason.euro': () => decoded('euro'),
    'import.encoding.reason.chosen': () => decoded('turkish', 'windows-1254'),
    'import.encoding.reason.chosenBad': () => decoded('mixed', 'utf-8'),
  };
}

import { createHash } from 'node:crypto';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../src/main/ipc/dispatch';
import { REQUEST_CHANNELS } from '../../../src/shared/ipc/channels';
import { ERROR_CODES } from '../../../src/shared/ipc/result';
import { testServices } from '../../helpers/services';
import type { TestServices } from '../../helpers/services';
import { mulberry32 as rng } from '../../../src/shared/analytics/experiments';

const NASTY_STRINGS = [
  '',
  ' ',
  "'; DROP TABLE accounts; --",
  '../../../../etc/passwd',
  '<img src=x onerror=alert(1)>',
  '=HYPERLINK("http://evil")',
  '\u0000\u0001\uFFFF',
  'ก'.repeat(3000),
  'x'.repeat(100_000),
  '__proto__',
  'constructor',
  '2026-13-45',
  'NaN',
];
const NASTY_NUMBERS = [0, -1, 1.5, 2 ** 53, -(2 ** 31), 1e308, Number.MAX_SAFE_INTEGER];

function randomValue(r: () => number, depth = 0): unknown {
  const pick = r();
  if (depth > 3 || pick < 0.2) return NASTY_STRINGS[Math.floor(r() * NASTY_STRINGS.length)];
  if (pick < 0.35) return NASTY_NUMBERS[Math.floor(r() * NASTY_NUMBERS.length)];
  if (pick < 0.42) return r() < 0.5;
  if (pick < 0.48) return null;
  if (pick < 0.6)
    return Array.from({ length: Math.floor(r() * 5) }, () => randomValue(r, depth + 1));
  const keys = [
    'id',
    'sessionId',
    'batchId',
    'kind',
    'mapping',
    'sheets',
    'locale',
    'accountId',
    'sortBy',
    '__proto__',
    'path',
    'file',
  ];
  const obj: Record<string, unknown> = {};
  for (let i = 0; i < Math.floor(r() * 4); i++)
    obj[keys[Math.floor(r() * keys.length)]!] = randomValue(r, depth + 1);
  return obj;
}

// Building the sample workspace takes seconds and switches workspaces; it has its own tests.
const FUZZED = REQUEST_CHANNELS.filter((c) => c !== 'workspace:openSample');
const ROUNDS = 25;

let t: TestServices;
beforeAll(async () => {
  t = testServices();
  await t.services.workspaces.open(path.join(t.dir, 'fuzz.qbr'), true);
});
afterAll(() => t.cleanup());

const fingerprint = () =>
  createHash('sha256').update(t.services.workspaces.require().db.export()).digest('hex');

describe('IPC fuzzing', () => {
  it(
    'every channel answers hostile input with a Result and changes nothing when it refuses',
    { timeout: 240_000 },
    async () => {
      const r = rng(20261126);
      let before = fingerprint();
      let calls = 0;
      for (let round = 0; round < ROUNDS; round++) {
        for (const channel of FUZZED) {
          const input = randomValue(r);
          const res = await dispatch(channel, input, t.services);
          calls++;
          expect(typeof res.ok, channel).toBe('boolean');
          if (!res.ok) {
            expect(ERROR_CODES, `${channel}: ${res.error.code}`).toContain(res.error.code);
            expect(res.error.message, channel).not.toMatch(/\n\s+at /);
            const after = fingerprint();
            expect(after, `${channel} changed data on a refused call`).toBe(before);
          } else {
            before = fingerprint();
          }
        }
      }
      expect(calls).toBe(ROUNDS * FUZZED.length);
      // The workspace is still usable after the storm.
      const info = await dispatch('workspace:info', {}, t.services);
      expect(info.ok).toBe(true);
    },
  );

  it('unknown channels and non-string channels are refused', async () => {
    for (const channel of [
      undefined,
      null,
      42,
      {},
      'constructor',
      '__proto__',
      'toString',
      'import:commit ',
    ]) {
      const res = await dispatch(channel, {}, t.services);
      expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
  });
});

// The reliability messages (save banner, lock, quit and replace dialogs) exist in Thai and
// Turkish with the same placeholders as in English, and the request-size walk refuses what zod
// would otherwise read whole.
import { describe, expect, it } from 'vitest';
import { inputTooLarge, MAX_INPUT_CHARS, MAX_INPUT_DEPTH } from '../../../src/main/ipc/input-size';
import {
  RELIABILITY_EN,
  RELIABILITY_TH,
  RELIABILITY_TR,
  reliabilityText,
} from '../../../src/shared/i18n/reliability';
import type { ReliabilityKey } from '../../../src/shared/i18n/reliability';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('reliability messages', () => {
  const keys = Object.keys(RELIABILITY_EN) as ReliabilityKey[];
  it.each(keys)('%s is translated with the same placeholders', (key) => {
    const en = RELIABILITY_EN[key];
    for (const other of [RELIABILITY_TH[key], RELIABILITY_TR[key]]) {
      expect(other).not.toBe(en);
      expect(placeholders(other)).toEqual(placeholders(en));
    }
    expect(RELIABILITY_TH[key]).toMatch(/[\u0E00-\u0E7F]/);
  });

  it('fills placeholders in the language asked for', () => {
    expect(reliabilityText('tr', 'quit.unsaved.body', { reason: 'ENOSPC' })).toBe(
      'Son değişiklikleriniz kaydedilemedi (ENOSPC). Şimdi çıkarsanız kaybolurlar.',
    );
  });
});

describe('the request-size walk', () => {
  it('passes ordinary input', () => {
    expect(inputTooLarge({ a: ['x', 1, { b: null }], c: 'y'.repeat(1000) })).toBeNull();
  });

  it('refuses nesting past the limit and names where', () => {
    let deep: unknown = 1;
    for (let i = 0; i < MAX_INPUT_DEPTH + 1; i++) deep = { k: deep };
    const refused = inputTooLarge({ top: deep });
    expect(refused?.message).toMatch(/nested deeper than 32/);
    expect(refused?.path.startsWith('top.k.k')).toBe(true);
  });

  it('refuses text that adds up past the limit even when each string is small', () => {
    const piece = 'z'.repeat(1_000_000);
    const many = Array.from({ length: MAX_INPUT_CHARS / 1_000_000 + 1 }, () => piece);
    expect(inputTooLarge({ rows: many })?.message).toMatch(/characters of text/);
    expect(inputTooLarge({ rows: many.slice(2) })).toBeNull();
  });

  it('refuses a huge list before walking it', () => {
    expect(inputTooLarge({ ids: new Array(3_000_000).fill(1) })).toMatchObject({
      path: 'ids',
      message: 'a list of 3000000 items is too long',
    });
  });
});

// The helper every data-reading test goes through: where it looks, what it says when the folder
// is missing, and that CI cannot pass by skipping.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  REPO_ROOT,
  dataSkip,
  expectedDataDir,
  referenceDir,
  testDataDir,
  testDataFile,
} from '../../helpers/test-data';

let base: string;
const saved = { data: process.env.QBR_TEST_DATA, ci: process.env.CI };
beforeEach(() => {
  base = mkdtempSync(path.join(os.tmpdir(), 'qbr-test-data-'));
  delete process.env.CI;
});
afterEach(() => {
  rmSync(base, { recursive: true, force: true });
  for (const [key, value] of [
    ['QBR_TEST_DATA', saved.data],
    ['CI', saved.ci],
  ] as const) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  vi.restoreAllMocks();
});

describe('test data helper', () => {
  it('defaults to ../shared/data beside the repository, found from the helper itself', () => {
    delete process.env.QBR_TEST_DATA;
    expect(expectedDataDir()).toBe(path.resolve(REPO_ROOT, '..', 'shared', 'data'));
    expect(REPO_ROOT).toBe(path.resolve(import.meta.dirname, '..', '..', '..'));
  });

  it('uses QBR_TEST_DATA, with the reference folder as its sibling', () => {
    const data = path.join(base, 'data');
    mkdirSync(data);
    mkdirSync(path.join(base, 'reference'));
    writeFileSync(path.join(data, 'a.csv'), 'x\n');
    process.env.QBR_TEST_DATA = data;
    expect(testDataDir()).toBe(data);
    expect(referenceDir()).toBe(path.join(base, 'reference'));
    expect(testDataFile('a.csv')).toBe(path.join(data, 'a.csv'));
    expect(dataSkip('a.csv')).toBeNull();
  });

  it('skips with one visible reason when the folder or a file is missing', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    process.env.QBR_TEST_DATA = path.join(base, 'nowhere');
    expect(testDataDir()).toBeNull();
    const reason = dataSkip('a.csv');
    expect(reason).toContain(path.join(base, 'nowhere'));
    expect(dataSkip('a.csv')).toBe(reason);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(() => testDataFile('a.csv')).toThrow(/missing/);

    mkdirSync(path.join(base, 'nowhere'));
    expect(dataSkip('a.csv', 'b.csv')).toMatch(/a\.csv, b\.csv missing/);
  });

  it('fails instead of skipping under CI=true', () => {
    process.env.CI = 'true';
    process.env.QBR_TEST_DATA = path.join(base, 'nowhere');
    expect(() => testDataDir()).toThrow(/CI=true requires it/);
    expect(() => dataSkip('a.csv')).toThrow(/CI=true/);
    mkdirSync(path.join(base, 'nowhere'));
    expect(() => dataSkip('a.csv')).toThrow(/CI=true requires them/);
  });
});

// The one place tests find data kept outside the repository (public sample exports and published
// reference numbers, too large or not ours to commit). It lives next to the clone, at
// <repo>/../shared/{data,reference}, or wherever QBR_TEST_DATA points (the data folder; the
// reference folder is then its sibling). Located from this file, never from a machine path, so any
// clone works. Where the folder is missing the tests that need it are skipped with one visible line
// saying why; under CI=true a missing folder is a failure, so CI cannot go green by skipping.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: this file is <repo>/tests/helpers/test-data.ts. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

const isDir = (dir: string): boolean => existsSync(dir) && statSync(dir).isDirectory();

const onCi = (): boolean => process.env.CI === 'true' || process.env.CI === '1';

/** Where the data folder should be (whether or not it exists). */
export function expectedDataDir(): string {
  const fromEnv = process.env.QBR_TEST_DATA;
  return fromEnv !== undefined && fromEnv !== ''
    ? path.resolve(fromEnv)
    : path.resolve(REPO_ROOT, '..', 'shared', 'data');
}

function missing(what: string, dir: string): null {
  if (onCi()) {
    throw new Error(
      `Test data folder missing: ${dir} (${what}). CI=true requires it: set QBR_TEST_DATA or place ../shared next to the clone.`,
    );
  }
  return null;
}

/** The external data folder, or null when absent (a throw under CI=true). */
export function testDataDir(): string | null {
  const dir = expectedDataDir();
  return isDir(dir) ? dir : missing('sample data', dir);
}

/** The reference folder (published numbers, expected outputs), sibling of the data folder. */
export function referenceDir(): string | null {
  const dir = path.resolve(expectedDataDir(), '..', 'reference');
  return isDir(dir) ? dir : missing('reference', dir);
}

/**
 * Absolute path of a file in the data folder. Call it only where the folder is known to be
 * present (inside a block skipped otherwise): it throws with the expected location when absent.
 */
export function testDataFile(name: string): string {
  const dir = testDataDir();
  if (dir === null) {
    throw new Error(
      `Test data folder missing: ${expectedDataDir()} (wanted ${name}); guard the test with dataSkip().`,
    );
  }
  return path.join(dir, name);
}

/** Absolute path of a file in the reference folder; throws when absent, like testDataFile. */
export function referenceFile(name: string): string {
  const dir = referenceDir();
  if (dir === null) {
    throw new Error(`Reference folder missing next to ${expectedDataDir()} (wanted ${name}).`);
  }
  return path.join(dir, name);
}

/** True when every named file is in the data folder (throws under CI=true if the folder is gone). */
export function hasTestData(...names: string[]): boolean {
  const dir = testDataDir();
  return dir !== null && names.every((name) => existsSync(path.join(dir, name)));
}

const announced = new Set<string>();

function skipReason(dir: string | null, where: string, names: readonly string[]): string | null {
  let reason: string | null = null;
  if (dir === null) {
    reason = `${where} is missing (set QBR_TEST_DATA or put ../shared next to the clone)`;
  } else {
    const absent = names.filter((name) => !existsSync(path.join(dir, name)));
    if (absent.length > 0) {
      reason = `file(s) ${absent.join(', ')} missing from ${dir}`;
      if (onCi()) throw new Error(`CI=true requires them: ${reason}`);
    }
  }
  if (reason !== null && !announced.has(reason)) {
    announced.add(reason);
    // One visible line per reason and process, so a skip is never silent.
    console.warn(`[test-data] skipping tests: ${reason}`);
  }
  return reason;
}

/**
 * Why the tests needing these data files must be skipped, or null when they can run. Under
 * CI=true a missing folder or file throws instead.
 * Vitest: `describe.skipIf(dataSkip('a.csv') !== null)(...)`.
 * Playwright: `const why = dataSkip('a.csv'); test.skip(why !== null, why ?? '');`
 */
export function dataSkip(...names: string[]): string | null {
  return skipReason(testDataDir(), `test data folder ${expectedDataDir()}`, names);
}

/** Like dataSkip, for the reference folder. */
export function referenceSkip(...names: string[]): string | null {
  return skipReason(referenceDir(), `reference folder next to ${expectedDataDir()}`, names);
}

// Issue 8's crash safety: 200 SIGKILLs across saving, importing and migrating. After each kill
// the workspace must open, pass SQLite's integrity check, and hold the state before or after the
// interrupted operation, never a mix.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../../src/main/db/migrate';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../src/main/db/migrations';
import { loadSqlJs } from '../../../src/main/db/sqljs';
import { Workspace } from '../../../src/main/db/workspace';
import { fixedClock } from '../../../src/main/platform/clock';

const root = path.resolve(import.meta.dirname, '../../..');
// Bundled next to node_modules so the children resolve sql.js like the app does; plain node
// starts them much faster than tsx, which lets 200 kills fit in a test run.
const bundleDir = path.join(root, 'node_modules/.cache/qbr-crash');
const clock = fixedClock('2026-10-01T00:00:00Z');
let dir: string;

function runWithKillAt(
  script: string,
  args: string[],
  killAt: number,
): Promise<'killed' | 'finished'> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(bundleDir, `${script}.mjs`), ...args], {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, QBR_KILL_AT: String(killAt) },
    });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve('killed');
      else if (code === 0) resolve('finished');
      else reject(new Error(`${script} exited ${code}: ${err}`));
    });
  });
}

/** Reopens as the app would: the killed child's lock is still there and must be taken over. */
async function openChecked(file: string): Promise<Workspace> {
  const ws = await Workspace.open(file, { clock });
  expect(ws.db.exec('PRAGMA integrity_check')[0]!.values[0]![0]).toBe('ok');
  return ws;
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qbr-crash200-'));
  await build({
    entryPoints: {
      save: path.join(import.meta.dirname, 'crash-children/save.ts'),
      import: path.join(import.meta.dirname, 'crash-children/import.ts'),
      migrate: path.join(import.meta.dirname, 'crash-children/migrate.ts'),
    },
    outdir: bundleDir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'error',
  });
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('200 kills across save, import and migration', () => {
  it('80 kills while saving', { timeout: 600_000 }, async () => {
    const file = path.join(dir, 'save.qbr');
    let last = 0;
    // A save makes about eight file-system calls: k = 1..80 lands on every step, many times.
    for (let k = 1; k <= 80; k++) {
      expect(await runWithKillAt('save', [file], k)).toBe('killed');
      const ws = await openChecked(file);
      const [count, max] = ws.db.exec('SELECT COUNT(*), COALESCE(MAX(n), 0) FROM crash_rows')[0]!
        .values[0]! as number[];
      expect(count).toBe(max);
      expect(count).toBeGreaterThanOrEqual(last);
      last = count!;
      ws.close();
    }
    expect(last).toBeGreaterThan(0);
  });

  it('60 kills while importing', { timeout: 600_000 }, async () => {
    const file = path.join(dir, 'import.qbr');
    const scratch = fs.mkdtempSync(path.join(dir, 'csv-'));
    let batches = 0;
    for (let k = 1; k <= 60; k++) {
      expect(await runWithKillAt('import', [file, scratch], k)).toBe('killed');
      const ws = await openChecked(file);
      const [accounts, inserted, committed] = ws.db.exec(
        'SELECT (SELECT COUNT(*) FROM accounts), (SELECT COALESCE(SUM(inserted), 0) FROM import_batches), (SELECT COUNT(*) FROM import_batches)',
      )[0]!.values[0]! as number[];
      // Whole batches only: every committed batch's 50 rows, and no row without its batch.
      expect(accounts).toBe(inserted);
      expect(accounts).toBe(committed! * 50);
      const orphanChanges = ws.db.exec(
        'SELECT COUNT(*) FROM import_batch_changes WHERE batch_id NOT IN (SELECT id FROM import_batches)',
      )[0]!.values[0]![0];
      expect(orphanChanges).toBe(0);
      batches = committed!;
      ws.close();
    }
    expect(batches).toBeGreaterThan(0);
  });

  it('60 kills while migrating an old workspace', { timeout: 600_000 }, async () => {
    const file = path.join(dir, 'old.qbr');
    const SQL = await loadSqlJs();
    const writeOldWorkspace = () => {
      const db = new SQL.Database();
      migrate(db, clock, MIGRATIONS.slice(0, 1));
      db.run(
        "INSERT INTO accounts (id, name, currency) VALUES ('A1', 'Kept through migration', 'USD')",
      );
      fs.writeFileSync(file, db.export());
      db.close();
    };
    const outcomes = { old: 0, migrated: 0 };
    for (let k = 1; k <= 60; k++) {
      writeOldWorkspace();
      await runWithKillAt('migrate', [file], k);
      // Read the file as it lies on disk, before the app would migrate it on open.
      const raw = new SQL.Database(fs.readFileSync(file));
      const version = Number(
        raw.exec('SELECT MAX(version) FROM schema_migrations')[0]!.values[0]![0],
      );
      raw.close();
      expect([1, LATEST_SCHEMA_VERSION]).toContain(version);
      if (version === 1) outcomes.old++;
      else outcomes.migrated++;
      const ws = await openChecked(file);
      expect(ws.db.exec("SELECT name FROM accounts WHERE id = 'A1'")[0]!.values[0]![0]).toBe(
        'Kept through migration',
      );
      ws.close();
    }
    // The kill points fell on both sides of the rename, so both outcomes were really exercised.
    expect(outcomes.old).toBeGreaterThan(0);
    expect(outcomes.migrated).toBeGreaterThan(0);
  });
});

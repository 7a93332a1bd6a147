// Recomputing every weekly health snapshot (2,000 accounts x 104 weeks x 10 metrics) against a
// plain SQL pass over the same usage rows, and the incremental recompute after an import of one
// new week against the full one, in the same run.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Workspace } from '../../src/main/db/workspace';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { BulkWriter, CHUNK } from '../../src/main/import/write/bulk-writer';
import { createBatch } from '../../src/main/db/repos/import-batches';
import { TABLES } from '../../src/main/db/tables';
import { ensureHealthFresh, recomputeHealth } from '../../src/main/health/recompute';
import { dataCoverage } from '../../src/main/time/as-of';
import { HealthRefresher } from '../../src/main/health/refresher';
import { systemClock } from '../../src/main/platform/clock';
import { fromDay, toDay } from '../../src/shared/analytics/health';
import { peakRssMb, report, time } from './measure';

const ACCOUNTS = Number(process.env.BENCH_HEALTH_ACCOUNTS ?? 2000);
const WEEKS = 104;
const METRICS = 10;
const FIRST_MONDAY = '2024-01-01';
const TODAY = fromDay(toDay(FIRST_MONDAY) + 7 * WEEKS);
const MONDAYS = Array.from({ length: WEEKS }, (_, w) => fromDay(toDay(FIRST_MONDAY) + 7 * w));

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qbr-bench-health-'));
try {
  const ws = await Workspace.open(path.join(dir, 'health.qbr'), {
    clock: systemClock,
    create: true,
    backupIntervalMs: Infinity,
  });
  const filled = await time(() =>
    ws.transaction(() => {
      const account = ws.db.prepare(
        "INSERT INTO accounts (id, name, currency, signup_date, seats, churned) VALUES (?, ?, 'USD', ?, 20, 0)",
      );
      const line = ws.db.prepare(
        "INSERT INTO contract_lines (id, account_id, plan, seats, mrr, currency, start_date) VALUES (?, ?, 'Core', 20, 500, 'USD', ?)",
      );
      const usage = ws.db.prepare(
        'INSERT INTO usage_points (account_id, metric, date, value) VALUES (?, ?, ?, ?)',
      );
      for (let a = 0; a < ACCOUNTS; a++) {
        const id = `ACC-${String(a).padStart(5, '0')}`;
        account.run([id, `Account ${a}`, FIRST_MONDAY]);
        line.run([`L-${a}`, id, FIRST_MONDAY]);
        for (let m = 0; m < METRICS; m++) {
          for (let w = 0; w < WEEKS; w++) {
            // A slow drift with a per-account phase, so scores and bands move over time.
            const value = 10 + ((a * 7 + m * 3 + Math.floor(w / (4 + (a % 5)))) % 11);
            usage.run([id, `metric_${m}`, MONDAYS[w] as string, value]);
          }
        }
      }
      account.free();
      line.free();
      usage.free();
    }),
  );
  const rows = ACCOUNTS * WEEKS * METRICS;

  // The machine is shared: each side is timed RUNS times and its least disturbed run kept.
  const RUNS = 3;
  // The least disturbed run's time, and the first run's result (later runs find its work done).
  const fastest = async <T>(fn: () => T) => {
    const first = await time(fn);
    let ms = first.ms;
    for (let i = 1; i < RUNS; i++) ms = Math.min(ms, (await time(fn)).ms);
    return { ms, value: first.value };
  };

  // Baseline: one SQL pass over every usage row, reading each value, as a report query would.
  const scan = await fastest(() => {
    const stmt = ws.db.prepare(
      'SELECT account_id, metric, date, value FROM usage_points ORDER BY account_id, metric, date',
    );
    let n = 0;
    while (stmt.step()) {
      stmt.get();
      n++;
    }
    stmt.free();
    if (n !== rows) throw new Error(`scan read ${n} rows, expected ${rows}`);
  });

  // How far each feed reaches is read once per data version and cached; the app reads it for
  // the as-of date before it asks for scores, so a recompute finds it read (here as well).
  dataCoverage(ws.db);
  const recompute = await fastest(() => recomputeHealth(ws, TODAY));
  const summary = recompute.value;
  // The app's way: the same recompute a slice at a time in the background, its least disturbed
  // run of three as above. What matters to the user is how long any one slice holds the main
  // process (IPC waits at most that long): the longest hold over all three runs.
  const lag = monitorEventLoopDelay({ resolution: 5 });
  lag.enable();
  const background = await fastest(() => new HealthRefresher().recompute(ws, TODAY));
  lag.disable();

  // Imports of one new week of usage for every account (not timed), each followed by what the
  // app does after it: recompute only what the import can have changed; against recomputing
  // everything over the same data (both with the coverage read, as above).
  let incremental = { ms: Infinity, snapshots: 0 };
  let fullAgain = Infinity;
  for (let k = 0; k < RUNS; k++) {
    const newWeek = fromDay(toDay(FIRST_MONDAY) + 7 * (WEEKS + k));
    const nextToday = fromDay(toDay(TODAY) + 7 * (k + 1));
    // Written as the importer writes (BulkWriter, a chunk at a time), so undo keeps what it
    // keeps after a real import, which the incremental recompute reads.
    ws.transaction(() => {
      const writer = new BulkWriter(ws.db, createBatch(ws.db, 'bench', new Date().toISOString()));
      const upsert = writer.upserter(TABLES.usage);
      const chunk: Record<string, unknown>[] = [];
      for (let a = 0; a < ACCOUNTS; a++)
        for (let m = 0; m < METRICS; m++) {
          chunk.push({
            accountId: `ACC-${String(a).padStart(5, '0')}`,
            metric: `metric_${m}`,
            date: newWeek,
            value: 10 + ((a + m + k) % 11),
          });
          if (chunk.length === CHUNK) upsert(chunk.splice(0));
        }
      if (chunk.length > 0) upsert(chunk);
      writer.finish();
    });
    dataCoverage(ws.db);
    const run = await time(() => ensureHealthFresh(ws, nextToday));
    const rescored = run.value?.snapshots ?? Infinity;
    if (rescored > 3 * ACCOUNTS) throw new Error(`the new week rescored ${rescored} snapshots`);
    if (run.ms < incremental.ms) incremental = { ms: run.ms, snapshots: rescored };
    fullAgain = Math.min(fullAgain, (await time(() => recomputeHealth(ws, nextToday))).ms);
  }

  report('health recompute: all weekly snapshots vs a plain SQL scan of the usage rows', {
    'usage rows': rows.toLocaleString('en'),
    'snapshots written': summary.snapshots.toLocaleString('en'),
    'tasks created': summary.tasksCreated,
    'fill (setup) ms': filled.ms.toFixed(0),
    [`SQL scan ms (best of ${RUNS})`]: scan.ms.toFixed(0),
    [`recompute ms (best of ${RUNS})`]: recompute.ms.toFixed(0),
    'recompute / scan': `${(recompute.ms / scan.ms).toFixed(1)}x`,
    'background recompute ms': background.ms.toFixed(0),
    'background / scan': `${(background.ms / scan.ms).toFixed(1)}x`,
    'longest main-process hold ms': (lag.max / 1e6).toFixed(0),
    'p99 main-process hold ms': (lag.percentile(99) / 1e6).toFixed(0),
    'per snapshot us': ((recompute.ms * 1000) / summary.snapshots).toFixed(1),
    [`one new week: incremental ms (best of ${RUNS})`]: incremental.ms.toFixed(0),
    'one new week: snapshots rescored': incremental.snapshots.toLocaleString('en'),
    [`one new week: full recompute ms (best of ${RUNS})`]: fullAgain.toFixed(0),
    'incremental week / full recompute': `${(incremental.ms / fullAgain).toFixed(2)}x`,
    'peak RSS MB': peakRssMb(),
  });
  ws.close();
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}

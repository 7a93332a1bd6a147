// Workspace save for a ~100 MB workspace against writing the same bytes with plain fs, and how
// long a save holds the main process (the app's window and IPC wait that long).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Workspace } from '../../src/main/db/workspace';
import { systemClock } from '../../src/main/platform/clock';
import { best, peakRssMb, report, time } from './measure';

const TARGET_MB = Number(process.env.BENCH_SAVE_MB ?? 100);
let onSaved: () => void = () => {};
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qbr-bench-save-'));
try {
  const ws = await Workspace.open(path.join(dir, 'big.qbr'), {
    clock: systemClock,
    create: true,
    backupIntervalMs: Infinity,
    saveDelayMs: 0,
    onSaved: () => onSaved(),
  });
  const rowsNeeded = Math.ceil((TARGET_MB * 1024 * 1024) / 60);
  ws.transaction(() => {
    const stmt = ws.db.prepare(
      'INSERT INTO usage_points (account_id, metric, date, value) VALUES (?, ?, ?, ?)',
    );
    for (let i = 0; i < rowsNeeded; i++) {
      stmt.run([
        `ACC-${i % 2000}`,
        `metric_${((i / 2000) % 10) | 0}`,
        `2025-${String((i % 12) + 1).padStart(2, '0')}-${String((((i / 24000) % 28) | 0) + 1).padStart(2, '0')}-${i}`,
        i,
      ]);
    }
    stmt.free();
  });
  ws.flush();
  const bytes = ws.db.export();
  const sizeMb = bytes.length / 1024 / 1024;
  const plain = path.join(dir, 'plain.bin');
  const baseline = await best(3, () => fs.writeFileSync(plain, bytes));
  const durable = await best(3, () => {
    const fd = fs.openSync(plain, 'w');
    fs.writeSync(fd, bytes);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
  });
  const exportOnly = await best(3, () => ws.db.export());
  // Each timed save follows a one-row change, as in the app: a save with nothing new to write
  // skips the write and is timed on its own line.
  let edits = 0;
  const editOneRow = () =>
    ws.transaction(() =>
      ws.db.run("INSERT OR REPLACE INTO settings VALUES ('bench', ?)", [String(++edits)]),
    );
  // The app's save: the edit's debounce timer starts a background save; timed from the edit to
  // onSaved, while the event loop's longest stall measures how long the main process was held.
  let background = Infinity;
  let longestHold = 0;
  for (let i = 0; i < 3; i++) {
    const hold = monitorEventLoopDelay({ resolution: 1 });
    // The save timer is unref'd (it never keeps a CLI alive): this keeps the bench waiting for it.
    const keepAlive = setInterval(() => {}, 1000);
    const done = new Promise<void>((resolve) => (onSaved = resolve));
    hold.enable();
    const { ms } = await time(async () => {
      editOneRow();
      await done;
    });
    hold.disable();
    clearInterval(keepAlive);
    background = Math.min(background, ms);
    longestHold = Math.max(longestHold, hold.max / 1e6);
  }
  // Flush on quit and the CLI's end save synchronously: the whole save holds the main process.
  let sync = Infinity;
  for (let i = 0; i < 3; i++) {
    editOneRow();
    sync = Math.min(sync, (await time(() => ws.flush())).ms);
  }
  const unchanged = await best(3, () => ws.saveNow());
  ws.close();
  report('workspace save', {
    'workspace size': `${sizeMb.toFixed(1)} MB`,
    'fs.writeFileSync (baseline)': `${baseline.toFixed(0)} ms`,
    'fs write + fsync': `${durable.toFixed(0)} ms`,
    'sql.js db.export() alone (no longer on the save path)': `${exportOnly.toFixed(0)} ms`,
    'background save (copy, then temp + fsync + rename off the main thread)': `${background.toFixed(0)} ms`,
    'synchronous save (flush: temp + fsync + rename)': `${sync.toFixed(0)} ms`,
    'save with nothing changed': `${unchanged.toFixed(1)} ms`,
    'longest main-thread hold during save': `${longestHold.toFixed(0)} ms`,
    'save / write+fsync': `${(background / durable).toFixed(1)}x`,
    'synchronous save / write+fsync': `${(sync / durable).toFixed(1)}x`,
    'unchanged save / write+fsync': `${(unchanged / durable).toFixed(3)}x`,
    'peak RSS': `${peakRssMb()} MB`,
  });
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}

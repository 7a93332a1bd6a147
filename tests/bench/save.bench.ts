// Workspace save for a ~100 MB workspace against writing the same bytes with plain fs.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Workspace } from '../../src/main/db/workspace';
import { systemClock } from '../../src/main/platform/clock';
import { best, peakRssMb, report, time } from './measure';

const TARGET_MB = Number(process.env.BENCH_SAVE_MB ?? 100);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qbr-bench-save-'));
try {
  const ws = await Workspace.open(path.join(dir, 'big.qbr'), {
    clock: systemClock,
    create: true,
    backupIntervalMs: Infinity,
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
  // skips export() and is timed on its own line.
  let edits = 0;
  const editOneRow = () =>
    ws.transaction(() =>
      ws.db.run("INSERT OR REPLACE INTO settings VALUES ('bench', ?)", [String(++edits)]),
    );
  let ours = Infinity;
  let longestHold = 0;
  for (let i = 0; i < 3; i++) {
    editOneRow();
    const { ms } = await time(() => ws.saveNow());
    ours = Math.min(ours, ms);
    // saveNow is synchronous: the main process is held for the whole of it.
    longestHold = Math.max(longestHold, ms);
  }
  const unchanged = await best(3, () => ws.saveNow());
  ws.close();
  report('workspace save', {
    'workspace size': `${sizeMb.toFixed(1)} MB`,
    'fs.writeFileSync (baseline)': `${baseline.toFixed(0)} ms`,
    'fs write + fsync': `${durable.toFixed(0)} ms`,
    'sql.js db.export() alone': `${exportOnly.toFixed(0)} ms`,
    'Workspace.saveNow (export + temp + fsync + rename)': `${ours.toFixed(0)} ms`,
    'Workspace.saveNow with nothing changed': `${unchanged.toFixed(1)} ms`,
    'longest main-process hold during a save': `${longestHold.toFixed(0)} ms`,
    'ratio to plain write': `${(ours / baseline).toFixed(2)}x`,
    'save / write + fsync': `${(ours / durable).toFixed(2)}x`,
    'unchanged save / write + fsync': `${(unchanged / durable).toFixed(3)}x`,
    'peak RSS': `${peakRssMb()} MB`,
  });
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}

// Saves over and over, each save adding one row, until the kill switch fires. Every saved state
// has rows 1..n with nothing missing.
import { Workspace } from '../../../../src/main/db/workspace';
import { systemClock } from '../../../../src/main/platform/clock';
import { armKillSwitch } from './kill-switch';

const file = process.argv[2]!;
const ws = await Workspace.open(file, { clock: systemClock, create: true, backupIntervalMs: 0 });
ws.transaction(() =>
  ws.db.run('CREATE TABLE IF NOT EXISTS crash_rows (n INTEGER PRIMARY KEY, payload TEXT NOT NULL)'),
);
ws.saveNow();
let n = Number(ws.db.exec('SELECT COALESCE(MAX(n), 0) FROM crash_rows')[0]!.values[0]![0]);
armKillSwitch();
for (let i = 0; i < 1000; i++) {
  n++;
  ws.transaction(() => ws.db.run('INSERT INTO crash_rows VALUES (?, ?)', [n, 'x'.repeat(20_000)]));
  ws.saveNow();
}

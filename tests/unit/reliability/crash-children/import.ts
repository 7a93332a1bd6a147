// Imports one small accounts file after another, saving after each, until killed. Each batch
// adds 50 new accounts, so a consistent workspace has exactly SUM(inserted) accounts.
import fs from 'node:fs';
import path from 'node:path';
import { Workspace } from '../../../../src/main/db/workspace';
import { ImportService } from '../../../../src/main/import/service';
import { systemClock } from '../../../../src/main/platform/clock';
import { armKillSwitch } from './kill-switch';

const file = process.argv[2]!;
const scratch = process.argv[3]!;
const ws = await Workspace.open(file, {
  clock: systemClock,
  create: true,
  backupIntervalMs: Infinity,
});
const imports = new ImportService({ workspace: () => ws, clock: systemClock });
ws.saveNow();
armKillSwitch();
for (let i = 0; i < 1000; i++) {
  const csv = path.join(scratch, `batch-${process.pid}-${i}.csv`);
  const rows = Array.from(
    { length: 50 },
    (_, j) => `P${process.pid}-${i}-${j},Account ${i}-${j},${1000 + j},2027-01-31`,
  );
  fs.writeFileSync(csv, ['Account ID,Account Name,ARR,Renewal Date', ...rows].join('\n'));
  const preview = await imports.open([csv]);
  imports.commit(preview.sessionId, imports.automaticChoices(preview));
  ws.saveNow();
}

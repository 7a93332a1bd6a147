// Opens a workspace written by the first schema version, so every later migration runs, then
// saves; the parent kills it somewhere along the way.
import { Workspace } from '../../../../src/main/db/workspace';
import { systemClock } from '../../../../src/main/platform/clock';
import { armKillSwitch } from './kill-switch';

const file = process.argv[2]!;
armKillSwitch();
const ws = await Workspace.open(file, { clock: systemClock, backupIntervalMs: Infinity });
ws.saveNow();
ws.close();

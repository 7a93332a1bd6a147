// Scaling the book (issue #19 target 4): `npm run bench -- scale`. For each book size (1,000,
// 5,000 and 20,000 accounts; BENCH_SCALE_SIZES=1000,2000 picks others) a child process of its
// own (so peak RSS is per size and memory is returned between sizes) writes the book as CSV
// files and times, through the app's own services:
// - import: every sheet read, checked, previewed and written in one commit;
// - the Portfolio table's first page as the IPC handler serves it, before health is fresh (the
//   screen's first request) and after;
// - health recompute of every weekly snapshot;
// - save after a one-row change;
// - 100 QBR documents with every section (benchmarks compare each account with the whole book),
//   and a batch of 100 packs (report PDF + deck PPTX + deck PDF): a fixed number at every size.
// Then, per step, the growth from the smallest to the largest book against the growth in
// accounts, in CPU time (the wall clock on the shared machine swings with others' work): a
// linear step grows about as much as the accounts (x20), a quadratic one far more, a step whose
// cost should not depend on the book (a fixed number of QBRs) far less.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createServices } from '../../src/main/create-services';
import { recomputeHealth } from '../../src/main/health/recompute';
import { dispatch } from '../../src/main/ipc/dispatch';
import { fixedClock } from '../../src/main/platform/clock';
import { noDialogs } from '../../src/main/platform/dialogs';
import { exportBatch } from '../../src/main/qbr/batch';
import { buildQbrDocument } from '../../src/main/qbr/build';
import { defaultNarrative, saveNarrative } from '../../src/main/qbr/narrative-store';
import { asOfDay } from '../../src/main/time/as-of';
import { QBR_SECTION_KINDS } from '../../src/shared/qbr/document';
import { peakRssMb, report } from './measure';

const SIZES = (process.env.BENCH_SCALE_SIZES ?? '1000,5000,20000').split(',').map(Number);
// BENCH_SCALE_BATCH=5 makes a quick run while looking into the other steps.
const BATCH = Number(process.env.BENCH_SCALE_BATCH ?? 100);
const WEEKS = 13;
const METRICS = ['active_users', 'logins', 'reports_run'];
const FIRST_MONDAY = Date.UTC(2026, 5, 29); // the quarter 2026-Q3, Monday to Monday
const QUARTER = '2026-Q3';
const TODAY = '2026-10-01';
const RESULT = 'SCALE-RESULT ';

const STEPS = {
  import: 'import (all sheets, one commit)',
  firstPagePending: 'Portfolio first page, health pending',
  health: 'health recompute',
  firstPage: 'Portfolio first page, health fresh',
  save: 'save after a one-row change',
  documents: `QBR documents of ${BATCH} accounts, every section (no rendering)`,
  batch: `batch QBR packs of ${BATCH} accounts, every section`,
} as const;
type Step = keyof typeof STEPS;
interface Timing {
  wallMs: number;
  /** CPU time (user + system): on a shared, loaded machine far steadier than the wall clock. */
  cpuMs: number;
}
interface SizeResult {
  accounts: number;
  rows: number;
  snapshots: number;
  /** Whole-workspace saves the batch's export log set off while it ran. */
  batchSaves: number;
  ms: Record<Step, Timing>;
  workspaceMb: number;
  peakRssMb: number;
}

async function time<T>(fn: () => T | Promise<T>): Promise<Timing & { value: T }> {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  const value = await fn();
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  const used = process.cpuUsage(cpu);
  return { wallMs, cpuMs: (used.user + used.system) / 1000, value };
}
const timing = ({ wallMs, cpuMs }: Timing): Timing => ({ wallMs, cpuMs });

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const weekOf = (w: number) => day(FIRST_MONDAY + w * 7 * 86_400_000);
const SEGMENTS = ['Enterprise', 'Mid-Market', 'SMB'];

/** Writes one CSV a line at a time, so even the largest book is never held whole as text. */
function csv(file: string, header: string[], rows: (emit: (cells: unknown[]) => void) => void) {
  const fd = fs.openSync(file, 'w');
  let buffer = `${header.join(',')}\n`;
  let lines = 0;
  rows((cells) => {
    buffer += `${cells.map((c) => (c === null ? '' : String(c))).join(',')}\n`;
    lines++;
    if (buffer.length > 1 << 20) {
      fs.writeSync(fd, buffer);
      buffer = '';
    }
  });
  fs.writeSync(fd, buffer);
  fs.closeSync(fd);
  return lines;
}

/** A book of n accounts: contracts, 13 weeks of 3 usage metrics, tickets and events each. */
function writeBook(dir: string, n: number): { files: string[]; rows: number } {
  const id = (a: number) => `ACC-${String(a).padStart(6, '0')}`;
  const files = ['accounts', 'contracts', 'usage', 'tickets', 'events'].map((k) =>
    path.join(dir, `${k}.csv`),
  );
  let rows = 0;
  rows += csv(
    files[0]!,
    ['Account ID', 'Account Name', 'Segment', 'CSM Owner', 'Currency', 'ARR', 'Renewal Date'],
    (emit) => {
      for (let a = 0; a < n; a++) {
        const renewal = day(FIRST_MONDAY + ((a * 37) % 365) * 86_400_000);
        const arr = 6000 + ((a * 7919) % 90) * 1000;
        emit([id(a), `Customer ${a}`, SEGMENTS[a % 3], `CSM ${a % 40}`, 'USD', arr, renewal]);
      }
    },
  );
  rows += csv(
    files[1]!,
    ['Line ID', 'Account ID', 'Plan', 'Seats', 'MRR', 'Currency', 'Start Date', 'End Date'],
    (emit) => {
      for (let a = 0; a < n; a++) {
        emit([
          `L-${a}`,
          id(a),
          'Core',
          20 + (a % 50),
          500 + (a % 9) * 100,
          'USD',
          weekOf(0),
          '2027-12-31',
        ]);
        if (a % 3 === 0)
          emit([`L-${a}-b`, id(a), 'Add-on', 5, 120, 'USD', weekOf(4), '2027-12-31']);
      }
    },
  );
  rows += csv(files[2]!, ['account_id', 'metric', 'date', 'value'], (emit) => {
    for (let a = 0; a < n; a++) {
      for (const [m, metric] of METRICS.entries()) {
        for (let w = 0; w < WEEKS; w++) {
          // A per-account drift, so scores, bands and trends differ between accounts.
          emit([id(a), metric, weekOf(w), 10 + ((a * 7 + m * 3 + w * (1 + (a % 4))) % 17)]);
        }
      }
    }
  });
  rows += csv(
    files[3]!,
    ['Ticket ID', 'Account ID', 'Opened', 'Closed', 'Priority', 'Status', 'Resolution Hours'],
    (emit) => {
      for (let a = 0; a < n; a++) {
        for (let t = 0; t < 3; t++) {
          const opened = weekOf((a + t * 4) % WEEKS);
          const open = (a + t) % 5 === 0;
          const closed = open ? null : day(Date.parse(opened) + 2 * 86_400_000);
          const priority = ['Low', 'Medium', 'High'][(a + t) % 3];
          emit([
            `T-${a}-${t}`,
            id(a),
            opened,
            closed,
            priority,
            open ? 'Open' : 'Closed',
            open ? null : 48,
          ]);
        }
      }
    },
  );
  rows += csv(files[4]!, ['Event ID', 'Account ID', 'Type', 'Date', 'Title'], (emit) => {
    for (let a = 0; a < n; a++) {
      emit([`E-${a}-0`, id(a), 'meeting', weekOf(a % WEEKS), 'Check-in call']);
      emit([`E-${a}-1`, id(a), 'training', weekOf((a + 5) % WEEKS), 'Admin training']);
    }
  });
  return { files, rows };
}

async function measureSize(n: number): Promise<SizeResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `qbr-bench-scale-${n}-`));
  let saves = 0;
  const services = createServices({
    clock: fixedClock(`${TODAY}T09:00:00.000Z`),
    dialogs: noDialogs,
    // The workspace's own saves (each change is on disk within 2 s), counted during the batch.
    emit: (event) => void (event === 'workspace:saved' && saves++),
    dataDir: dir,
    appVersion: 'bench',
    saveDelayMs: 60_000,
  });
  try {
    const book = writeBook(dir, n);
    const ws = await services.workspaces.open(path.join(dir, 'scale.qbr'), true);
    const imported = await time(async () => {
      const preview = await services.imports.open(book.files);
      return services.imports.commit(preview.sessionId, services.imports.automaticChoices(preview));
    });
    const accounts = Number(ws.db.exec('SELECT count(*) FROM accounts')[0]!.values[0]![0]);
    if (accounts !== n) {
      const kinds = imported.value.sheets.map((s) => `${s.kind} ${s.inserted}`).join(', ');
      throw new Error(`imported ${accounts} accounts of ${n} (${kinds})`);
    }
    const firstPage = async (waitForHealth: boolean) => {
      const answer = await dispatch('portfolio:table', { limit: 50, waitForHealth }, services);
      if (!answer.ok) throw new Error(answer.error.message);
      return answer.value as { rows: unknown[]; healthPending: boolean };
    };
    const pending = await time(() => firstPage(false));
    if (!pending.value.healthPending || pending.value.rows.length !== 50) {
      throw new Error('the first page did not answer at once with health pending');
    }
    const asOf = asOfDay(ws.db, services);
    const health = await time(() => recomputeHealth(ws, asOf));
    const fresh = await time(() => firstPage(true));
    if (fresh.value.healthPending) throw new Error('health still pending after the recompute');
    ws.transaction(() => ws.db.run("INSERT OR REPLACE INTO settings VALUES ('bench', '1')"));
    const save = await time(() => ws.saveNow());
    const ids = ws.db
      .exec(`SELECT id FROM accounts ORDER BY id LIMIT ${BATCH}`)[0]!
      .values.map((r) => String(r[0]));
    // Every section, benchmarks (the account against the whole book) included: the costliest
    // narrative a CSM can choose, saved as the batch reads each account's own.
    const narrative = { ...defaultNarrative('en'), sections: [...QBR_SECTION_KINDS] };
    ws.transaction(() => {
      for (const accountId of ids) saveNarrative(ws.db, accountId, QUARTER, narrative, TODAY);
    });
    const documents = await time(() =>
      ids.map((accountId) =>
        buildQbrDocument(ws.db, { accountId, quarter: QUARTER, narrative, today: TODAY, asOf }),
      ),
    );
    if (!documents.value.every((d) => d.sections.some((x) => x.kind === 'benchmarks'))) {
      throw new Error('a document has no benchmarks section');
    }
    const savesBefore = saves;
    const batch = await time(() =>
      exportBatch(ws, {
        jobId: 'bench',
        folder: path.join(dir, 'packs'),
        quarter: QUARTER,
        language: 'en',
        accountIds: ids,
        today: TODAY,
        asOf,
        at: () => `${TODAY}T09:00:00.000Z`,
        defaultLanguage: 'en',
      }),
    );
    if (batch.value.written.length !== BATCH) {
      throw new Error(
        `batch wrote ${batch.value.written.length} packs: ${batch.value.failed[0]?.message}`,
      );
    }
    return {
      accounts: n,
      rows: book.rows,
      snapshots: health.value.snapshots,
      batchSaves: saves - savesBefore,
      ms: {
        import: timing(imported),
        firstPagePending: timing(pending),
        health: timing(health),
        firstPage: timing(fresh),
        save: timing(save),
        documents: timing(documents),
        batch: timing(batch),
      },
      workspaceMb: fs.statSync(ws.file).size / 2 ** 20,
      peakRssMb: peakRssMb(),
    };
  } finally {
    services.workspaces.closeAll();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function child(n: number): Promise<void> {
  process.stdout.write(`${RESULT}${JSON.stringify(await measureSize(n))}\n`);
}

function parent(): void {
  const results: SizeResult[] = [];
  for (const n of SIZES) {
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', '--expose-gc', import.meta.filename, String(n)],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 26 },
    );
    const line = run.stdout.split('\n').find((l) => l.startsWith(RESULT));
    if (run.status !== 0 || line === undefined) {
      process.stdout.write(run.stdout);
      throw new Error(`the ${n}-account run failed (exit ${run.status})`);
    }
    const r = JSON.parse(line.slice(RESULT.length)) as SizeResult;
    results.push(r);
    report(`scale: ${n.toLocaleString('en')} accounts`, {
      'rows imported': r.rows.toLocaleString('en'),
      'health snapshots': r.snapshots.toLocaleString('en'),
      ...Object.fromEntries(
        (Object.keys(STEPS) as Step[]).map((s) => [
          STEPS[s],
          `CPU ${r.ms[s].cpuMs.toFixed(0)} ms, wall ${r.ms[s].wallMs.toFixed(0)} ms`,
        ]),
      ),
      'workspace saves during the batch': r.batchSaves,
      'workspace size': `${r.workspaceMb.toFixed(1)} MB`,
      'peak RSS': `${r.peakRssMb} MB`,
    });
  }
  const small = results[0]!;
  const large = results[results.length - 1]!;
  const label = `${large.accounts / 1000}k/${small.accounts / 1000}k`;
  const factor = large.accounts / small.accounts;
  process.stdout.write(
    `growth from ${small.accounts} to ${large.accounts} accounts (CPU time, then wall clock):\n`,
  );
  for (const s of Object.keys(STEPS) as Step[]) {
    const ratio = large.ms[s].cpuMs / small.ms[s].cpuMs;
    const wall = large.ms[s].wallMs / small.ms[s].wallMs;
    process.stdout.write(
      `scale ${s} ${label} ${ratio.toFixed(1)}x (accounts x${factor}; wall ${wall.toFixed(1)}x)\n`,
    );
  }
}

const size = Number(process.argv[2]);
if (Number.isFinite(size) && size > 0) await child(size);
else parent();

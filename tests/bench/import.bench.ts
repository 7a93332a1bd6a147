// Import benchmark: `npx tsx tests/bench/import.bench.ts [rows] [rounds]`. Builds a usage workbook,
// then times, in the same process and in alternating rounds:
// - the bare exceljs streaming parse of it (the parse the importer used to be built on);
// - the physical floor (issue #19.5): inflating the sheet part and finding its rows with our own
//   scanner, plus a bare sql.js insert of the same rows in one transaction;
// - our full import (read, map, check, change preview, write in one transaction, save).
// It prints one line per ratio, and the memory the import and the floor's insert add to a process
// at a quarter and all of the rows, each in a child process of its own: memory flat in rows keeps
// the import's 200k / 50k ratio near 1.0x (it is 4.0x when all of it grows with the rows). The
// floor's own growth is the workspace's (sql.js holds the database in memory), so each is also
// given beyond the database's own growth: what the import itself holds.
// `--stages-of FILE` prints where the memory of an import of FILE goes, stage by stage.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Database } from 'sql.js';
import { createServices } from '../../src/main/create-services';
import { fileBytes, loadSqlJs } from '../../src/main/db/sqljs';
import { scanPart } from '../../src/main/import/read/part-scan';
import { PackageParts } from '../../src/main/import/read/package';
import { readWorkbookLayout } from '../../src/main/import/read/workbook-part';
import { readZipDirectory } from '../../src/main/import/read/zip-guard';
import { fixedClock } from '../../src/main/platform/clock';
import { noDialogs } from '../../src/main/platform/dialogs';
import { peakRssMb } from './measure';

const METRICS = ['logins', 'reports_run', 'api_calls', 'active_users', 'dashboards_viewed'];

interface UsageRow {
  account: string;
  metric: string;
  date: Date;
  value: number;
}

/** The benchmark's rows, the same for the workbook and for the floor's bare insert. */
function* usageRows(rows: number): Generator<UsageRow> {
  const accounts = Math.ceil(rows / (METRICS.length * 52));
  let n = 0;
  for (let a = 0; n < rows && a < accounts; a++) {
    for (let w = 0; n < rows && w < 52 * 4; w++) {
      for (const metric of METRICS) {
        if (n >= rows) return;
        yield {
          account: `ACC-${String(a).padStart(5, '0')}`,
          metric,
          date: new Date(Date.UTC(2022, 0, 3 + w * 7)),
          value: (n * 7919) % 1000,
        };
        n++;
      }
    }
  }
}

async function writeUsageWorkbook(file: string, rows: number): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const ws = wb.addWorksheet('Usage');
  ws.columns = [
    { header: 'Account ID', key: 'a', width: 12 },
    { header: 'Metric', key: 'm', width: 18 },
    { header: 'Date', key: 'd', width: 12, style: { numFmt: 'yyyy-mm-dd' } },
    { header: 'Value', key: 'v', width: 10 },
  ];
  for (const r of usageRows(rows))
    ws.addRow({ a: r.account, m: r.metric, d: r.date, v: r.value }).commit();
  ws.commit();
  await wb.commit();
}

async function bareParse(file: string): Promise<number> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    sharedStrings: 'cache',
    worksheets: 'emit',
    styles: 'ignore',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  let cells = 0;
  for await (const ws of reader) {
    for await (const row of ws) cells += (row.values as unknown[]).length;
  }
  return cells;
}

/** Floor, first half: inflate the sheet part and find its rows; no cell is decoded. */
async function inflateAndFindRows(file: string): Promise<number> {
  const parts = new PackageParts(file, readZipDirectory(file));
  const layout = await readWorkbookLayout(parts, {});
  const entry = parts.get(layout!.sheets[0]!.part)!;
  let rows = 0;
  await scanPart(file, entry, {
    wantsText: false,
    open(name) {
      if (name === 'row') rows++;
    },
    close() {},
    text() {},
  });
  return rows;
}

/**
 * Floor, second half: the same rows, already in memory as the stored values, into a table shaped
 * like usage_points, in one transaction, by the fastest way sql.js offers (one JSON text per
 * 2,000 rows unpacked by json_each, as the importer's writer does), with no key lookups, undo
 * records or checks.
 */
async function bareInsert(
  rows: Iterable<(string | number)[]>,
  onDbBytes?: (bytes: number) => void,
): Promise<number> {
  const SQL = await loadSqlJs();
  const db = new SQL.Database();
  try {
    db.run(`CREATE TABLE usage_points (account_id TEXT NOT NULL, metric TEXT NOT NULL,
      date TEXT NOT NULL, value REAL NOT NULL, PRIMARY KEY (account_id, metric, date)) WITHOUT ROWID`);
    const insert = db.prepare(
      `INSERT INTO usage_points SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3
       FROM json_each(CAST(? AS TEXT))`,
    );
    db.run('BEGIN');
    let chunk: (string | number)[][] = [];
    const flush = () => {
      insert.run([Buffer.from(JSON.stringify(chunk), 'utf8')]);
      chunk = [];
    };
    for (const r of rows) {
      chunk.push(r);
      if (chunk.length === 2_000) flush();
    }
    if (chunk.length > 0) flush();
    db.run('COMMIT');
    insert.free();
    onDbBytes?.(fileBytes(db).length);
    return Number(db.exec('SELECT COUNT(*) FROM usage_points')[0]!.values[0]![0]);
  } finally {
    db.close();
  }
}

/** The app's services over `dir`, at a fixed clock, saving only when told to. */
function benchServices(dir: string) {
  return createServices({
    clock: fixedClock('2026-01-01T00:00:00Z'),
    dialogs: noDialogs,
    emit: () => {},
    dataDir: dir,
    appVersion: 'bench',
    saveDelayMs: 60_000,
  });
}

let workspaces = 0;

/** A new workspace, open as the app has one before anything is imported into it. */
async function openWorkspace(dir: string) {
  const services = benchServices(dir);
  const ws = await services.workspaces.open(path.join(dir, `bench-${workspaces++}.qbr`), true);
  return { services, ws };
}

type OpenWorkspace = Awaited<ReturnType<typeof openWorkspace>>;

/**
 * The import into an open workspace: read, check, change preview, write in one transaction, save.
 * Making the workspace is not part of it (a new one costs ~30 ms of migrations).
 */
async function ourImport(file: string, { services, ws }: OpenWorkspace): Promise<string> {
  const preview = await services.imports.open([file]);
  const summary = services.imports.commit(
    preview.sessionId,
    services.imports.automaticChoices(preview),
  );
  ws.flush();
  const s = summary.sheets[0]!;
  return `${s.kind}: ${s.rowsRead} rows, ${s.inserted} inserted, ${s.errors.length} errors`;
}

/** ourImport into a workspace of its own, opened before and closed after the timed import. */
async function timedImport(file: string, dir: string): Promise<Run<string>> {
  const open = await openWorkspace(dir);
  try {
    return await time(() => ourImport(file, open));
  } finally {
    open.services.workspaces.closeAll();
  }
}

/** Best of the rounds: the least disturbed by the rest of the (shared) machine. */
interface Run<T> {
  ms: number;
  /** CPU time (user + system, all threads): less swayed than ms by other processes' load. */
  cpuMs: number;
  value: T;
}

async function time<T>(fn: () => Promise<T>): Promise<Run<T>> {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  const value = await fn();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const used = process.cpuUsage(cpu);
  return { ms, cpuMs: (used.user + used.system) / 1000, value };
}

const fastestCpu = (runs: Run<unknown>[]) => Math.min(...runs.map((r) => r.cpuMs));

const fastest = <T>(runs: { ms: number; value: T }[]) =>
  runs.reduce((a, b) => (b.ms < a.ms ? b : a));

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** The rows as the floor's insert stores them. */
function* storedRows(rows: number): Generator<(string | number)[]> {
  for (const r of usageRows(rows))
    yield [r.account, r.metric, r.date.toISOString().slice(0, 10), r.value];
}

/** Resets the kernel's high-water mark of this process's RSS (Linux); false where it cannot. */
function resetPeakRss(): boolean {
  try {
    fs.writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}

/**
 * The memory `work` adds to a process already set up, in MB: its peak RSS less the RSS before it.
 * The peak is counted from just before the work where Linux allows (the loading and compiling
 * every process starts with peaks higher than a small import, and would hide it); elsewhere it
 * is the process's whole peak, and a small import's growth may read as 0.
 */
async function memoryGrowthMb(work: () => Promise<unknown>): Promise<number> {
  (globalThis as { gc?: () => void }).gc?.();
  const reset = resetPeakRss();
  const before = process.memoryUsage().rss;
  await work();
  const hwmKb = reset
    ? Number(/VmHWM:\s+(\d+) kB/.exec(fs.readFileSync('/proc/self/status', 'utf8'))?.[1])
    : process.resourceUsage().maxRSS;
  return Math.max(0, hwmKb * 1024 - before) / 1024 / 1024;
}

/** What a child process reports: memory added, and how much of it is the database's own bytes. */
interface MemoryAdded {
  addedMb: number;
  /**
   * The memory added less the database's size at the end. sql.js keeps the database as one
   * in-memory file, each byte of it resident once written (room reserved ahead and not yet
   * written is address space only), and a save writes that file as it is, with no copy; so the
   * database's size is what the workspace itself grew by, whoever writes the rows, and the rest
   * is what the import held to do it (read rows, checks, statements, the collector's slack).
   */
  beyondDbMb: number;
}

const memoryLine = (added: number, dbBytes: number) =>
  `memory added ${Math.round(added)} MB, database ${(dbBytes / 1024 / 1024).toFixed(1)} MB\n`;

/**
 * The memory added in a fresh process that does nothing else: by the import of a workbook
 * (`--rss-of FILE`), or by the floor's bare insert of its rows, made as they are inserted
 * (`--floor-rss-of N`).
 */
function memoryOf(mode: '--rss-of' | '--floor-rss-of', arg: string): MemoryAdded {
  // The median of three processes: one alone varied by 20 MB from run to run (when its
  // collector ran), which made the 200k / 50k ratio swing between 1.9x and 3.8x.
  const runs = [0, 1, 2].map(() => {
    const res = spawnSync(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', import.meta.filename, mode, arg],
      { encoding: 'utf8' },
    );
    const m = /memory added (\d+) MB, database ([\d.]+) MB/.exec(res.stdout);
    if (!m) throw new Error(`RSS child failed: ${res.stderr}`);
    return { addedMb: Number(m[1]), beyondDbMb: Number(m[1]) - Number(m[2]) };
  });
  const median = (f: (r: MemoryAdded) => number) => runs.map(f).sort((a, b) => a - b)[1]!;
  return { addedMb: median((r) => r.addedMb), beyondDbMb: median((r) => r.beyondDbMb) };
}

/** sql.js's WebAssembly memory, found as the module is instantiated (sql.js does not expose it). */
function watchWasmMemory(): () => number {
  let memory: WebAssembly.Memory | null = null;
  const instantiate = WebAssembly.instantiate.bind(WebAssembly) as (
    ...args: unknown[]
  ) => Promise<WebAssembly.WebAssemblyInstantiatedSource | WebAssembly.Instance>;
  (WebAssembly as { instantiate: unknown }).instantiate = async (...args: unknown[]) => {
    const made = await instantiate(...args);
    const instance = 'instance' in made ? made.instance : made;
    for (const value of Object.values(instance.exports))
      if (value instanceof WebAssembly.Memory) memory = value;
    return made;
  };
  return () => memory?.buffer.byteLength ?? 0;
}

/**
 * Where an import's memory goes (`--stages-of FILE`): at the end of each stage, the peak RSS
 * since the end of the last one; then, after a full collection, the RSS, the JavaScript heap,
 * the array buffers outside it (the pages of packed rows the preview has in memory, ~1.2 MB, the
 * rest being in a temp file; sql.js's in-memory database file, counted at its capacity, of which
 * only the file's size is touched; buffers the collector has freed but not yet given back), sql.js's
 * WebAssembly memory (its page cache and allocations; it never shrinks) and the database's size.
 */
async function memoryByStage(file: string): Promise<void> {
  const wasmBytes = watchWasmMemory();
  await loadSqlJs();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qbr-bench-stages-'));
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`.padStart(9);
  let db: Database | null = null;
  const stage = (name: string) => {
    const peak = Number(
      /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync('/proc/self/status', 'utf8'))?.[1],
    );
    (globalThis as { gc?: () => void }).gc?.();
    const m = process.memoryUsage();
    const pragma = (name: string) => Number(db?.exec(`PRAGMA ${name}`)[0]!.values[0]![0] ?? 0);
    console.log(
      `${name.padEnd(10)} peak ${mb(peak * 1024)}  rss ${mb(m.rss)}  heap ${mb(m.heapUsed)}` +
        `  array buffers ${mb(m.arrayBuffers)}  sql.js memory ${mb(wasmBytes())}` +
        `  database ${mb(pragma('page_count') * pragma('page_size'))}`,
    );
    resetPeakRss();
  };
  try {
    const services = benchServices(dir);
    resetPeakRss();
    stage('start');
    const ws = await services.workspaces.open(path.join(dir, 'stages.qbr'), true);
    db = ws.db;
    stage('open');
    const preview = await services.imports.open([file], {
      onProgress: (p) => p.phase === 'validating' && stage('read'),
    });
    stage('preview');
    services.imports.commit(preview.sessionId, services.imports.automaticChoices(preview));
    stage('commit');
    ws.flush();
    stage('save');
    services.workspaces.closeAll();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  // `--workbook FILE ROWS` only writes the workbook (to profile the import on it alone).
  const only = process.argv.indexOf('--workbook');
  if (only >= 0) {
    await writeUsageWorkbook(process.argv[only + 1]!, Number(process.argv[only + 2] ?? 200_000));
    return;
  }
  const stagesOf = process.argv.indexOf('--stages-of');
  if (stagesOf >= 0) {
    await memoryByStage(process.argv[stagesOf + 1]!);
    return;
  }
  const rssOf = process.argv.indexOf('--rss-of');
  if (rssOf >= 0) {
    const file = process.argv[rssOf + 1]!;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qbr-bench-rss-'));
    try {
      await loadSqlJs();
      // The workspace is made inside the measure, as in every run before: measured from after
      // it, this process's RSS before already held pages the import then reused (freed, not
      // given back), and a 50k-row import read as 3 MB, less than its own database.
      let open: OpenWorkspace | null = null;
      const added = await memoryGrowthMb(async () => {
        open = await openWorkspace(dir);
        await ourImport(file, open);
      });
      // The workspace was made and saved at the end: its file is the database, all of it.
      const dbBytes = fs.statSync(open!.ws.file).size;
      open!.services.workspaces.closeAll();
      process.stdout.write(`peak RSS ${peakRssMb()} MB, ${memoryLine(added, dbBytes)}`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    return;
  }
  const floorRssOf = process.argv.indexOf('--floor-rss-of');
  if (floorRssOf >= 0) {
    await loadSqlJs();
    const rows = Number(process.argv[floorRssOf + 1]);
    let dbBytes = 0;
    const added = await memoryGrowthMb(() =>
      bareInsert(storedRows(rows), (bytes) => (dbBytes = bytes)),
    );
    process.stdout.write(memoryLine(added, dbBytes));
    return;
  }
  const ROWS = Number(process.argv[2] ?? 200_000);
  const ROUNDS = Number(process.argv[3] ?? 3);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qbr-bench-'));
  try {
    const file = path.join(dir, 'usage.xlsx');
    const quarter = path.join(dir, 'usage-quarter.xlsx');
    const QUARTER = Math.round(ROWS / 4);
    await writeUsageWorkbook(file, ROWS);
    await writeUsageWorkbook(quarter, QUARTER);
    const mb = (fs.statSync(file).size / 1024 / 1024).toFixed(1);
    // Alternating rounds: a burst of load elsewhere on the machine hits all three alike; the
    // first round also pays for warming up the JIT.
    const stored = [...storedRows(ROWS)];
    const parse: Run<number>[] = [];
    const scan: Run<number>[] = [];
    const insert: Run<number>[] = [];
    const ours: Run<string>[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      parse.push(await time(() => bareParse(file)));
      scan.push(await time(() => inflateAndFindRows(file)));
      insert.push(await time(() => bareInsert(stored)));
      ours.push(await timedImport(file, dir));
    }
    const p = fastest(parse);
    const floor = fastest(scan).ms + fastest(insert).ms;
    const o = fastest(ours);
    const rssQuarter = memoryOf('--rss-of', quarter);
    const rssAll = memoryOf('--rss-of', file);
    const floorRssQuarter = memoryOf('--floor-rss-of', String(QUARTER));
    const floorRssAll = memoryOf('--floor-rss-of', String(ROWS));
    const k = (n: number) => `${Math.round(n / 1000)}k`;
    console.log(`usage workbook: ${ROWS} rows, ${mb} MB (best of ${ROUNDS} rounds)`);
    console.log(`bare exceljs streaming parse:  ${seconds(p.ms)}`);
    console.log(
      `floor: inflate + find rows ${seconds(fastest(scan).ms)} (${fastest(scan).value} rows)` +
        ` + bare sql.js insert ${seconds(fastest(insert).ms)} = ${seconds(floor)}`,
    );
    console.log(`QBR Studio import:             ${seconds(o.ms)} (${o.value})`);
    console.log(
      `memory added (peak RSS less RSS before, own process): import ${QUARTER} rows ${rssQuarter.addedMb} MB,` +
        ` ${ROWS} rows ${rssAll.addedMb} MB; floor insert ${floorRssQuarter.addedMb} MB, ${floorRssAll.addedMb} MB`,
    );
    const perRow = (a: number, b: number) => (((b - a) * 1024) / (ROWS - QUARTER)).toFixed(2);
    console.log(
      `memory per extra row: import ${perRow(rssQuarter.addedMb, rssAll.addedMb)} KB,` +
        ` floor insert ${perRow(floorRssQuarter.addedMb, floorRssAll.addedMb)} KB`,
    );
    const beyond = (m: MemoryAdded) => `${m.beyondDbMb.toFixed(1)} MB`;
    console.log(
      `memory added beyond the database's own size: import ${QUARTER} rows ${beyond(rssQuarter)},` +
        ` ${ROWS} rows ${beyond(rssAll)}; floor insert ${beyond(floorRssQuarter)}, ${beyond(floorRssAll)}`,
    );
    const floorCpu = fastestCpu(scan) + fastestCpu(insert);
    console.log(
      `CPU time: exceljs parse ${seconds(fastestCpu(parse))}, floor ${seconds(floorCpu)}` +
        `, import ${seconds(fastestCpu(ours))}`,
    );
    console.log(`import / exceljs parse ${(o.ms / p.ms).toFixed(1)}x`);
    console.log(`import / floor ${(o.ms / floor).toFixed(1)}x`);
    console.log(
      `import / exceljs parse, CPU time ${(fastestCpu(ours) / fastestCpu(parse)).toFixed(1)}x`,
    );
    console.log(`import / floor, CPU time ${(fastestCpu(ours) / floorCpu).toFixed(1)}x`);
    const ratio = (a: number, b: number) => `${(b / Math.max(a, 1)).toFixed(1)}x`;
    console.log(
      `import memory ${k(ROWS)} / ${k(QUARTER)} rows ${ratio(rssQuarter.addedMb, rssAll.addedMb)}`,
    );
    console.log(
      `floor insert memory ${k(ROWS)} / ${k(QUARTER)} rows ${ratio(floorRssQuarter.addedMb, floorRssAll.addedMb)}`,
    );
    console.log(
      `import memory beyond the database ${k(ROWS)} / ${k(QUARTER)} rows` +
        ` ${ratio(rssQuarter.beyondDbMb, rssAll.beyondDbMb)}`,
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

void main();

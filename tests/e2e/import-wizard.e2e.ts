// The import wizard end to end on real exports: four RavenStack files at once (accounts,
// subscriptions, feature usage, support tickets), from choosing them to undoing the batch, and
// the refusal of files the importer cannot read. Every expected count comes from reading the
// files here, independently of the importer.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { Locator, Page } from 'playwright-core';
import { SCREENSHOT_DIR, launchApp } from './harness';
import type { AppHarness } from './harness';

import { dataSkip, testDataFile as dataFile } from '../helpers/test-data';

const FILES = {
  accounts: 'ravenstack_accounts.csv',
  subscriptions: 'ravenstack_subscriptions.csv',
  usage: 'ravenstack_feature_usage.csv',
  tickets: 'ravenstack_support_tickets.csv',
} as const;

interface Csv {
  header: string[];
  rows: string[][];
  col(name: string): number;
}

/** RavenStack has no quoted fields, so a plain split is an honest second reading. */
function readCsv(name: string): Csv {
  const [head, ...lines] = fs
    .readFileSync(dataFile(name), 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((l) => l !== '');
  const header = head!.split(',');
  return {
    header,
    rows: lines.map((l) => l.split(',')),
    col(column) {
      const i = header.indexOf(column);
      if (i < 0) throw new Error(`${name} has no column ${column}`);
      return i;
    },
  };
}

function mondayOf(iso: string): string {
  const t = Date.parse(`${iso}T00:00:00Z`);
  const back = (new Date(t).getUTCDay() + 6) % 7;
  return new Date(t - back * 86_400_000).toISOString().slice(0, 10);
}

interface Expected {
  rows: number;
  valid: number;
  inserted: number;
  problemRows: number[];
}

/** A repeated usage id: its row, and the row that first used it (file rows, header is 1). */
interface Duplicate {
  row: number;
  id: string;
  first: number;
}

/** What a correct import of the four files must report, worked out from the raw files. */
function expectations(): Record<keyof typeof FILES, Expected> & {
  csv: Record<keyof typeof FILES, Csv>;
  duplicates: Duplicate[];
} {
  const csv = Object.fromEntries(Object.entries(FILES).map(([k, f]) => [k, readCsv(f)])) as Record<
    keyof typeof FILES,
    Csv
  >;
  const plain = (c: Csv, key: string): Expected => {
    const ids = new Set(c.rows.map((r) => r[c.col(key)]));
    return { rows: c.rows.length, valid: c.rows.length, inserted: ids.size, problemRows: [] };
  };
  // Usage: a repeated usage_id is a problem on its row (file row = index + 2 below the header);
  // the other events are summed per account (through the subscription), feature and ISO week.
  const u = csv.usage;
  const s = csv.subscriptions;
  const accountOf = new Map(
    s.rows.map((r) => [r[s.col('subscription_id')], r[s.col('account_id')]]),
  );
  const seen = new Map<string, number>();
  const weekly = new Set<string>();
  const duplicates: Duplicate[] = [];
  u.rows.forEach((r, i) => {
    const id = r[u.col('usage_id')]!;
    const first = seen.get(id);
    if (first !== undefined) {
      duplicates.push({ row: i + 2, id, first });
      return;
    }
    seen.set(id, i + 2);
    const account = accountOf.get(r[u.col('subscription_id')]);
    if (!account) throw new Error(`usage row ${i + 2} names an unknown subscription`);
    weekly.add(`${account}|${r[u.col('feature_name')]}|${mondayOf(r[u.col('usage_date')]!)}`);
  });
  const problemRows = duplicates.map((d) => d.row);
  return {
    csv,
    duplicates,
    accounts: plain(csv.accounts, 'account_id'),
    subscriptions: plain(csv.subscriptions, 'subscription_id'),
    tickets: plain(csv.tickets, 'ticket_id'),
    usage: {
      rows: u.rows.length,
      valid: u.rows.length - problemRows.length,
      inserted: weekly.size,
      problemRows,
    },
  };
}

const digits = (text: string | null) => Number((text ?? '').replace(/\D/g, ''));
const en = (n: number) => new Intl.NumberFormat('en-GB').format(n);

const card = (page: Page, file: string): Locator =>
  page.getByTestId('sheet-card').filter({ hasText: file });

/** A field's row names it for people, with its code name as a small hint beside the label. */
async function expectLabelled(c: Locator, field: string, label: string) {
  const row = c.getByTestId(`field-${field}`);
  await expect(row.getByTestId('field-label')).toHaveText(label);
  await expect(row.locator('code')).toHaveText(field);
  await expect(row.getByRole('combobox', { name: label, exact: true })).toBeVisible();
}

/** The column header a field is mapped to, and the first values the wizard shows for it. */
async function expectMapped(c: Locator, csv: Csv, field: string, column: string) {
  const row = c.getByTestId(`field-${field}`);
  await expect(row.getByRole('combobox')).toHaveValue(String(csv.col(column)));
  const firstValues = csv.rows
    .map((r) => r[csv.col(column)]!)
    .filter((v) => v !== '')
    .slice(0, 3);
  await expect(row.getByTestId('mapping-sample')).toHaveText(firstValues.join(', '));
}

/** Row, column and problem of each listed problem, in row order. */
async function problemTexts(rows: Locator): Promise<string[][]> {
  const cells = await rows.evaluateAll((trs) =>
    trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')),
  );
  return cells.sort((a, b) => Number(a[0]) - Number(b[0]));
}

function countRows(app: AppHarness, table: string): number {
  return Number(
    app.services.workspaces.require().db.exec(`SELECT COUNT(*) FROM ${table}`)[0]!.values[0]![0],
  );
}

/**
 * Waits for the health scores the app recomputes in the background after data or settings
 * change, so that a snapshot taken next is not overtaken by them.
 */
async function settled(app: AppHarness): Promise<void> {
  const { services } = app;
  await services.health.fresh(
    services.workspaces.require(),
    services.clock.now().toISOString().slice(0, 10),
  );
}

/** Every row of every table, to prove a refused file changed nothing at all. */
function snapshot(app: AppHarness): string {
  const db = app.services.workspaces.require().db;
  const tables = db
    .exec("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")[0]!
    .values.map((v) => String(v[0]));
  return JSON.stringify(tables.map((t) => [t, db.exec(`SELECT * FROM "${t}"`)]));
}

const expectOffline = (app: AppHarness) =>
  expect(app.requests.filter((u) => !u.startsWith('http://127.0.0.1:'))).toEqual([]);

// Every test here reads the external sample: without it, skip them all (with the reason) before
// any app is launched, rather than time out.
const dataMissing = dataSkip(...Object.values(FILES));
test.skip(dataMissing !== null, dataMissing ?? '');

let app: AppHarness;
test.beforeEach(async () => {
  app = await launchApp();
});
test.afterEach(async () => app.close());

test('imports accounts, subscriptions, usage and tickets together, then undoes the batch', async () => {
  const want = expectations();
  const { csv } = want;
  const { page } = app;
  await page.getByRole('button', { name: 'New workspace…' }).click();
  await expect(page.getByText('No accounts yet')).toBeVisible();
  await page.getByRole('button', { name: 'Import', exact: true }).click();

  app.nextFiles = Object.values(FILES).map(dataFile);
  await page.getByRole('button', { name: 'Choose files…' }).click();
  await expect(page.getByTestId('sheet-card')).toHaveCount(4, { timeout: 60_000 });

  // Each file is detected as its kind.
  const kinds: [keyof typeof FILES, string, string][] = [
    ['accounts', 'accounts', 'Accounts'],
    ['subscriptions', 'contract_lines', 'Contract lines'],
    ['usage', 'usage', 'Usage'],
    ['tickets', 'tickets', 'Support tickets'],
  ];
  for (const [key, kind, label] of kinds) {
    const select = card(page, FILES[key]).getByTestId('sheet-kind');
    await expect(select).toHaveValue(kind);
    await expect(select.locator('option:checked')).toHaveText(label);
  }

  // The columns are mapped automatically, each with the file's own first values beside it.
  const accounts = card(page, FILES.accounts);
  const subscriptions = card(page, FILES.subscriptions);
  const usage = card(page, FILES.usage);
  const tickets = card(page, FILES.tickets);
  await expectMapped(accounts, csv.accounts, 'id', 'account_id');
  await expectMapped(accounts, csv.accounts, 'name', 'account_name');
  await expectMapped(accounts, csv.accounts, 'signupDate', 'signup_date');
  await expectMapped(accounts, csv.accounts, 'churned', 'churn_flag');
  await expectMapped(subscriptions, csv.subscriptions, 'id', 'subscription_id');
  await expectMapped(subscriptions, csv.subscriptions, 'accountId', 'account_id');
  await expectMapped(subscriptions, csv.subscriptions, 'mrr', 'mrr_amount');
  await expectMapped(subscriptions, csv.subscriptions, 'startDate', 'start_date');
  await expectMapped(usage, csv.usage, 'eventId', 'usage_id');
  await expectMapped(usage, csv.usage, 'subscriptionId', 'subscription_id');
  await expectMapped(usage, csv.usage, 'metric', 'feature_name');
  await expectMapped(usage, csv.usage, 'date', 'usage_date');
  await expectMapped(usage, csv.usage, 'value', 'usage_count');
  await expectMapped(tickets, csv.tickets, 'id', 'ticket_id');
  await expectMapped(tickets, csv.tickets, 'accountId', 'account_id');
  await expectMapped(tickets, csv.tickets, 'openedDate', 'submitted_at');
  await expectMapped(tickets, csv.tickets, 'priority', 'priority');

  // Fields read as a CSM would name the columns, not as the importer's code names.
  await expectLabelled(accounts, 'renewalDate', 'Renewal date');
  await expectLabelled(accounts, 'churned', 'Churned?');
  await expectLabelled(subscriptions, 'id', 'Subscription ID');
  await expectLabelled(subscriptions, 'accountId', 'Account ID');
  await expectLabelled(usage, 'eventId', 'Usage record ID');
  await expectLabelled(tickets, 'openedDate', 'Opened on');

  for (const [key, c] of [
    ['accounts', accounts],
    ['subscriptions', subscriptions],
    ['usage', usage],
    ['tickets', tickets],
  ] as const) {
    await expect(c.getByTestId('sheet-status')).toContainText(
      `${en(want[key].valid)} of ${en(want[key].rows)} rows ready`,
    );
  }
  await expect(usage.getByTestId('sheet-note')).toHaveText(
    `${en(want.usage.valid)} usage events summed into ${en(want.usage.inserted)} weekly points`,
  );

  // The duplicate usage ids are listed by row; the other files have no problems.
  await expect(usage.getByTestId('sheet-status')).toContainText(
    `${en(want.usage.problemRows.length)} rows with problems`,
  );
  const errorRows = usage.getByTestId('sheet-errors').locator('tbody tr');
  await expect(errorRows).toHaveCount(want.usage.problemRows.length);
  const listed = await errorRows.evaluateAll((trs) =>
    trs.map((tr) => Number(tr.querySelector('td')!.textContent)),
  );
  expect(listed.sort((a, b) => a - b)).toEqual(want.usage.problemRows);
  // Each names the field by its label, the repeated id and the row that had it first.
  expect(await problemTexts(errorRows)).toEqual(
    want.duplicates.map((d) => [
      String(d.row),
      'usage_id',
      `Duplicate Usage record ID ${d.id}: row ${d.first} has the same ID; this row was not imported.`,
    ]),
  );
  for (const c of [accounts, subscriptions, tickets])
    await expect(c.getByTestId('sheet-errors')).toHaveCount(0);

  // A CSM keeps segments by plan tier: map the unmapped segment field, and the preview follows.
  const segment = accounts.getByTestId('field-segment');
  await expect(segment.getByRole('combobox')).toHaveValue('');
  await expect(segment.getByTestId('mapping-sample')).toHaveText('—');
  await accounts.getByRole('combobox', { name: 'Segment' }).selectOption({ label: 'plan_tier' });
  await expectMapped(accounts, csv.accounts, 'segment', 'plan_tier');
  await expect(accounts.getByTestId('sheet-status')).toContainText(
    `${en(want.accounts.valid)} of ${en(want.accounts.rows)} rows ready`,
  );

  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'import-mapping.png'), fullPage: true });

  const readyRows =
    want.accounts.valid + want.subscriptions.valid + want.usage.valid + want.tickets.valid;
  await page.getByRole('button', { name: `Import ${en(readyRows)} rows` }).click();
  const inserted =
    want.accounts.inserted +
    want.subscriptions.inserted +
    want.usage.inserted +
    want.tickets.inserted;
  // The import's summary, not the data-age banner (also a status) the old sample data bring.
  await expect(page.getByRole('status').filter({ hasText: ' new, ' })).toContainText(
    `${en(inserted)} new, 0 updated, 0 unchanged`,
    {
      timeout: 60_000,
    },
  );

  // The summary names every sheet with its kind and counts.
  const summary = page.getByTestId('summary-row');
  await expect(summary).toHaveCount(4);
  for (const [key, , label] of kinds) {
    const row = summary.filter({ hasText: FILES[key] });
    await expect(row).toContainText(label);
    expect(digits(await row.getByTestId('summary-read').textContent())).toBe(want[key].rows);
    expect(digits(await row.getByTestId('summary-new').textContent())).toBe(want[key].inserted);
    expect(digits(await row.getByTestId('summary-updated').textContent())).toBe(0);
    expect(digits(await row.getByTestId('summary-unchanged').textContent())).toBe(0);
    expect(digits(await row.getByTestId('summary-problems').textContent())).toBe(
      want[key].problemRows.length,
    );
  }
  // The usage row says why it has fewer new points than rows read.
  await expect(summary.filter({ hasText: FILES.usage }).getByTestId('summary-note')).toHaveText(
    `${en(want.usage.valid)} usage events summed into ${en(want.usage.inserted)} weekly points`,
  );
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'import-summary.png'), fullPage: true });

  // The corrected mapping was imported: every account's segment is its plan tier.
  const db = app.services.workspaces.require().db;
  const segments = new Map(
    db.exec('SELECT id, segment FROM accounts')[0]!.values.map((v) => [v[0], v[1]]),
  );
  for (const r of csv.accounts.rows)
    expect(segments.get(r[csv.accounts.col('account_id')])).toBe(r[csv.accounts.col('plan_tier')]);

  // The Portfolio shows the accounts; then the batch is undone from the history.
  await page.getByRole('button', { name: 'Portfolio' }).click();
  // Churned accounts are hidden from the table by default.
  const notChurned = db.exec('SELECT COUNT(*) FROM accounts WHERE churned = 0')[0]!.values[0]![0];
  await expect(page.getByTestId('account-count')).toHaveText(
    `${notChurned} of ${want.accounts.inserted} accounts`,
  );
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const batch = page.getByTestId('history-item');
  await expect(batch).toHaveCount(1);
  for (const file of Object.values(FILES)) await expect(batch).toContainText(file);
  await expect(batch).toContainText(`${en(inserted)} new, 0 updated`);
  await batch.getByRole('button', { name: 'Undo' }).click();
  await expect(batch).toContainText('Undone');
  await expect(batch.getByRole('button', { name: 'Undo' })).toHaveCount(0);

  for (const table of ['accounts', 'contract_lines', 'usage_points', 'tickets'])
    expect(countRows(app, table)).toBe(0);
  await page.getByRole('button', { name: 'Portfolio' }).click();
  await expect(page.getByText('No accounts yet')).toBeVisible();

  expectOffline(app);
});

// What a Thai or Turkish CSM sees for a few accounts and subscription fields: the words, not code.
const LOCALIZED = [
  {
    locale: 'th',
    settings: 'การตั้งค่า',
    importNav: 'นำเข้าข้อมูล',
    choose: 'เลือกไฟล์…',
    kinds: { accounts: 'บัญชีลูกค้า', subscriptions: 'รายการสัญญา' },
    labels: [
      ['accounts', 'id', 'รหัสบัญชีลูกค้า'],
      ['accounts', 'renewalDate', 'วันต่ออายุสัญญา'],
      ['accounts', 'churned', 'เลิกใช้บริการแล้ว'],
      ['subscriptions', 'autoRenew', 'ต่ออายุอัตโนมัติ'],
    ],
    // Every label is in Thai script (acronyms like ARR may ride along in brackets).
    script: /[\u0E00-\u0E7F]/ as RegExp | null,
  },
  {
    locale: 'tr',
    settings: 'Ayarlar',
    importNav: 'İçe aktar',
    choose: 'Dosya seç…',
    kinds: { accounts: 'Hesaplar', subscriptions: 'Sözleşme satırları' },
    labels: [
      ['accounts', 'id', 'Hesap kimliği'],
      ['accounts', 'renewalDate', 'Yenileme tarihi'],
      ['accounts', 'churned', 'Ayrıldı mı?'],
      ['subscriptions', 'autoRenew', 'Otomatik yenileniyor mu?'],
    ],
    script: null,
  },
] as const;

for (const lang of LOCALIZED) {
  test(`names the kinds and fields of the mapping step in ${lang.locale}`, async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'New workspace…' }).click();
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.locator('main').getByRole('combobox').first().selectOption(lang.locale);
    await page.getByRole('button', { name: lang.importNav, exact: true }).click();
    app.nextFiles = [dataFile(FILES.accounts), dataFile(FILES.subscriptions)];
    await page.getByRole('button', { name: lang.choose }).click();
    await expect(page.getByTestId('sheet-card')).toHaveCount(2, { timeout: 60_000 });

    for (const key of ['accounts', 'subscriptions'] as const) {
      const select = card(page, FILES[key]).getByTestId('sheet-kind');
      await expect(select.locator('option:checked')).toHaveText(lang.kinds[key]);
    }
    for (const [key, field, label] of lang.labels)
      await expectLabelled(card(page, FILES[key]), field, label);

    // No field of either kind falls back to its code name.
    const rows = page.locator('table.mapping tbody tr');
    expect(await rows.count()).toBeGreaterThan(20);
    const pairs = await rows.evaluateAll((trs) =>
      trs.map((tr) => [
        tr.querySelector('[data-testid="field-label"]')!.textContent!,
        tr.querySelector('code')!.textContent!,
      ]),
    );
    for (const [label, code] of pairs) {
      expect(label, code).not.toMatch(/[a-z][A-Z]|_/);
      if (lang.script) expect(label, code).toMatch(lang.script);
    }

    fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({
      path: path.join(SCREENSHOT_DIR, `import-mapping-${lang.locale}.png`),
      fullPage: true,
    });
    expectOffline(app);
  });
}

test('lists the usage file’s duplicate ids in Thai, naming the field by its Thai label', async () => {
  const want = expectations();
  const { page } = app;
  await page.getByRole('button', { name: 'New workspace…' }).click();
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.locator('main').getByRole('combobox').first().selectOption('th');
  await page.getByRole('button', { name: 'นำเข้าข้อมูล', exact: true }).click();
  // The subscriptions come along: usage rows find their accounts through them.
  app.nextFiles = [dataFile(FILES.subscriptions), dataFile(FILES.usage)];
  await page.getByRole('button', { name: 'เลือกไฟล์…' }).click();
  await expect(page.getByTestId('sheet-card')).toHaveCount(2, { timeout: 60_000 });

  const usage = card(page, FILES.usage);
  const errorRows = usage.getByTestId('sheet-errors').locator('tbody tr');
  await expect(errorRows).toHaveCount(want.duplicates.length);
  await expect(usage.getByTestId('sheet-errors').locator('th').last()).toHaveText('ปัญหา');
  const listed = await problemTexts(errorRows);
  expect(listed).toEqual(
    want.duplicates.map((d) => [
      String(d.row),
      'usage_id',
      `รหัสรายการใช้งาน ${d.id} ซ้ำ: แถว ${d.first} ใช้รหัสเดียวกันแล้ว จึงไม่ได้นำเข้าแถวนี้`,
    ]),
  );
  // Apart from the file's own id, not one English word or code name.
  for (const [, , problem] of listed) {
    expect(problem).toMatch(/[\u0E00-\u0E7F]/);
    expect(problem!.replace(/U-\w+/, '')).not.toMatch(/[A-Za-z]/);
  }
  await expect(usage.getByTestId('sheet-errors')).not.toContainText('Duplicate');
  await expect(usage.getByTestId('sheet-errors')).not.toContainText('eventId');

  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await usage.screenshot({ path: path.join(SCREENSHOT_DIR, 'import-problems-th.png') });
  expectOffline(app);
});

test('refuses an old .xls and a damaged workbook with a clear message in English and Turkish, changing nothing', async () => {
  const { page } = app;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qbr-e2e-refuse-'));
  try {
    // An OLE compound file is what Excel 97-2003 writes; a zip header with junk is a broken .xlsx.
    const legacy = path.join(dir, 'legacy.xls');
    fs.writeFileSync(
      legacy,
      Buffer.concat([
        Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
        Buffer.alloc(504),
      ]),
    );
    const broken = path.join(dir, 'broken.xlsx');
    fs.writeFileSync(
      broken,
      Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('not really a workbook')]),
    );

    await page.getByRole('button', { name: 'New workspace…' }).click();
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    app.nextFiles = [dataFile(FILES.accounts)];
    await page.getByRole('button', { name: 'Choose files…' }).click();
    await page.getByRole('button', { name: /^Import [\d,]+ rows$/ }).click();
    await expect(page.getByTestId('history-item')).toHaveCount(1);
    await settled(app);
    const before = snapshot(app);
    expect(countRows(app, 'accounts')).toBe(readCsv(FILES.accounts).rows.length);

    const refusals: [string[], RegExp, string?][] = [
      [[legacy], /legacy\.xls is an old Excel \(\.xls\).*save it as \.xlsx/, 'import-refused.png'],
      [[broken], /broken\.xlsx could not be read .*damaged/],
      // One bad file among good ones refuses the whole choice: nothing is half read.
      [[dataFile(FILES.tickets), legacy], /legacy\.xls is an old Excel/],
    ];
    fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
    for (const [files, message, shot] of refusals) {
      app.nextFiles = files;
      await page.getByRole('button', { name: 'Choose files…' }).click();
      const alert = page.getByTestId('import-refused');
      await expect(alert).toContainText('Nothing was imported, the workspace is unchanged');
      await expect(alert).toContainText(message);
      await expect(page.getByRole('alert')).toHaveCount(1);
      await expect(page.getByTestId('sheet-card')).toHaveCount(0);
      if (shot) await page.screenshot({ path: path.join(SCREENSHOT_DIR, shot) });
      await alert.getByRole('button', { name: 'Close' }).click();
      await expect(alert).toHaveCount(0);
      expect(snapshot(app)).toBe(before);
      await expect(page.getByTestId('history-item')).toHaveCount(1);
    }

    // A Turkish CSM reads the same refusals in Turkish: only the file's name and the file types
    // stay as they are, and the reason a workbook could not be read is worded too.
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.locator('main').getByRole('combobox').first().selectOption('tr');
    await page.getByRole('button', { name: 'İçe aktar', exact: true }).click();
    // The language is a workspace setting: the state to keep is the one after choosing it.
    await settled(app);
    const beforeTurkish = snapshot(app);
    const turkish: [string, string][] = [
      [
        legacy,
        'Hiçbir şey içe aktarılmadı, çalışma alanı değişmedi: legacy.xls eski bir Excel (.xls) ' +
          'dosyası ya da parolayla korunan bir çalışma kitabı; QBR Studio bunu okuyamaz. Dosyayı ' +
          'Excel veya LibreOffice ile açın, varsa parolayı kaldırın ve .xlsx (ya da .csv) olarak ' +
          'kaydedin.',
      ],
      [
        broken,
        'Hiçbir şey içe aktarılmadı, çalışma alanı değişmedi: broken.xlsx bir .xlsx çalışma ' +
          'kitabı olarak okunamadı (zip dizini yok; dosya yarıda kesilmiş ya da bozuk).',
      ],
    ];
    for (const [file, text] of turkish) {
      app.nextFiles = [file];
      await page.getByRole('button', { name: 'Dosya seç…' }).click();
      const alert = page.getByTestId('import-refused');
      await expect(alert.locator('span')).toHaveText(text);
      await expect(alert).not.toContainText(/old Excel|could not be read|damaged/);
      if (file === legacy)
        await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'import-refused-tr.png') });
      await alert.getByRole('button', { name: 'Kapat' }).click();
      await expect(alert).toHaveCount(0);
      expect(snapshot(app)).toBe(beforeTurkish);
      await expect(page.getByTestId('history-item')).toHaveCount(1);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  expectOffline(app);
});

// What the Portfolio's first rows wait for when the app starts on a book larger than a page: the
// first page is asked for before the workspace's info has come back, the as-of date once, and
// the first rows paint before the code for charts, the post-mortem form and the other languages
// is fetched (issue #19 target 2; the timing itself is in tests/bench/renderer.bench.ts).
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { launchApp } from './harness';
import type { AppHarness } from './harness';

let app: AppHarness;
test.beforeEach(async () => {
  app = await launchApp();
});
test.afterEach(async () => app.close());

interface Trace {
  calls: { channel: string; input: unknown; at: number }[];
  answers: { channel: string; at: number }[];
  firstRowAt?: number;
}

/** Records, in the page, every request to main, its answer, and when a table row first showed. */
function traceStartup() {
  const w = window as unknown as {
    __trace: Trace;
    api: { invoke(channel: string, input: unknown): Promise<unknown> };
  };
  const trace: Trace = { calls: [], answers: [] };
  w.__trace = trace;
  const invoke = w.api.invoke;
  w.api.invoke = (channel, input) => {
    trace.calls.push({ channel, input, at: performance.now() });
    return invoke(channel, input).finally(() =>
      trace.answers.push({ channel, at: performance.now() }),
    );
  };
  const observer = new MutationObserver(() => {
    if (!document.querySelector('.virtual-row')) return;
    observer.disconnect();
    trace.firstRowAt = performance.now();
  });
  observer.observe(document, { childList: true, subtree: true });
}

test('the first rows ask main for one small page at once and paint before the lazy code', async () => {
  const { page, services } = app;
  const ws = await services.workspaces.open(path.join(app.dataDir, 'book.qbr'), true);
  ws.transaction(() => {
    const insert = ws.db.prepare(
      "INSERT INTO accounts (id, name, segment, owner, currency, arr, renewal_date, churned) VALUES (?, ?, 'SMB', 'CSM', 'USD', ?, '2027-03-15', 0)",
    );
    for (let i = 0; i < 300; i++) insert.run([`A${i}`, `Account ${i}`, 1000 + i]);
    insert.free();
  });
  await page.addInitScript(traceStartup);
  await page.reload();
  await expect(page.locator('.virtual-row').first()).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('account-count')).toHaveText('300 of 300 accounts');
  await expect(page.locator('.pf-charts')).toBeVisible({ timeout: 60_000 });
  const trace = await page.evaluate(() => (window as unknown as { __trace: Trace }).__trace);

  const infoAnswered = trace.answers.find((a) => a.channel === 'workspace:info')!.at;
  const tables = trace.calls.filter((c) => c.channel === 'portfolio:table');
  expect(tables[0]!.input).toMatchObject({ limit: 50, waitForHealth: false });
  expect(tables[0]!.at).toBeLessThan(infoAnswered);
  expect(tables.filter((c) => (c.input as { limit?: number }).limit !== undefined)).toHaveLength(1);
  expect(trace.calls.filter((c) => c.channel === 'health:asOf')).toHaveLength(1);

  // The charts' and the other languages' chunks are fetched in this load (the catalogues preload
  // a second after the workspace opens), each only after the first row showed.
  const lazyScripts = () =>
    page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((r) => ({ file: r.name.split('/').pop()!, at: r.startTime }))
        .filter((r) => /^(EChart|PortfolioCharts|th|tr)-.*\.js$/.test(r.file)),
    );
  await expect
    .poll(async () => (await lazyScripts()).map((s) => s.file.split('-')[0]).sort(), {
      timeout: 30_000,
    })
    .toEqual(['EChart', 'PortfolioCharts', 'th', 'tr']);
  for (const s of await lazyScripts()) expect(s.at, s.file).toBeGreaterThan(trace.firstRowAt!);
});

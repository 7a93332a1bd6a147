import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lines, runBoundedImport, tempFolder } from '../../helpers/bounded-cli';

// The harness itself: it must see a real import change the workspace and a refusal leave it alone,
// or every hostile test built on it could pass for the wrong reason. Two CLI runs in all: each
// costs the CLI's start-up.
describe('bounded CLI harness', () => {
  let tmp: ReturnType<typeof tempFolder> | undefined;
  afterEach(() => tmp?.remove());

  it('reports an import that writes the workspace, then a refusal that leaves it byte-identical', async () => {
    tmp = tempFolder();
    const ws = path.join(tmp.dir, 'w.qbr');
    const csv = path.join(tmp.dir, 'accounts.csv');
    fs.writeFileSync(csv, 'Account ID,Account Name,ARR\nA1,Acme,1200\n');
    const first = await runBoundedImport(ws, [csv]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.killed).toBe(false);
    expect(first.hashBefore).toBeNull();
    expect(first.hashAfter).toMatch(/^[0-9a-f]{64}$/);
    expect(first.workspaceUnchanged).toBe(false);
    expect(first.stdout).toContain('1 inserted');
    expect(first.maxRssBytes).toBeGreaterThan(0);

    const bad = path.join(tmp.dir, 'nothing.csv');
    fs.writeFileSync(bad, '');
    const r = await runBoundedImport(ws, [bad]);
    expect(r.code).toBe(1);
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr).toContain('nothing.csv is empty');
    expect(r.hashBefore).toBe(first.hashAfter);
    expect(r.workspaceUnchanged).toBe(true);
  });

  it('kills a run that passes its time limit', async () => {
    tmp = tempFolder();
    const ws = path.join(tmp.dir, 'w.qbr');
    const csv = path.join(tmp.dir, 'a.csv');
    fs.writeFileSync(csv, 'Account ID,Account Name\nA1,Acme\n');
    // 1 ms cannot even load the CLI: the harness must say it killed it.
    const r = await runBoundedImport(ws, [csv], [], { timeoutMs: 1 });
    expect(r.killed).toBe(true);
    expect(r.code).toBeNull();
  });
});

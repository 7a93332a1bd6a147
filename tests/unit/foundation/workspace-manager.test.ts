import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../src/main/ipc/dispatch';
import { testServices } from '../../helpers/services';
import type { TestServices } from '../../helpers/services';

let t: TestServices;
beforeEach(() => {
  t = testServices();
});
afterEach(() => t.cleanup());

describe('WorkspaceManager', () => {
  it('remembers the last workspace for the next start', async () => {
    const file = path.join(t.dir, 'book.qbr');
    await t.services.workspaces.open(file, true);
    t.services.workspaces.closeAll();
    const info = await dispatch('workspace:info', {}, t.services);
    expect(info).toMatchObject({ ok: true, value: { open: false, recentPath: file } });
    const reopened = await dispatch('workspace:openRecent', {}, t.services);
    expect(reopened).toMatchObject({ ok: true, value: { open: true, path: file } });
  });

  it('offers the newest good backup for a damaged file, and keeps the damaged file', async () => {
    const file = path.join(t.dir, 'book.qbr');
    const ws = await t.services.workspaces.open(file, true);
    await dispatch('settings:set', { companyName: 'Saved once' }, t.services);
    ws.saveNow(); // backs up the file as created, then writes 'Saved once'
    await dispatch('settings:set', { companyName: 'Latest' }, t.services);
    ws.saveNow(); // within the backup interval: no new backup
    t.services.workspaces.closeAll();
    const good = fs.readFileSync(file);
    const damaged = Buffer.from(good);
    damaged.fill(0x41, 100, 4096 * 2); // overwrite header fields and the first pages
    fs.writeFileSync(file, damaged);

    const failed = await dispatch('workspace:openRecent', {}, t.services);
    expect(failed).toMatchObject({ ok: false, error: { code: 'WORKSPACE_CORRUPT' } });
    const info = await dispatch('workspace:info', {}, t.services);
    expect(info).toMatchObject({ ok: true, value: { damaged: { path: file } } });

    const restored = await dispatch('workspace:restoreBackup', {}, t.services);
    expect(restored).toMatchObject({ ok: true, value: { open: true, damaged: null } });
    const settings = await dispatch('settings:get', {}, t.services);
    // The newest backup is the workspace as first created: default settings, not 'Latest'.
    expect(settings).toMatchObject({ ok: true, value: { companyName: '' } });
    const kept = fs.readdirSync(t.dir).filter((f) => f.startsWith('book.qbr.damaged-'));
    expect(kept).toHaveLength(1);
    expect(fs.readFileSync(path.join(t.dir, kept[0]!)).equals(damaged)).toBe(true);
  });

  it('refuses to restore when nothing is damaged', async () => {
    const res = await dispatch('workspace:restoreBackup', {}, t.services);
    expect(res).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

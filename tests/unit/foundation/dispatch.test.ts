import { createHash } from 'node:crypto';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../src/main/ipc/dispatch';
import { testServices } from '../../helpers/services';
import type { TestServices } from '../../helpers/services';

let t: TestServices;
beforeEach(async () => {
  t = testServices();
  await t.services.workspaces.open(path.join(t.dir, 'w.qbr'), true);
});
afterEach(() => t.cleanup());

const fingerprint = () =>
  createHash('sha256').update(t.services.workspaces.require().db.export()).digest('hex');

describe('dispatch', () => {
  it('returns INVALID_INPUT for bad input and changes nothing', async () => {
    const before = fingerprint();
    const hostile: [string, unknown][] = [
      ['settings:set', { locale: 'xx' }],
      ['settings:set', { companyName: 'x'.repeat(500) }],
      ['settings:set', { injected: true }],
      ['import:undo', { batchId: -1 }],
      ['import:undo', { batchId: '1; DROP TABLE accounts' }],
      ['accounts:list', { sortBy: 'name; DROP TABLE accounts' }],
      ['accounts:get', {}],
      ['accounts:get', null],
      ['import:commit', { sessionId: 'x', sheets: [] }],
    ];
    for (const [channel, input] of hostile) {
      const res = await dispatch(channel, input, t.services);
      expect(res.ok, channel).toBe(false);
      if (!res.ok) expect(res.error.code, channel).toBe('INVALID_INPUT');
    }
    expect(fingerprint()).toBe(before);
    expect(t.events.filter((e) => e.event === 'data:changed')).toEqual([]);
  });

  it('refuses unknown channels', async () => {
    const res = await dispatch('shell:exec', { cmd: 'rm -rf /' }, t.services);
    expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('turns service errors into codes without stack traces', async () => {
    const res = await dispatch('accounts:get', { id: 'nope' }, t.services);
    expect(res).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'There is no account nope.' },
    });
  });

  it('runs a mutation, announces it and schedules a save', async () => {
    const res = await dispatch('settings:set', { companyName: 'Acme CS' }, t.services);
    expect(res).toMatchObject({ ok: true, value: { companyName: 'Acme CS' } });
    expect(t.events.some((e) => e.event === 'data:changed')).toBe(true);
    expect(t.services.workspaces.require().isDirty).toBe(true);
    const read = await dispatch('settings:get', {}, t.services);
    expect(read).toMatchObject({ ok: true, value: { companyName: 'Acme CS', locale: 'en' } });
  });

  it('answers NO_WORKSPACE when nothing is open', async () => {
    t.services.workspaces.closeAll();
    const res = await dispatch('accounts:list', {}, t.services);
    expect(res).toMatchObject({ ok: false, error: { code: 'NO_WORKSPACE' } });
  });
});

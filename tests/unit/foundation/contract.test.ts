import { describe, expect, it, vi } from 'vitest';
import {
  EVENT_CHANNELS,
  REQUEST_CHANNELS,
  RPC_IPC_CHANNEL,
} from '../../../src/shared/ipc/channels';
import { contract } from '../../../src/shared/ipc/contract';
import { handlers } from '../../../src/main/ipc/handlers';

const exposed: Record<string, unknown> = {};
const invoke = vi.fn(async () => ({ ok: true, value: null }));
const on = vi.fn();
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
  ipcRenderer: {
    invoke: (...args: unknown[]) => invoke(...(args as [])),
    on: (...args: unknown[]) => on(...args),
    removeListener: vi.fn(),
  },
}));

describe('the IPC contract', () => {
  it('has exactly one handler per contract channel, and the same channels as the allow-list', () => {
    const contractChannels = Object.keys(contract).sort();
    expect(contractChannels).toEqual([...REQUEST_CHANNELS].sort());
    expect(Object.keys(handlers).sort()).toEqual(contractChannels);
  });

  it('marks the channels that change data', () => {
    const mutating = Object.entries(contract)
      .filter(([, def]) => def.mutates)
      .map(([name]) => name);
    expect(mutating).toContain('import:commit');
    expect(mutating).toContain('import:undo');
    expect(mutating).not.toContain('accounts:list');
  });

  it('the preload forwards allowed channels only and exposes just invoke and on', async () => {
    await import('../../../src/main/preload/index');
    const api = exposed.api as {
      invoke: (c: unknown, i: unknown) => Promise<unknown>;
      on: (e: unknown, l: unknown) => unknown;
    };
    expect(Object.keys(api).sort()).toEqual(['invoke', 'on']);
    for (const channel of REQUEST_CHANNELS) await api.invoke(channel, {});
    expect(invoke).toHaveBeenCalledTimes(REQUEST_CHANNELS.length);
    expect(invoke).toHaveBeenLastCalledWith(RPC_IPC_CHANNEL, REQUEST_CHANNELS.at(-1), {});
    const refused = (await api.invoke('fs:readFile', { path: '/etc/passwd' })) as {
      ok: boolean;
      error: { code: string };
    };
    expect(refused.ok).toBe(false);
    expect(refused.error.code).toBe('INVALID_INPUT');
    expect(invoke).toHaveBeenCalledTimes(REQUEST_CHANNELS.length);
    api.on('not-an-event', () => {});
    expect(on).not.toHaveBeenCalled();
    api.on(EVENT_CHANNELS[0], () => {});
    expect(on).toHaveBeenCalledTimes(1);
  });
});

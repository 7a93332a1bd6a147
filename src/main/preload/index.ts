// Runs sandboxed: it may import only electron and the channel list (enforced by lint), and
// exposes exactly two functions. Unknown channels are refused here, before any IPC happens.
import { contextBridge, ipcRenderer } from 'electron';
import {
  EVENT_IPC_PREFIX,
  RPC_IPC_CHANNEL,
  isEventChannel,
  isRequestChannel,
} from '../../shared/ipc/channels';

contextBridge.exposeInMainWorld('api', {
  invoke(channel: unknown, input: unknown): Promise<unknown> {
    if (!isRequestChannel(channel)) {
      return Promise.resolve({
        ok: false,
        error: { code: 'INVALID_INPUT', message: 'Unknown request channel.' },
      });
    }
    return ipcRenderer.invoke(RPC_IPC_CHANNEL, channel, input);
  },
  on(event: unknown, listener: (payload: unknown) => void): () => void {
    if (!isEventChannel(event) || typeof listener !== 'function') return () => {};
    const wrapped = (_e: unknown, payload: unknown) => listener(payload);
    ipcRenderer.on(EVENT_IPC_PREFIX + event, wrapped);
    return () => ipcRenderer.removeListener(EVENT_IPC_PREFIX + event, wrapped);
  },
});

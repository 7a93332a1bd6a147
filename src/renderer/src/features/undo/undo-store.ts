// The renderer's side of edit undo (#18 point 10): which change the toast offers to undo, and
// what the last undo did. Main keeps the log; this only remembers the newest entry already seen,
// so a toast appears for a change just made and never for one found on opening a workspace.
import { create } from 'zustand';
import type { EditUndoEntry } from '../../../../shared/ipc/contract';
import { IpcError, call } from '../../lib/ipc';

/** The data:changed kinds (a channel's domain) whose requests can add an undo entry. */
export const UNDOABLE_KINDS: ReadonlySet<string> = new Set(['notes', 'tasks', 'goals', 'qbr']);

export type UndoToast =
  | { kind: 'offer'; entry: EditUndoEntry }
  | { kind: 'undone'; entry: EditUndoEntry }
  | { kind: 'refused'; reason: 'nothing' | 'moved' | 'stale'; label: string }
  | { kind: 'failed'; message: string };

interface UndoState {
  toast: UndoToast | null;
  /** The newest entry seen (0: none), so only a newer one is offered. */
  seen: number;
  /** The last change undone, for screens that keep a draft and must reload it. */
  undone: EditUndoEntry | null;
  /** Reads the newest entry; offers it when `offer` and it is newer than any seen. */
  sync(offer: boolean): Promise<void>;
  /** Undoes the newest change (or exactly `id`, from the toast's button). */
  undo(id?: number): Promise<void>;
  dismiss(): void;
}

function refusal(err: unknown): UndoToast {
  if (!(err instanceof IpcError)) return { kind: 'failed', message: String(err) };
  const details = (err.details ?? {}) as { reason?: string; entry?: EditUndoEntry };
  if (err.code === 'NOT_FOUND' && details.reason === 'nothing')
    return { kind: 'refused', reason: 'nothing', label: '' };
  if (err.code === 'CONFLICT' && details.reason === 'moved')
    return { kind: 'refused', reason: 'moved', label: '' };
  if (err.code === 'CONFLICT' && details.reason === 'stale')
    return { kind: 'refused', reason: 'stale', label: details.entry?.label ?? '' };
  return { kind: 'failed', message: err.message };
}

export const useUndo = create<UndoState>((set, get) => ({
  toast: null,
  seen: 0,
  undone: null,
  sync: async (offer) => {
    const entry = await call('edit:lastUndo', {}).catch(() => null);
    const newer = entry !== null && entry.id > get().seen;
    set({ seen: entry?.id ?? 0 });
    if (offer && newer) set({ toast: { kind: 'offer', entry } });
  },
  undo: async (id) => {
    try {
      const entry = await call('edit:undo', id === undefined ? {} : { id });
      set({ toast: { kind: 'undone', entry }, undone: entry });
    } catch (err) {
      set({ toast: refusal(err) });
    }
  },
  dismiss: () => set({ toast: null }),
}));

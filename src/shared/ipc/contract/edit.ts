// Undo of the last hand-made change to notes, tasks, goals or a QBR narrative (#18 point 10).
// Import batches have their own undo (import:undo); this one never touches them.
import { z } from 'zod';
import { rpc } from './define';

export const EditDomain = z.enum(['note', 'task', 'goal', 'narrative']);
export type EditDomain = z.infer<typeof EditDomain>;

/** What a change did; the renderer names it in the user's language ("Note added"). */
export const EditAction = z.enum([
  'note.add',
  'task.complete',
  'task.dismiss',
  'goal.add',
  'goal.edit',
  'goal.close',
  'goal.reopen',
  'narrative.save',
]);
export type EditAction = z.infer<typeof EditAction>;

/** One change the next undo would revert (or just reverted). */
export interface EditUndoEntry {
  id: number;
  domain: EditDomain;
  action: EditAction;
  accountId: string | null;
  /** A few words naming what changed: the note's text, the goal's title, the quarter. */
  label: string;
  at: string;
}

export const editContract = {
  'edit:lastUndo': rpc<EditUndoEntry | null>()(z.object({}).strict(), { mutates: false }),
  // With an id (the toast's button), refuses unless that change is still the last one, so a
  // button shown for one change can never revert another made since.
  'edit:undo': rpc<EditUndoEntry>()(
    z.object({ id: z.number().int().positive().optional() }).strict(),
    { mutates: true },
  ),
};

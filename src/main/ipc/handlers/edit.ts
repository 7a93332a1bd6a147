import { lastEdit, undoLastEdit } from '../../edit-undo/log';
import type { HandlerMap } from './types';

type EditChannel = 'edit:lastUndo' | 'edit:undo';

export const editHandlers: HandlerMap<EditChannel> = {
  'edit:lastUndo': (_input, s) => lastEdit(s.workspaces.require().db),
  'edit:undo': ({ id }, s) => undoLastEdit(s.workspaces.require(), id),
};

import type { RequestChannel } from '../../../shared/ipc/channels';
import { accountHandlers } from './accounts';
import { healthHandlers } from './health';
import { experimentHandlers } from './experiments';
import { importHandlers } from './imports';
import type { HandlerMap } from './types';
import { workspaceHandlers } from './workspace';

/** Every channel's handler, grouped by domain; `satisfies` keeps this in step with the contract. */
export const handlers = {
  ...workspaceHandlers,
  ...accountHandlers,
  ...importHandlers,
  ...experimentHandlers,
  ...healthHandlers,
} satisfies HandlerMap<RequestChannel>;

import type { RequestChannel } from '../../../shared/ipc/channels';
import { accountHandlers } from './accounts';
import { editHandlers } from './edit';
import { experimentHandlers } from './experiments';
import { goalHandlers } from './goals';
import { healthHandlers } from './health';
import { importHandlers } from './imports';
import { metricHandlers } from './metrics';
import { portfolioHandlers } from './portfolio';
import { qbrHandlers } from './qbr';
import type { HandlerMap } from './types';
import { workspaceHandlers } from './workspace';

/** Every channel's handler, grouped by domain; `satisfies` keeps this in step with the contract. */
export const handlers = {
  ...workspaceHandlers,
  ...accountHandlers,
  ...importHandlers,
  ...healthHandlers,
  ...experimentHandlers,
  ...portfolioHandlers,
  ...qbrHandlers,
  ...goalHandlers,
  ...editHandlers,
  ...metricHandlers,
} satisfies HandlerMap<RequestChannel>;

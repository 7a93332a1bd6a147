// The request and event channel names. Kept free of any import so the sandboxed preload can
// bundle it as its allow-list; the contract is typed against these lists, and a test checks that
// contract, handlers and this list are the same set.
export const REQUEST_CHANNELS = [
  'app:info',
  'workspace:info',
  'workspace:openSample',
  'workspace:openDialog',
  'workspace:createDialog',
  'workspace:openRecent',
  'workspace:restoreBackup',
  'workspace:retrySave',
  'workspace:saveAsDialog',
  'workspace:resolveLock',
  'settings:get',
  'settings:set',
  'accounts:list',
  'accounts:get',
  'import:pickFiles',
  'import:preview',
  'import:commit',
  'import:cancel',
  'import:reopen',
  'import:history',
  'import:undo',
  'import:exportErrors',
  'import:problems',
  'health:overview',
  'health:snapshots',
  'health:explain',
  'health:recompute',
  'health:backtest',
  'health:backtestWhatIf',
  'health:asOf',
  'health:setAsOf',
  'health:modelGet',
  'health:modelUpdate',
  'health:playbookGet',
  'health:playbookUpdate',
  'account:timeline',
  'account:usage',
  'account:surveys',
  'account:tickets',
  'account:contacts',
  'tasks:list',
  'tasks:complete',
  'tasks:dismiss',
  'notes:add',
  'portfolio:rows',
  'portfolio:metrics',
  'portfolio:series',
  'portfolio:renewals',
  'portfolio:churnReasons',
  'portfolio:setChurnReasonTeams',
  'portfolio:fxRates',
  'portfolio:setFxRates',
  'portfolio:views',
  'portfolio:saveView',
  'portfolio:deleteView',
  'portfolio:postMortem',
  'portfolio:savePostMortem',
  'portfolio:attention',
  'portfolio:table',
  'portfolio:healthBands',
  'portfolio:exportTable',
  'experiments:list',
  'experiments:get',
  'experiments:results',
  'experiments:create',
  'experiments:update',
  'experiments:addObservations',
  'qbr:quarters',
  'qbr:narrativeGet',
  'qbr:narrativeSave',
  'qbr:preview',
  'qbr:exportOne',
  'qbr:exportBatch',
  'qbr:exportCancel',
  'qbr:exports',
  'qbr:presenterGet',
  'qbr:presenterSet',
  'qbr:presenterLogoChoose',
  'qbr:presenterLogoRemove',
  'goals:list',
  'goals:add',
  'goals:edit',
  'goals:close',
  'goals:history',
  'goals:benchmarks',
] as const;
export type RequestChannel = (typeof REQUEST_CHANNELS)[number];

export const EVENT_CHANNELS = [
  'data:changed',
  'import:progress',
  'workspace:saved',
  'workspace:saveFailed',
  'export:progress',
  'health:progress',
  'help:shortcuts',
] as const;
export type EventChannel = (typeof EVENT_CHANNELS)[number];

/** The one Electron IPC channel requests travel on; the request channel is inside the message. */
export const RPC_IPC_CHANNEL = 'qbr:rpc';
export const EVENT_IPC_PREFIX = 'qbr:event:';

export function isRequestChannel(value: unknown): value is RequestChannel {
  return typeof value === 'string' && (REQUEST_CHANNELS as readonly string[]).includes(value);
}

export function isEventChannel(value: unknown): value is EventChannel {
  return typeof value === 'string' && (EVENT_CHANNELS as readonly string[]).includes(value);
}

import type { z } from 'zod';
import type { EventChannel, RequestChannel } from '../channels';
import type { RpcDef } from './define';
import { accountsContract } from './accounts';
import { editContract } from './edit';
import { experimentsContract } from './experiments';
import { goalsContract } from './goals';
import { healthContract } from './health';
import { importContract } from './import';
import { metricsContract } from './metrics';
import { portfolioContract } from './portfolio';
import { qbrContract } from './qbr';
import { workspaceContract } from './workspace';

export * from './accounts';
export * from './edit';
export * from './experiments';
export * from './goals';
export * from './health';
export * from './import';
export * from './metrics';
export * from './portfolio';
export * from './qbr';
export * from './workspace';
export type { RpcDef } from './define';

/** Every request channel, by domain. `satisfies` makes a missing or unknown channel a type error. */
export const contract = {
  ...workspaceContract,
  ...accountsContract,
  ...importContract,
  ...healthContract,
  ...experimentsContract,
  ...portfolioContract,
  ...qbrContract,
  ...goalsContract,
  ...editContract,
  ...metricsContract,
} satisfies Record<RequestChannel, RpcDef<z.ZodType, unknown>>;

export type Contract = typeof contract;
export type InputOf<C extends RequestChannel> = z.input<Contract[C]['input']>;
export type ParsedInputOf<C extends RequestChannel> = z.output<Contract[C]['input']>;
export type OutputOf<C extends RequestChannel> =
  Contract[C] extends RpcDef<z.ZodType, infer O> ? O : never;

export interface EventPayloads {
  'data:changed': { kinds: string[] };
  'import:progress': {
    sessionId: string;
    phase: 'reading' | 'validating' | 'writing';
    done: number;
    total: number | null;
  };
  'workspace:saved': { path: string; savedAt: string };
  /** A background save failed: shown at once, retried after `retryInMs`. */
  'workspace:saveFailed': { path: string; reason: string; attempt: number; retryInMs: number };
  /** Accounts rescored so far while health scores are recomputed in the background. */
  'health:progress': { done: number; total: number };
  /** Help > Keyboard shortcuts in the native menu: the page shows its shortcuts dialog. */
  'help:shortcuts': Record<string, never>;
  'export:progress': {
    jobId: string;
    done: number;
    total: number;
    accountId: string;
    accountName: string;
    /** Null when this account's pack was written; the reason when it failed. */
    error: string | null;
  };
}
export type EventPayload<E extends EventChannel> = EventPayloads[E];

// The only module that touches window.api. Everything else calls `call`, which unwraps the
// Result envelope into a value or an IpcError carrying the stable error code.
import type { EventChannel, RequestChannel } from '../../../shared/ipc/channels';
import type { EventPayload, InputOf, OutputOf } from '../../../shared/ipc/contract';
import type { AppErrorShape, ErrorCode, Result } from '../../../shared/ipc/result';

interface Api {
  invoke(channel: RequestChannel, input: unknown): Promise<Result<unknown>>;
  on(event: EventChannel, listener: (payload: unknown) => void): () => void;
}

declare global {
  interface Window {
    api: Api;
  }
}

export class IpcError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;
  constructor(shape: AppErrorShape) {
    super(shape.message);
    this.code = shape.code;
    this.details = shape.details;
  }
}

export async function call<C extends RequestChannel>(
  channel: C,
  input: InputOf<C>,
): Promise<OutputOf<C>> {
  const result = await window.api.invoke(channel, input);
  if (!result.ok) throw new IpcError(result.error);
  return result.value as OutputOf<C>;
}

export function onEvent<E extends EventChannel>(
  event: E,
  listener: (payload: EventPayload<E>) => void,
): () => void {
  return window.api.on(event, (payload) => listener(payload as EventPayload<E>));
}

import { isRequestChannel } from '../../shared/ipc/channels';
import type { RequestChannel } from '../../shared/ipc/channels';
import { contract } from '../../shared/ipc/contract';
import { AppError } from '../../shared/ipc/result';
import type { Result } from '../../shared/ipc/result';
import type { Services } from '../services';
import { handlers } from './handlers';
import type { Handler } from './handlers/types';

/**
 * The one way into the main process, whatever the transport (Electron IPC, the e2e bridge, tests):
 * validate the input, run the handler, announce changes, and answer with a Result. Nothing thrown
 * inside reaches the caller as a raw exception or stack trace.
 */
export async function dispatch(
  channel: unknown,
  input: unknown,
  services: Services,
): Promise<Result<unknown>> {
  if (!isRequestChannel(channel)) {
    return {
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message: `Unknown request channel: ${String(channel).slice(0, 100)}`,
      },
    };
  }
  const def = contract[channel];
  const parsed = def.input.safeParse(input === undefined ? {} : input);
  if (!parsed.success) {
    return {
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message: `Invalid input for ${channel}.`,
        details: parsed.error.issues.map((i) => ({
          path: i.path.map(String).join('.'),
          message: i.message,
        })),
      },
    };
  }
  try {
    const handler = handlers[channel] as Handler<RequestChannel>;
    const value = await handler(parsed.data as never, services);
    if (def.mutates) services.emit('data:changed', { kinds: [channel.split(':')[0]!] });
    return { ok: true, value: value ?? null };
  } catch (err) {
    if (err instanceof AppError) return { ok: false, error: err.toShape() };
    console.error(`[dispatch] ${channel} failed:`, err);
    return {
      ok: false,
      error: {
        code: 'INTERNAL',
        message: 'Something went wrong inside QBR Studio; your data was not changed.',
      },
    };
  }
}

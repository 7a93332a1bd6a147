import { isRequestChannel } from '../../shared/ipc/channels';
import type { RequestChannel } from '../../shared/ipc/channels';
import { contract } from '../../shared/ipc/contract';
import { AppError } from '../../shared/ipc/result';
import type { Result } from '../../shared/ipc/result';
import type { Services } from '../services';
import { handlers } from './handlers';
import { inputTooLarge } from './input-size';
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
  const tooLarge = inputTooLarge(input);
  if (tooLarge) return invalid(channel, [tooLarge]);
  let parsed: ReturnType<typeof def.input.safeParse>;
  try {
    parsed = def.input.safeParse(input === undefined ? {} : input);
  } catch {
    // A getter or proxy that throws while being read: refused like any other bad input.
    return invalid(channel, [{ path: '', message: 'the input could not be read' }]);
  }
  if (!parsed.success) {
    return invalid(
      channel,
      parsed.error.issues.slice(0, MAX_ISSUES).map((i) => ({
        path: i.path.map(String).join('.'),
        message: i.message,
      })),
    );
  }
  if (def.mutates && services.workspaces.active?.readOnly) {
    return {
      ok: false,
      error: {
        code: 'WORKSPACE_LOCKED',
        message:
          'This workspace is open read-only because another QBR Studio holds it; the change was not made.',
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

/** Enough issues to fix the input; a huge bad list would otherwise answer with a huge list. */
const MAX_ISSUES = 20;

/** INVALID_INPUT whose message names the first field refused and why. */
function invalid(channel: string, issues: { path: string; message: string }[]): Result<unknown> {
  const first = issues[0];
  const where = first
    ? ` ${first.path === '' ? '(the whole input)' : first.path}: ${first.message}`
    : '';
  return {
    ok: false,
    error: {
      code: 'INVALID_INPUT',
      message: `Invalid input for ${channel}.${where.slice(0, 300)}`,
      details: issues,
    },
  };
}

// The envelope every request returns. Errors carry a stable code the renderer can translate and
// a plain message; never a stack trace.
export const ERROR_CODES = [
  'INVALID_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'UNSUPPORTED_FILE',
  'FILE_REFUSED',
  'NO_WORKSPACE',
  'WORKSPACE_LOCKED',
  'WORKSPACE_TOO_NEW',
  'WORKSPACE_CORRUPT',
  'SAVE_FAILED',
  'CANCELLED',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface AppErrorShape {
  code: ErrorCode;
  message: string;
  details?: unknown;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };

/** Thrown by services for failures the user should read; dispatch turns it into a Result. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }

  toShape(): AppErrorShape {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

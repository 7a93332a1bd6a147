import type { z } from 'zod';

/** A request channel: its validated input, its output type, and whether it changes data. */
export interface RpcDef<I extends z.ZodType, O> {
  input: I;
  mutates: boolean;
  /** Phantom: carries the output type; never read at run time. */
  output?: O;
}

export function rpc<O>() {
  return <I extends z.ZodType>(input: I, opts: { mutates: boolean }): RpcDef<I, O> => ({
    input,
    mutates: opts.mutates,
  });
}

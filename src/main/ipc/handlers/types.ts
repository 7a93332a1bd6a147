import type { RequestChannel } from '../../../shared/ipc/channels';
import type { OutputOf, ParsedInputOf } from '../../../shared/ipc/contract';
import type { Services } from '../../services';

export type Handler<C extends RequestChannel> = (
  input: ParsedInputOf<C>,
  services: Services,
) => OutputOf<C> | Promise<OutputOf<C>>;

export type HandlerMap<C extends RequestChannel> = { [K in C]: Handler<K> };

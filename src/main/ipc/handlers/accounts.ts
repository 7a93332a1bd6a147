import { getAccount, listAccounts } from '../../db/repos/accounts';
import type { HandlerMap } from './types';

export const accountHandlers: HandlerMap<'accounts:list' | 'accounts:get'> = {
  'accounts:list': (q, s) => listAccounts(s.workspaces.require().db, q),
  'accounts:get': ({ id }, s) => getAccount(s.workspaces.require().db, id),
};

import { z } from 'zod';
import type { Account } from '../../domain/entities';
import { rpc } from './define';

export const AccountSortKey = z.enum(['name', 'arr', 'renewalDate', 'owner', 'segment']);

export const AccountListQuery = z
  .object({
    search: z.string().max(200).optional(),
    segment: z.string().max(200).optional(),
    sortBy: AccountSortKey.default('name'),
    sortDir: z.enum(['asc', 'desc']).default('asc'),
  })
  .strict();

export const accountsContract = {
  'accounts:list': rpc<Account[]>()(AccountListQuery, { mutates: false }),
  'accounts:get': rpc<Account>()(z.object({ id: z.string().min(1).max(200) }).strict(), {
    mutates: false,
  }),
} as const;

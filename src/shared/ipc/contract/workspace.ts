import { z } from 'zod';
import { rpc } from './define';

export const Empty = z.object({}).strict();

export const Locale = z.enum(['en', 'th', 'tr']);
export type Locale = z.infer<typeof Locale>;

export interface AppInfo {
  version: string;
  platform: string;
}

export interface WorkspaceInfo {
  open: boolean;
  path: string | null;
  name: string | null;
  accountCount: number;
  lastSavedAt: string | null;
  schemaVersion: number;
  /** The workspace open last time, offered on the welcome screen. */
  recentPath: string | null;
  /** Set when the last open failed because the file is damaged and a backup can replace it. */
  damaged: { path: string; backups: number } | null;
}

export const Settings = z
  .object({
    locale: Locale,
    companyName: z.string().max(200),
    reportCurrency: z.string().regex(/^[A-Z]{3}$/),
    acceptableChurnRate: z.number().min(0).max(100),
  })
  .strict();
export type Settings = z.infer<typeof Settings>;

export const workspaceContract = {
  'app:info': rpc<AppInfo>()(Empty, { mutates: false }),
  'workspace:info': rpc<WorkspaceInfo>()(Empty, { mutates: false }),
  'workspace:openSample': rpc<WorkspaceInfo>()(Empty, { mutates: false }),
  'workspace:openDialog': rpc<WorkspaceInfo | null>()(Empty, { mutates: false }),
  'workspace:createDialog': rpc<WorkspaceInfo | null>()(Empty, { mutates: false }),
  'workspace:openRecent': rpc<WorkspaceInfo>()(Empty, { mutates: false }),
  'workspace:restoreBackup': rpc<WorkspaceInfo>()(Empty, { mutates: false }),
  'settings:get': rpc<Settings>()(Empty, { mutates: false }),
  'settings:set': rpc<Settings>()(Settings.partial().strict(), { mutates: true }),
} as const;

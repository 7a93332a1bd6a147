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
  /** Opened read-only because another process holds it: nothing is saved, changes are refused. */
  readOnly: boolean;
  /** Why the last save failed (it is being retried); null once a save works. */
  saveError: string | null;
  /** Set when the last open was refused because another QBR Studio holds the file. */
  locked: LockedWorkspace | null;
}

/** Who holds a workspace the app could not lock, so the user can decide what to do. */
export interface LockedWorkspace {
  path: string;
  pid: number | null;
  hostname: string | null;
  startedAt: string | null;
  sameMachine: boolean;
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
  /** Saves now after a failed background save (the banner's Retry). */
  'workspace:retrySave': rpc<WorkspaceInfo>()(Empty, { mutates: false }),
  /** Asks for a new file and continues the workspace there; null when cancelled. */
  'workspace:saveAsDialog': rpc<WorkspaceInfo | null>()(Empty, { mutates: false }),
  /** Opens the file another process holds: read-only, or taking it over after confirmation. */
  'workspace:resolveLock': rpc<WorkspaceInfo>()(
    z.object({ mode: z.enum(['readOnly', 'takeOver']), locale: Locale.default('en') }).strict(),
    { mutates: false },
  ),
} as const;

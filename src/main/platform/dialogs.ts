import type { LockedWorkspace, Locale } from '../../shared/ipc/contract/workspace';

/** What the user chose when quitting while changes could not be saved. */
export type UnsavedQuitChoice = 'saveAs' | 'quit' | 'cancel';

/** OS dialogs are a port: Electron shows real ones, tests and the e2e harness answer with fixed paths. */
export interface Dialogs {
  openFiles(opts: {
    title: string;
    filters: { name: string; extensions: string[] }[];
  }): Promise<string[]>;
  openWorkspace(): Promise<string | null>;
  saveWorkspace(): Promise<string | null>;
  /** Asks where to save a file the app writes (an export); null when the user cancels. */
  saveFile(opts: {
    title: string;
    defaultName: string;
    filters: { name: string; extensions: string[] }[];
  }): Promise<string | null>;
  /** Asks for a folder to write into (a batch export); null when the user cancels. */
  chooseFolder(opts: { title: string }): Promise<string | null>;
  // The confirmations below are optional so a port without them answers the safe way: a lock
  // is not taken over, existing files are not replaced, a quit with unsaved work is cancelled.
  /** Says who holds the workspace and asks whether to take it over. */
  confirmTakeOver?(locked: LockedWorkspace, locale: Locale): Promise<boolean>;
  /** Asks whether files that already exist may be replaced. */
  confirmReplace?(files: string[], locale: Locale): Promise<boolean>;
  /** Quitting while the latest changes could not be saved: save elsewhere, quit, or stay. */
  unsavedOnQuit?(reason: string, locale: Locale): Promise<UnsavedQuitChoice>;
}

export const noDialogs: Dialogs = {
  openFiles: async () => [],
  openWorkspace: async () => null,
  saveWorkspace: async () => null,
  saveFile: async () => null,
  chooseFolder: async () => null,
};

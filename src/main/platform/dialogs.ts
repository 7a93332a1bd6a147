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
}

export const noDialogs: Dialogs = {
  openFiles: async () => [],
  openWorkspace: async () => null,
  saveWorkspace: async () => null,
  saveFile: async () => null,
  chooseFolder: async () => null,
};

import { create } from 'zustand';
import type { Locale, WorkspaceInfo } from '../../../shared/ipc/contract';
import { loadCatalogue } from '../lib/catalogues';
import { call } from '../lib/ipc';

export type Screen =
  'portfolio' | 'account' | 'experiment' | 'experiments' | 'qbr' | 'import' | 'settings';

interface AppState {
  locale: Locale;
  screen: Screen;
  workspace: WorkspaceInfo | null;
  error: string | null;
  /** Bumped whenever main reports changed data, so screens reload what they show. */
  dataVersion: number;
  /** The account the Account, Experiment and QBR screens show. */
  accountId: string | null;
  experimentId: string | null;
  openAccount(id: string): void;
  openExperiment(id: string): void;
  setLocale(locale: Locale): void;
  setScreen(screen: Screen): void;
  setError(error: string | null): void;
  refreshWorkspace(): Promise<void>;
  dataChanged(): void;
}

/** The language asked for last: a catalogue that loads after a later choice must not win. */
let wantedLocale: Locale = 'en';

export const useApp = create<AppState>((set, get) => ({
  locale: 'en',
  screen: 'portfolio',
  workspace: null,
  error: null,
  dataVersion: 0,
  accountId: null,
  experimentId: null,
  openAccount: (id) => set({ accountId: id, screen: 'account' }),
  openExperiment: (id) => set({ experimentId: id, screen: 'experiment' }),
  // The screens switch once the language's catalogue has loaded, never to English in between.
  setLocale: (locale) => {
    wantedLocale = locale;
    loadCatalogue(locale).then(
      () => wantedLocale === locale && set({ locale }),
      (err: Error) => set({ error: err.message }),
    );
  },
  setScreen: (screen) => set({ screen }),
  setError: (error) => set({ error }),
  refreshWorkspace: async () => {
    const workspace = await call('workspace:info', {});
    set({ workspace });
    if (workspace.open) {
      const settings = await call('settings:get', {});
      get().setLocale(settings.locale);
    }
  },
  dataChanged: () => set((s) => ({ dataVersion: s.dataVersion + 1 })),
}));

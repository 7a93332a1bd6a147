// The screens other than the Portfolio, each in a chunk of its own loaded when first opened: the
// Portfolio is what the app opens on, and parsing every screen's code before its first rows could
// be asked for held them up (the charts load the same way, see components/Chart.tsx).
import { lazy } from 'react';

export const AccountScreen = lazy(() =>
  import('./features/account/AccountScreen').then((m) => ({ default: m.AccountScreen })),
);
export const ExperimentScreen = lazy(() =>
  import('./features/experiments/ExperimentScreen').then((m) => ({
    default: m.ExperimentScreen,
  })),
);
export const ExperimentsListScreen = lazy(() =>
  import('./features/experiments-list/ExperimentsListScreen').then((m) => ({
    default: m.ExperimentsListScreen,
  })),
);
export const ImportScreen = lazy(() =>
  import('./features/import/ImportScreen').then((m) => ({ default: m.ImportScreen })),
);
export const QbrScreen = lazy(() =>
  import('./features/qbr/QbrScreen').then((m) => ({ default: m.QbrScreen })),
);
export const SettingsScreen = lazy(() =>
  import('./features/settings/SettingsScreen').then((m) => ({ default: m.SettingsScreen })),
);

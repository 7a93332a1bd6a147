import type { Database } from 'sql.js';
import { Settings } from '../../../shared/ipc/contract';
import type { Settings as SettingsT } from '../../../shared/ipc/contract';
import { selectAll } from './rows';

export const DEFAULT_SETTINGS: SettingsT = {
  locale: 'en',
  companyName: 'Your company',
  reportCurrency: 'USD',
  acceptableChurnRate: 5,
};

export function getSettings(db: Database): SettingsT {
  const stored: Record<string, unknown> = {};
  for (const row of selectAll(db, 'SELECT key, value FROM settings')) {
    stored[String(row.key)] = JSON.parse(String(row.value));
  }
  // A value an older or newer app wrote that no longer validates falls back to its default.
  const merged = { ...DEFAULT_SETTINGS, ...stored };
  const parsed = Settings.safeParse(merged);
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export function setSettings(db: Database, patch: Partial<SettingsT>): SettingsT {
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    db.run(
      'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
      [key, JSON.stringify(value)],
    );
  }
  return getSettings(db);
}

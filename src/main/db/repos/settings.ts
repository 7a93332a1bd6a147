import type { Database } from 'sql.js';
import { Settings } from '../../../shared/ipc/contract';
import type { Settings as SettingsT } from '../../../shared/ipc/contract';
import { selectAll } from './rows';

export const DEFAULT_SETTINGS: SettingsT = {
  locale: 'en',
  // empty until the CSM sets it: a pack never says "Your company"
  companyName: '',
  reportCurrency: 'USD',
  acceptableChurnRate: 5,
};

/** Keys other features keep in the settings table through getSettingValue, not in Settings. */
const FEATURE_KEYS = new Set(['presenter', 'metricNames']);

export function getSettings(db: Database): SettingsT {
  const stored: Record<string, unknown> = {};
  for (const row of selectAll(db, 'SELECT key, value FROM settings')) {
    if (FEATURE_KEYS.has(String(row.key))) continue;
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

/** A feature's own stored value (e.g. 'presenter'), parsed JSON or undefined; the caller validates. */
export function getSettingValue(db: Database, key: string): unknown {
  const row = selectAll(db, 'SELECT value FROM settings WHERE key = ?', [key])[0];
  return row ? JSON.parse(String(row.value)) : undefined;
}

export function setSettingValue(db: Database, key: string, value: unknown): void {
  db.run(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
    [key, JSON.stringify(value)],
  );
}

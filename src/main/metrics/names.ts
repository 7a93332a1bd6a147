// The workspace's metric display names, kept under one settings key as JSON. Read leniently: a
// value an older or newer app wrote, or a damaged one, loses only the entries that no longer
// validate (all of them when the JSON itself is broken), so a bad name never stops a screen.
import type { Database } from 'sql.js';
import { MetricName, MetricNames } from '../../shared/ipc/contract/metrics';
import type { MetricNameRow, MetricNamesAnswer } from '../../shared/ipc/contract/metrics';
import { defaultMetricNames } from '../../shared/i18n/metric-names';
import { setSettingValue } from '../db/repos/settings';
import { selectAll } from '../db/repos/rows';

const KEY = 'metricNames';

function storedJson(db: Database): unknown {
  const row = selectAll(db, 'SELECT value FROM settings WHERE key = ?', [KEY])[0];
  if (!row) return undefined;
  try {
    return JSON.parse(String(row.value));
  } catch {
    return undefined;
  }
}

/** The stored names; an entry that does not validate is dropped, the others kept. */
export function readMetricNames(db: Database): MetricNames {
  const value = storedJson(db);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const names: MetricNames = {};
  for (const [key, entry] of Object.entries(value)) {
    const parsed = MetricName.safeParse(entry);
    if (parsed.success && key !== '') names[key] = parsed.data;
  }
  const bounded = MetricNames.safeParse(names);
  return bounded.success ? bounded.data : {};
}

/** Trimmed names without blanks: a cleared input brings the default back. */
function compact(names: MetricNames): MetricNames {
  const kept: MetricNames = {};
  for (const [key, name] of Object.entries(names)) {
    const entry: MetricName = {};
    for (const [field, value] of Object.entries(name) as [keyof MetricName, string][]) {
      if (value.trim() !== '') entry[field] = value.trim();
    }
    if (Object.keys(entry).length > 0) kept[key] = entry;
  }
  return kept;
}

/** Replaces the stored names (validated again here: the CLI and tests call this directly). */
export function writeMetricNames(db: Database, names: MetricNames): MetricNames {
  const kept = compact(MetricNames.parse(names));
  setSettingValue(db, KEY, kept);
  return kept;
}

/** Every metric the usage holds, in key order. */
export function usageMetricKeys(db: Database): string[] {
  return selectAll(db, 'SELECT DISTINCT metric FROM usage_points ORDER BY metric').map((r) =>
    String(r.metric),
  );
}

/** The Settings group's rows: every metric in the usage, then named ones the usage lost. */
export function metricNamesAnswer(db: Database): MetricNamesAnswer {
  const names = readMetricNames(db);
  const keys = usageMetricKeys(db);
  const inUsage = new Set(keys);
  const gone = Object.keys(names)
    .filter((k) => !inUsage.has(k))
    .sort();
  const metrics: MetricNameRow[] = [...keys, ...gone].map((key) => ({
    key,
    name: names[key] ?? {},
    inUsage: inUsage.has(key),
    defaults: defaultMetricNames(key),
  }));
  return { metrics, names };
}

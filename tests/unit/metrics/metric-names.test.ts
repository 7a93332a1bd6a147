// The workspace's metric display names (#18 point 5): defaults, overrides per language and for
// every language, and stored values that no longer validate.
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../src/main/ipc/dispatch';
import { readMetricNames } from '../../../src/main/metrics/names';
import { getSettings } from '../../../src/main/db/repos/settings';
import { metricLabel, metricNamesFor } from '../../../src/shared/i18n/metric-names';
import type { MetricNamesAnswer } from '../../../src/shared/ipc/contract';
import { testServices } from '../../helpers/services';
import type { TestServices } from '../../helpers/services';

let t: TestServices;
const db = () => t.services.workspaces.require().db;

beforeEach(async () => {
  t = testServices();
  await t.services.workspaces.open(path.join(t.dir, 'w.qbr'), true);
  for (const metric of ['active_users', 'seats_in_use', 'api_calls'])
    db().run('INSERT INTO usage_points (account_id, metric, date, value) VALUES (?, ?, ?, ?)', [
      'A1',
      metric,
      '2026-09-28',
      3,
    ]);
});
afterEach(() => t.cleanup());

async function ask(channel: 'metrics:names' | 'metrics:setNames', input: unknown) {
  const res = await dispatch(channel, input, t.services);
  if (!res.ok) throw new Error(res.error.message);
  return res.value as MetricNamesAnswer;
}

const storeRaw = (value: string) =>
  db().run(
    "INSERT INTO settings (key, value) VALUES ('metricNames', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
    [value],
  );

describe('metric names', () => {
  it('lists every metric in the usage with its default in each language', async () => {
    const answer = await ask('metrics:names', {});
    expect(answer.metrics.map((m) => m.key)).toEqual(['active_users', 'api_calls', 'seats_in_use']);
    const seats = answer.metrics.find((m) => m.key === 'seats_in_use');
    expect(seats?.defaults).toEqual({ en: 'Seats in use', th: 'Seats in use', tr: 'Seats in use' });
    const active = answer.metrics.find((m) => m.key === 'active_users');
    expect(active?.defaults.tr).toBe('Aktif kullanıcılar');
    expect(answer.names).toEqual({});
    expect(metricLabel('tr', 'active_users', metricNamesFor('tr', answer.names))).toBe(
      'Aktif kullanıcılar',
    );
  });

  it('a name for every language overrides the default in each; a language name beats it', async () => {
    const answer = await ask('metrics:setNames', {
      names: {
        active_users: { all: '  Weekly active users ', th: 'ผู้ใช้รายสัปดาห์' },
        api_calls: { all: '   ', tr: '' },
      },
    });
    // Trimmed, and blank names dropped so the default shows again.
    expect(answer.names).toEqual({
      active_users: { all: 'Weekly active users', th: 'ผู้ใช้รายสัปดาห์' },
    });
    const label = (locale: 'en' | 'th' | 'tr', key: string) =>
      metricLabel(locale, key, metricNamesFor(locale, answer.names));
    expect(label('en', 'active_users')).toBe('Weekly active users');
    expect(label('tr', 'active_users')).toBe('Weekly active users');
    expect(label('th', 'active_users')).toBe('ผู้ใช้รายสัปดาห์');
    expect(label('tr', 'api_calls')).toBe('API çağrıları');
    expect(t.events.some((e) => e.event === 'data:changed')).toBe(true);
    // Stored apart from the Settings object, which still reads.
    expect(getSettings(db()).locale).toBe('en');
    expect((await ask('metrics:names', {})).names).toEqual(answer.names);
  });

  it('refuses names too long, unknown fields and empty keys, and changes nothing', async () => {
    for (const names of [
      { active_users: { all: 'x'.repeat(81) } },
      { active_users: { de: 'Aktive Nutzer' } },
      { '': { all: 'Nameless' } },
    ]) {
      const res = await dispatch('metrics:setNames', { names }, t.services);
      expect(res.ok).toBe(false);
    }
    expect(readMetricNames(db())).toEqual({});
  });

  it('falls back to the defaults when the stored JSON is broken, and keeps valid entries', async () => {
    storeRaw('{not json');
    expect(readMetricNames(db())).toEqual({});
    expect((await ask('metrics:names', {})).metrics).toHaveLength(3);
    expect(getSettings(db()).reportCurrency).toBe('USD');
    storeRaw(JSON.stringify(['active_users']));
    expect(readMetricNames(db())).toEqual({});
    storeRaw(
      JSON.stringify({
        active_users: { all: 'Weekly active users' },
        api_calls: { all: 42 },
        logins: { fr: 'Connexions' },
      }),
    );
    expect(readMetricNames(db())).toEqual({ active_users: { all: 'Weekly active users' } });
  });

  it('lists a named metric the usage no longer holds after the usage ones, so it can be cleared', async () => {
    await ask('metrics:setNames', { names: { old_metric: { en: 'Old one' } } });
    const answer = await ask('metrics:names', {});
    expect(answer.metrics.map((m) => m.key)).toEqual([
      'active_users',
      'api_calls',
      'seats_in_use',
      'old_metric',
    ]);
    expect(answer.metrics.map((m) => m.inUsage)).toEqual([true, true, true, false]);
  });
});
